// add_page: a new page (target: the slug of its name) with a few starting sections and a navigation item. The
// editor sees the list of pages and the navigation, the section types to build from (with the section the page's
// name names: a Team page gets a team section), and the ids already taken.
import { resolveText } from '../../site/index.ts';
import { sectionTypeOf } from '../offline-rules/vocabulary/index.ts';
import { addPage as proposePage } from '../offline-rules/editor/add-page.ts';
import { addPageRule } from '../offline-rules/intent/page-rules.ts';
import { catalogEntry, takenIds } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    add_page: true;
  }
}

export const addPage: IntentModule<'add_page'> = {
  type: 'add_page',
  target: 'page slug',
  risk: 'low',
  describeRisk: removesContent,
  targetsPage: true,
  selectContext(draft) {
    const { site, context } = draft;
    draft.allow('/pages', '/navigation/items');
    draft.show('/pages', 'summary: [index] = {id, slug, title}', site.pages.map((page) => ({ id: page.id, slug: page.slug, title: resolveText(page.title, context.locale) })));
    draft.show('/navigation/items');
    // "add a page for our team": a page named after a kind of section holds one (a Team page, its team section).
    const named = sectionTypeOf(draft.target.replace(/[-_]+/g, ' '));
    context.sectionTypes = [...new Set(['hero', 'richText', 'cta', ...(named !== undefined && named !== 'hero' ? [named] : [])])].map(catalogEntry);
    context.takenIds = takenIds(site);
    return draft.selected();
  },
  offlineEdit: proposePage,
  offlineRule: addPageRule,
};
