// One module per intent type: its name (declared in the module, ../intent.ts), what its target names, its risk,
// the context an edit of it may read and change, the offline editor's proposal and the offline classifier's
// rule. The model's schema and prompt (../intent-schema.ts, ../prompts.ts), selectContext (../select-context.ts),
// the confirmation of risky edits (../edit-pipeline.ts), the offline editor and the offline classifier
// (../offline-rules) all read INTENT_MODULES and never switch on the intent type or list the types.
//
// Adding an intent: write `<intent>.ts` here declaring its name and exporting its IntentModule, and give it a line
// in INTENT_MODULES below, at the place its offline rule should be tried (the compiler asks for the line).
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

/**
 * Every intent, one line each, under its own type: the type of this object makes the compiler ask for a line for
 * every name a module declares. The lines' order is the order the offline classifier tries the rules (an object's
 * string keys keep the order they were written in); the first rule that claims a prompt decides. Narrow, strong
 * signals come first (a language, a symptom, "logo", an image to make, SEO, a page, a business detail), then
 * whole sections (move, remove, add), then looks, then text edits; intents without a rule of their own come last.
 */
export const INTENT_MODULES: { readonly [Type in IntentType]: IntentModule<Type> } = {
  translate,
  fix_bug: fixBug,
  add_logo: addLogo,
  generate_image: generateImage,
  update_seo: updateSeo,
  rename_page: renamePage,
  remove_page: removePage,
  add_page: addPage,
  update_business_info: updateBusinessInfo,
  update_layout: updateLayout,
  remove_section: removeSection,
  add_section: addSection,
  update_styles: updateStyles,
  content_edit: contentEdit,
  replace_logo: replaceLogo,
  needs_clarification: needsClarification,
};

/** The modules in the registry's order. */
export const INTENT_LIST: readonly IntentModule[] = Object.values(INTENT_MODULES);

/** The intent types in the registry's order: the model's schema and prompt name them. */
export const INTENT_TYPES: readonly IntentType[] = INTENT_LIST.map((module) => module.type);


export type { IntentModule } from './intent-module.ts';
export { contextDraft, type ContextDraft } from './context-draft.ts';
