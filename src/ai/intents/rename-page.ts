// rename_page: a page's title, its SEO title and the labels of the links to it change together.
import { formatPointer } from '../../patch/index.ts';
import { renamePage as proposeName } from '../offline-rules/editor/page-edits.ts';
import { renamePageRule } from '../offline-rules/intent/page-rules.ts';
import { linkParents, useTargetPage } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    rename_page: true;
  }
}

export const renamePage: IntentModule<'rename_page'> = {
  type: 'rename_page',
  target: 'page slug',
  risk: 'low',
  describeRisk: removesContent,
  targetsPage: true,
  selectContext(draft) {
    const pageIndex = useTargetPage(draft);
    if (pageIndex === null) return draft.askForMissingPage(draft.target);
    const page = draft.site.pages[pageIndex]!;
    const pointer = formatPointer(['pages', pageIndex]);
    const paths = [`${pointer}/title`, `${pointer}/seo/title`, ...linkParents(draft.site, `page:${page.id}`).map((parent) => `${parent}/label`)];
    draft.allow(...paths);
    for (const path of paths) draft.show(path);
    return draft.selected();
  },
  offlineEdit: proposeName,
  offlineRule: renamePageRule,
};
