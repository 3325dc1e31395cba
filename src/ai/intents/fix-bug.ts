// fix_bug: something on the site does not work or cannot be read ("the contact form doesn't send", "the footer
// text is unreadable"). The editor sees the whole section (or the footer or navigation with the theme colours);
// offline, finding the cause needs a model.
import { INSTEAD, modelRequired } from '../offline-rules/editor/refusals.ts';
import { fixBugRule } from '../offline-rules/intent/special-rules.ts';
import { sectionPointer } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { selectPartOrSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    fix_bug: true;
  }
}

export const fixBug: IntentModule<'fix_bug'> = {
  type: 'fix_bug',
  target: 'section type, or "footer", "navbar"',
  risk: 'low',
  describeRisk: removesContent,
  selectContext: (draft) =>
    selectPartOrSections(draft, {
      part(pointer) {
        draft.allow(pointer, '/theme/colors');
        draft.show(pointer);
        draft.show('/theme/colors');
      },
      section(section) {
        draft.allow(sectionPointer(section));
        draft.show(sectionPointer(section));
      },
    }),
  offlineEdit() {
    throw modelRequired('Finding and fixing a problem on the site', 'PAGEHUB_MODEL_EDITOR', INSTEAD.bug);
  },
  offlineRule: fixBugRule,
};
