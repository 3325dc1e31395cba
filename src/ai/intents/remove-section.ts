// remove_section: a section goes ("remove the testimonials"). The editor sees a summary of each section and the
// links that point at it, so it can remove them or point them elsewhere.
import { resolveText, sectionDefinition } from '../../site/index.ts';
import type { JsonValue } from '../../patch/index.ts';
import { removeSection as proposeRemoval } from '../offline-rules/editor/remove-section.ts';
import { removeSectionRule } from '../offline-rules/intent/section-rules.ts';
import type { SelectedSection } from '../edit-context.ts';
import { linkParents, sectionPointer, type ContextDraft } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { selectPartOrSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    remove_section: true;
  }
}

export const removeSection: IntentModule<'remove_section'> = {
  type: 'remove_section',
  target: 'section type',
  risk: 'medium',
  describeRisk: removesContent,
  selectContext(draft) {
    const links: string[] = [];
    return selectPartOrSections(draft, {
      section(section) {
        const parents = linkParents(draft.site, `page:${draft.site.pages[section.pageIndex]!.id}#${section.id}`);
        draft.allow(sectionPointer(section), ...parents);
        links.push(...parents);
        draft.show(sectionPointer(section), 'summary', summary(draft, section));
      },
      afterSections: () => draft.showLinks(links),
    });
  },
  offlineEdit: proposeRemoval,
  offlineRule: removeSectionRule,
};

function summary({ site }: ContextDraft, section: SelectedSection): JsonValue {
  const value = site.pages[section.pageIndex]!.sections[section.sectionIndex]!;
  return { id: value.id, type: value.type, heading: resolveText(sectionDefinition(value.type)?.heading(value.props as never), site.locales.default) };
}
