// content_edit: the text of a section, or of the footer or the navigation ("change the headline to …", "the FAQ
// answer about parking should say …"). The editor sees and may change the section's props.
import { editText } from '../offline-rules/editor/text-edits.ts';
import { contentEditRule } from '../offline-rules/intent/content-rules.ts';
import { sectionPointer } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { sitePartOf, useSections } from './section-parts.ts';

export const contentEdit: IntentModule<'content_edit'> = {
  type: 'content_edit',
  risk: 'low',
  describeRisk: removesContent,
  selectContext(draft) {
    const part = sitePartOf(draft.target);
    if (part !== undefined) {
      draft.allow(part);
      draft.show(part);
      return draft.selected();
    }
    const sections = useSections(draft);
    if (sections.length === 0) return draft.askForMissingSection();
    for (const section of sections) {
      draft.allow(sectionPointer(section, 'props'));
      draft.show(sectionPointer(section, 'props'));
    }
    return draft.selected();
  },
  offlineEdit: editText,
  offlineRule: contentEditRule,
};
