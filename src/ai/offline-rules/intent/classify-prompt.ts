// The offline intent classifier: reads a prompt once, then tries the intents' rules (each declared by its module,
// ../../intents) in RULE_ORDER; a prompt no rule claims gets a question. The answer carries the risk its intent's
// module declares.
import { Intent, type IntentType } from '../../intent.ts';
import { INTENT_MODULES } from '../../intents/index.ts';
import type { SiteOutline } from '../../site-outline.ts';
import { clarification, type IntentRule, type RuleIntent } from './build-intent.ts';
import { clarificationRule } from './content-rules.ts';
import { readPrompt } from './prompt-reading.ts';

/**
 * The order the intents' rules are tried in; the first that claims a prompt decides. Narrow, strong signals come
 * first (a language, a symptom, "logo", an image to make, SEO, a page, a business detail), then whole sections
 * (move, remove, add), then looks, then text edits.
 */
export const RULE_ORDER: readonly IntentType[] = [
  'translate', 'fix_bug', 'add_logo', 'generate_image', 'update_seo', 'rename_page', 'remove_page', 'add_page',
  'update_business_info', 'update_layout', 'remove_section', 'add_section', 'update_styles', 'content_edit',
];

const RULES: readonly IntentRule[] = RULE_ORDER.map((type) => {
  const rule = INTENT_MODULES[type].offlineRule;
  if (rule === null) throw new Error(`RULE_ORDER names ${type}, whose module has no offline rule`);
  return rule;
});

const EMPTY_QUESTION = 'What would you like to change on your site? For example: "Change the headline to …", "Make the primary colour green" or "Add a testimonials section".';

/** The intent of one chat prompt against the site's outline. */
export function classifyPrompt(prompt: string, outline: SiteOutline): Intent {
  const reading = readPrompt(prompt, outline);
  if (!/\p{L}/u.test(reading.original)) return withRisk(clarification(EMPTY_QUESTION));
  for (const rule of RULES) {
    const intent = rule(reading);
    if (intent) return withRisk(intent);
  }
  return withRisk(clarificationRule(reading));
}

/** The rule's answer with the risk its intent's module declares, checked against the contract before it leaves. */
function withRisk(intent: RuleIntent): Intent {
  return Intent.parse({ ...intent, risk: INTENT_MODULES[intent.intent_type].risk });
}
