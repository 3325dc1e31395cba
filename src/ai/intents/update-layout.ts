// update_layout: sections move, swap, hide or show again. The editor sees the page's section list (ids, types,
// visibility) and may reorder it; scope.sections lists the moved section, then the one it moves next to.
import { editLayout } from '../offline-rules/editor/layout.ts';
import { layoutRule } from '../offline-rules/intent/section-rules.ts';
import { findSections } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { showPageSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    update_layout: true;
  }
}

export const updateLayout: IntentModule<'update_layout'> = {
  type: 'update_layout',
  target: 'section type',
  risk: 'low',
  describeRisk: removesContent,
  selectContext(draft) {
    const sections = findSections(draft);
    if (sections.length === 0) return draft.askForMissingSection();
    draft.context.sections = sections;
    const pageIndex = sections[0]!.pageIndex;
    draft.usePage(pageIndex);
    showPageSections(draft, pageIndex);
    return draft.selected();
  },
  offlineEdit: editLayout,
  offlineRule: layoutRule,
};
