// content_edit: the text of a section, or of the footer or the navigation ("change the headline to …", "the FAQ
// answer about parking should say …"). The editor sees and may change the section's props.
import { editText } from '../offline-rules/editor/text-edits.ts';
import { contentEditRule } from '../offline-rules/intent/content-rules.ts';
import { sectionPointer } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { selectPartOrSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    content_edit: true;
  }
}

export const contentEdit: IntentModule<'content_edit'> = {
  type: 'content_edit',
  target: 'section type, or "footer", "navbar"',
  risk: 'low',
  describeRisk: removesContent,
  selectContext: (draft) =>
    selectPartOrSections(draft, {
      section(section) {
        draft.allow(sectionPointer(section, 'props'));
        draft.show(sectionPointer(section, 'props'));
      },
    }),
  offlineEdit: editText,
  offlineRule: contentEditRule,
};
