// add_section: a new section of a catalog type (the target) on the scoped page, else the home page. The editor
// sees the page's section list and the type's defaults, and the ids already taken.
import { SECTION_TYPES } from '../../site/index.ts';
import { addSection as proposeSection } from '../offline-rules/editor/add-section.ts';
import { addSectionRule } from '../offline-rules/intent/section-rules.ts';
import { catalogEntry, homeIndex, sectionPointer, takenIds } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { showPageSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    add_section: true;
  }
}

/** New sections whose items are made from the site's own list of another type: a pricing section from its services. */
export const BUILT_FROM: Readonly<Partial<Record<string, string>>> = { pricing: 'features' };

export const addSection: IntentModule<'add_section'> = {
  type: 'add_section',
  target: 'section type',
  risk: 'low',
  describeRisk: removesContent,
  selectContext(draft) {
    if (!(SECTION_TYPES as readonly string[]).includes(draft.target)) return draft.ask(`Which kind of section should I add? I can add: ${SECTION_TYPES.join(', ')}.`);
    const pageIndex = draft.scopedPage ?? homeIndex(draft.site);
    draft.usePage(pageIndex);
    showPageSections(draft, pageIndex);
    draft.context.sectionTypes = [catalogEntry(draft.target)];
    draft.context.takenIds = takenIds(draft.site);
    // What the site already offers, shown (not changeable) so a new list is made from it: prices from its services.
    const source = BUILT_FROM[draft.target];
    if (source !== undefined) {
      draft.site.pages.forEach((page, pageIndex) =>
        page.sections.forEach((section, sectionIndex) => {
          if (section.type === source) draft.show(sectionPointer({ pageIndex, sectionIndex, id: section.id, type: section.type }, 'props', 'items'), `the site's own ${source} items: build the new section from these`);
        }),
      );
    }
    return draft.selected();
  },
  offlineEdit: proposeSection,
  offlineRule: addSectionRule,
};
