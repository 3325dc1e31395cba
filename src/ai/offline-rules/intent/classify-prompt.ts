// The offline intent classifier: reads a prompt once, then tries the intents' rules (each declared by its module,
// ../../intents) in the registry's order; a prompt no rule claims gets a question. The answer carries the risk
// its intent's module declares.
import { Intent } from '../../intent-schema.ts';
import { INTENT_LIST, INTENT_MODULES } from '../../intents/index.ts';
import type { SiteOutline } from '../../site-outline.ts';
import { clarification, type IntentRule, type RuleIntent } from './build-intent.ts';
import { clarificationRule } from './content-rules.ts';
import { readPrompt } from './prompt-reading.ts';

/** The intents' rules in the registry's order (see INTENT_MODULES); the first that claims a prompt decides. */
const RULES: readonly IntentRule[] = INTENT_LIST.flatMap((module) => (module.offlineRule ? [module.offlineRule] : []));

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
