// update_seo: a page's search-engine title and description. The editor sees the page's title, its SEO fields
// and its section headings (what the description can summarise), and may change only the SEO fields.
import { formatPointer, type JsonValue } from '../../patch/index.ts';
import { resolveText, sectionDefinition, type Page } from '../../site/index.ts';
import { editSeo } from '../offline-rules/editor/seo.ts';
import { seoRule } from '../offline-rules/intent/page-rules.ts';
import { useTargetPage } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    update_seo: true;
  }
}

export const updateSeo: IntentModule<'update_seo'> = {
  type: 'update_seo',
  target: 'page slug',
  risk: 'low',
  describeRisk: removesContent,
  targetsPage: true,
  selectContext(draft) {
    const pageIndex = useTargetPage(draft);
    if (pageIndex === null) return draft.askForMissingPage(draft.target);
    const pointer = formatPointer(['pages', pageIndex]);
    draft.allow(`${pointer}/seo`);
    draft.show(`${pointer}/title`);
    draft.show(`${pointer}/seo`);
    draft.show(`${pointer}/sections`, 'summary: section headings', pageHeadings(draft.site.pages[pageIndex]!, draft.context.locale));
    return draft.selected();
  },
  offlineEdit: editSeo,
  offlineRule: seoRule,
};

function pageHeadings(page: Page, locale: string): JsonValue {
  return page.sections.map((section) => resolveText(sectionDefinition(section.type)?.heading(section.props as never), locale)).filter((heading) => heading !== '');
}
