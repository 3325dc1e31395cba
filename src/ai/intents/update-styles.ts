// update_styles: the look — the whole theme, one theme path (`theme.colors.primary`, `theme.fonts.heading`), the
// light/dark palette (its paths change together), or one section's background tone (target: its section type).
import { editStyles } from '../offline-rules/editor/styles.ts';
import { styleRule } from '../offline-rules/intent/style-rules.ts';
import { findSections, sectionPointer } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

/** Theme paths that only make sense together: the light/dark palette. */
const PALETTE_PATHS = new Set(['theme.mode', 'theme.colors.background', 'theme.colors.surface', 'theme.colors.text', 'theme.colors.muted']);

declare module '../intent.ts' {
  interface IntentTypeNames {
    update_styles: true;
  }
}

export const updateStyles: IntentModule<'update_styles'> = {
  type: 'update_styles',
  target: 'theme path (theme.colors.primary, theme.fonts.heading, theme.radius; "theme" for the overall look), or a section type for its background',
  risk: 'low',
  describeRisk: removesContent,
  selectContext(draft) {
    const { target } = draft;
    if (target === 'theme' || target === '') {
      draft.allow('/theme');
      draft.show('/theme');
    } else if (PALETTE_PATHS.has(target)) {
      draft.allow('/theme/colors', '/theme/mode');
      draft.show('/theme/colors');
      draft.show('/theme/mode');
    } else if (target.startsWith('theme.')) {
      const pointer = `/${target.split('.').join('/')}`;
      draft.allow(pointer);
      draft.show(target.startsWith('theme.colors.') ? '/theme/colors' : pointer);
    } else {
      const sections = findSections(draft);
      if (sections.length === 0) return draft.askForMissingSection();
      draft.context.sections = sections;
      draft.usePage(sections[0]!.pageIndex);
      for (const section of sections) {
        const pointer = sectionPointer(section, 'style');
        draft.allow(pointer);
        draft.show(pointer, 'tone: auto | base | surface | primary | dark', draft.at(pointer) ?? { tone: 'auto' });
      }
    }
    return draft.selected();
  },
  offlineEdit: editStyles,
  offlineRule: styleRule,
};
