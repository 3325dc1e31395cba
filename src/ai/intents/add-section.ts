// add_section: a new section of a catalog type (the target) on the scoped page, else the home page. The editor
// sees the page's section list and the type's defaults, and the ids already taken.
import { SECTION_TYPES } from '../../site/index.ts';
import { addSection as proposeSection } from '../offline-rules/editor/add-section.ts';
import { addSectionRule } from '../offline-rules/intent/section-rules.ts';
import { catalogEntry, homeIndex, takenIds } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { showPageSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    add_section: true;
  }
}

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
    return draft.selected();
  },
  offlineEdit: proposeSection,
  offlineRule: addSectionRule,
};
