// The offline intent classifier: reads a prompt once, then tries the intents' rules (each declared by its module,
// ../../intents) in the registry's order; a prompt no rule claims gets a question. The answer carries the risk
// its intent's module declares.
import { Intent } from '../../intent-schema.ts';
import { INTENT_LIST, INTENT_MODULES } from '../../intents/index.ts';
import type { SiteOutline } from '../../site-outline.ts';
import { clarification, type IntentRule, type RuleIntent } from './build-intent.ts';
import { clarificationRule } from './content-rules.ts';
import { readPrompt, type PromptReading } from './prompt-reading.ts';

/** The intents' rules in the registry's order (see INTENT_MODULES); the first that claims a prompt decides. */
const RULES: readonly IntentRule[] = INTENT_LIST.flatMap((module) => (module.offlineRule ? [module.offlineRule] : []));

const EMPTY_QUESTION = 'What would you like to change on your site? For example: "Change the headline to …", "Make the primary colour green" or "Add a testimonials section".';

/** Where one sentence ends and the next starts (a capital after the stop, so "$4.50" and "linkedin.com" stay whole). */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=["'“‘(]?[A-Z])/;
/** A sentence that asks for something, beside those that tell the story around it. */
const REQUEST = /\b(?:please|pls|could you|can you|would you|will you|could (?:the|we|it|they|our)|can (?:the|we|it|they|our)|i'?d like|i would like|i want|we want|i need|we need|let's|make sure)\b|\?\s*$/i;

/** The intent of one chat prompt against the site's outline. */
export function classifyPrompt(prompt: string, outline: SiteOutline): Intent {
  const reading = readPrompt(prompt, outline);
  if (!/\p{L}/u.test(reading.original)) return withRisk(clarification(EMPTY_QUESTION));
  // A story around a request ("We've had people say the prices are buried… could the pricing go after the hero?"):
  // the sentence that asks is read first, so the story's words do not decide.
  const request = requestSentence(reading.original);
  if (request !== undefined) {
    const intent = claim(readPrompt(request, outline));
    if (intent) return withRisk(intent);
  }
  return withRisk(claim(reading) ?? clarificationRule(reading));
}

function claim(reading: PromptReading): RuleIntent | undefined {
  for (const rule of RULES) {
    const intent = rule(reading);
    if (intent) return intent;
  }
  return undefined;
}

/** The last sentence that asks for something, when the prompt also has sentences that do not. */
function requestSentence(text: string): string | undefined {
  const sentences = text.split(SENTENCE_BREAK);
  if (sentences.length < 2) return undefined;
  const requests = sentences.filter((sentence) => REQUEST.test(sentence));
  return requests.length > 0 && requests.length < sentences.length ? requests[requests.length - 1] : undefined;
}

/** The rule's answer with the risk its intent's module declares, checked against the contract before it leaves. */
function withRisk(intent: RuleIntent): Intent {
  return Intent.parse({ ...intent, risk: INTENT_MODULES[intent.intent_type].risk });
}
