// remove_page: a page and everything on it goes — the one high-risk intent, so it needs confirmation. The home
// page stays. The editor sees a summary of the page and the links to it, to remove or point elsewhere.
import { formatPointer } from '../../patch/index.ts';
import { resolveText } from '../../site/index.ts';
import { removePage as proposeRemoval } from '../offline-rules/editor/page-edits.ts';
import { removePageRule } from '../offline-rules/intent/page-rules.ts';
import { linkParents, useTargetPage } from './context-draft.ts';
import type { IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    remove_page: true;
  }
}

export const removePage: IntentModule<'remove_page'> = {
  type: 'remove_page',
  target: 'page slug',
  risk: 'high',
  describeRisk: (intent) => `delete the page "${intent.target}" and everything on it`,
  targetsPage: true,
  selectContext(draft) {
    const pageIndex = useTargetPage(draft);
    if (pageIndex === null) return draft.askForMissingPage(draft.target);
    const page = draft.site.pages[pageIndex]!;
    if (page.slug === '') return draft.ask('The home page cannot be deleted. Did you mean to remove some of its sections?');
    const pointer = formatPointer(['pages', pageIndex]);
    const links = linkParents(draft.site, `page:${page.id}`);
    draft.allow(pointer, ...links);
    draft.show(pointer, 'summary', { id: page.id, slug: page.slug, title: resolveText(page.title, draft.context.locale), sections: page.sections.length });
    draft.showLinks(links);
    return draft.selected();
  },
  offlineEdit: proposeRemoval,
  offlineRule: removePageRule,
};
