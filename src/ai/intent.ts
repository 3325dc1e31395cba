/**
 * The intent types. Each intent module (./intents/<intent>.ts) adds its own name here by declaration merging —
 * `declare module '../intent.ts' { interface IntentTypeNames { rename_page: true } }` — so the module file is the
 * one place an intent is declared, and the registry (./intents/index.ts) fails to compile until it lists it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the intent modules, see above
export interface IntentTypeNames {}

/** What a chat prompt asks for (../shared/DESIGN.md "AI"): the name of one intent module. */
export type IntentType = keyof IntentTypeNames & string;

/**
 * The intent role's answer. `target` names what the prompt is about, as its intent's module says (`target` in
 * ./intents/intent-module.ts): a section type, a theme path, a page slug, a business field, a locale code…; null
 * when a question is needed. `scope` narrows where: the page (by slug, `home` for the home page) and the sections
 * (by type, or by id) the change is about; both empty means "wherever the target is". The schema the model's
 * answer is checked against is ./intent-schema.ts.
 */
export interface Intent {
  intent_type: IntentType;
  target: string | null;
  scope: { page: string | null; sections: string[] };
  risk: 'low' | 'medium' | 'high';
  needs_clarification: boolean;
  question: string | null;
}

/** The slug `home` names the home page (whose real slug is ""). */
export const HOME_SLUG = 'home';
