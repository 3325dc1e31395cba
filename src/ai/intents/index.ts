// One module per intent type (../intent.ts INTENT_TYPES): its risk, the context an edit of it may read and change,
// the offline editor's proposal and the offline classifier's rule. selectContext (../select-context.ts), the
// confirmation of risky edits (../edit-pipeline.ts), the offline editor and the offline classifier
// (../offline-rules) dispatch through INTENT_MODULES and never switch on the intent type.
//
// Adding an intent: add its name to INTENT_TYPES, write `<intent>.ts` here exporting its IntentModule (the compiler
// then asks for its entry below), and, if it has an offline rule, place the type in RULE_ORDER
// (../offline-rules/intent/classify-prompt.ts).
import type { IntentType } from '../intent.ts';
import { addLogo } from './add-logo.ts';
import { addPage } from './add-page.ts';
import { addSection } from './add-section.ts';
import { contentEdit } from './content-edit.ts';
import { fixBug } from './fix-bug.ts';
import { generateImage } from './generate-image.ts';
import type { IntentModule } from './intent-module.ts';
import { needsClarification } from './needs-clarification.ts';
import { removePage } from './remove-page.ts';
import { removeSection } from './remove-section.ts';
import { renamePage } from './rename-page.ts';
import { replaceLogo } from './replace-logo.ts';
import { translate } from './translate.ts';
import { updateBusinessInfo } from './update-business-info.ts';
import { updateLayout } from './update-layout.ts';
import { updateSeo } from './update-seo.ts';
import { updateStyles } from './update-styles.ts';

export const INTENT_MODULES: { readonly [Type in IntentType]: IntentModule<Type> } = {
  content_edit: contentEdit,
  update_styles: updateStyles,
  update_layout: updateLayout,
  add_section: addSection,
  remove_section: removeSection,
  add_page: addPage,
  remove_page: removePage,
  rename_page: renamePage,
  update_business_info: updateBusinessInfo,
  update_seo: updateSeo,
  add_logo: addLogo,
  replace_logo: replaceLogo,
  generate_image: generateImage,
  translate,
  fix_bug: fixBug,
  needs_clarification: needsClarification,
};

export type { IntentModule } from './intent-module.ts';
export { contextDraft, type ContextDraft } from './context-draft.ts';
