// The offline intent classifier: reads a prompt once, then tries the intents' rules (each declared by its module,
// ../../intents) in the registry's order; a prompt no rule claims gets a question. The answer carries the risk
// its intent's module declares.
import { Intent } from '../../intent-schema.ts';
import { INTENT_LIST, INTENT_MODULES } from '../../intents/index.ts';
import type { SiteOutline } from '../../site-outline.ts';
import type { IntentType } from '../../intent.ts';
import { clarification, intentOf, namedPageSlug, type IntentRule, type RuleIntent } from './build-intent.ts';
import { clarificationRule } from './content-rules.ts';
import { intentModel, type IntentModel } from './intent-model.ts';
import { actedKey, joinedKeyValue, labelledValue } from './key-value.ts';
import { decide } from './model-decision.ts';
import { readPrompt, type PromptReading } from './prompt-reading.ts';
import { targetModel, type TargetModel } from './target-model.ts';
import { REMOVE_VERB } from './verb-phrases.ts';
import { PAGE_INTENTS, scoreIntent, SECTION_INTENTS } from './word-scores.ts';

/** The intents' rules in the registry's order (see INTENT_MODULES); the first that claims a prompt decides. */
const RULES: readonly IntentRule[] = INTENT_LIST.flatMap((module) => (module.offlineRule ? [module.offlineRule] : []));

const EMPTY_QUESTION = 'What would you like to change on your site? For example: "Change the headline to …", "Make the primary colour green" or "Add a testimonials section".';

/** Where one sentence ends and the next starts (a capital after the stop, so "$4.50" and "linkedin.com" stay whole). */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=["'“‘(]?[A-Z])/;
/** A sentence that asks for something, beside those that tell the story around it. */
const REQUEST = /\b(?:please|pls|could you|can you|would you|will you|could (?:the|we|it|they|our)|can (?:the|we|it|they|our)|i'?d like|i would like|i want|we want|i need|we need|let's|make sure)\b|\?\s*$/i;

/**
 * The intent of one chat prompt against the site's outline: the rules' answer, which the trained models may change
 * when they are sure and the rules were not (./model-decision.ts).
 */
export function classifyPrompt(prompt: string, outline: SiteOutline, model: IntentModel = intentModel(), targets: TargetModel = targetModel()): Intent {
  const reading = readPrompt(prompt, outline);
  const rules = rulesIntent(reading, outline);
  if (!/\p{L}/u.test(reading.original)) return withRisk(rules);
  return withRisk(decide(rules, reading, model.guess(prompt), undefined, targets));
}

/** The rules' answer alone. */
export function classifyByRules(prompt: string, outline: SiteOutline): RuleIntent {
  return rulesIntent(readPrompt(prompt, outline), outline);
}

function rulesIntent(reading: PromptReading, outline: SiteOutline): RuleIntent {
  if (!/\p{L}/u.test(reading.original)) return clarification(EMPTY_QUESTION);
  // A story around a request ("We've had people say the prices are buried… could the pricing go after the hero?"):
  // the sentence that asks is read first, so the story's words do not decide.
  // "Nobody reads the terms page. Can you delete it?": "it" is the last part or page named before it.
  const resolved = resolvePronoun(reading);
  if (resolved !== undefined) {
    const intent = claim(readPrompt(resolved, outline));
    if (intent && intent.intent_type !== 'needs_clarification') return intent;
  }
  // "terms page: delete", "faq — move to the bottom": a verb given as the value acts on the key.
  const acted = actedKey(reading);
  if (acted !== undefined) {
    const intent = claim(readPrompt(acted, outline));
    if (intent && intent.intent_type !== 'needs_clarification') return intent;
  }
  // "Feedback from my wife: the buttons should be green": a label before the colon says nothing of the request.
  const labelled = labelledValue(reading);
  if (labelled !== undefined) {
    const intent = claim(readPrompt(labelled, outline));
    if (intent && intent.intent_type !== 'needs_clarification') return intent;
  }
  const request = requestSentence(reading.original);
  if (request !== undefined) {
    const intent = claim(readPrompt(request, outline));
    // "I really like serif headings. Can we do that?": a request that names nothing is read with its story.
    if (intent && intent.intent_type !== 'needs_clarification') return intent;
  }
  const intent = claim(reading);
  if (intent && intent.intent_type !== 'needs_clarification') return intent;
  // "bug: contact form not sending", "remove section: faq": a key that is the request's kind, read with its value.
  const joined = joinedKeyValue(reading);
  const joinedIntent = joined === undefined ? undefined : claim(readPrompt(joined, outline));
  if (joinedIntent && joinedIntent.intent_type !== 'needs_clarification') return joinedIntent;
  return intent ?? scoredIntent(reading, outline) ?? clarificationRule(reading);
}

/** How sure the word scores must be before they decide for the rules. */
const SCORE_SHARE = 0.6;

/**
 * No rule claims the prompt but it names a part or a page: the word scores (./word-scores.ts) choose the intent,
 * among those whose target the prompt names; the target is the first part or page named.
 */
function scoredIntent(reading: PromptReading, outline: SiteOutline): RuleIntent | undefined {
  const section = reading.sections.find((mention) => mention.kind === 'section') ?? reading.sections[0];
  const page = reading.pages.find((mention) => mention.slug !== undefined && !mention.isPlace);
  if (!section && !page) return undefined;
  const scored = scoreIntent(reading, (prompt) => readPrompt(prompt, outline), (intent) => (section !== undefined && SECTION_INTENTS.has(intent)) || (page !== undefined && PAGE_INTENTS.has(intent) && intent !== 'add_page'));
  if (!scored || scored.share < SCORE_SHARE) return undefined;
  if (SECTION_INTENTS.has(scored.intent)) return intentOf(scored.intent as Exclude<IntentType, 'needs_clarification'>, section!.type, { page: namedPageSlug(reading), sections: [section!.type] });
  return intentOf(scored.intent as Exclude<IntentType, 'needs_clarification'>, page!.slug!, { page: page!.slug! });
}

/** The first rule's intent; a rule's question ("what is not working?") waits for a later rule that knows. */
function claim(reading: PromptReading): RuleIntent | undefined {
  let question: RuleIntent | undefined;
  for (const rule of RULES) {
    const intent = rule(reading);
    if (intent && intent.intent_type !== 'needs_clarification') return intent;
    question ??= intent;
  }
  return question;
}

/** A verb acting on a pronoun: "delete it", "bring them up", "can that go lower" reads the pronoun as what was named. */
const PRONOUN_OBJECT = new RegExp(`(?<!\\b(?:don't|do not|not|never|won't|can't)\\s+)(?:${REMOVE_VERB.source}|\\b(?:hide|unhide|move|bring|push|rename|translate|fix|change|update|edit|reword|rewrite|shorten|put|swap|show|restore))\\s+(it|them|that|this|those|these)\\b(?!\\s+(?:is|are|was|were|'s|down|back|short)\\b)`);

/** A pronoun said to go somewhere: "the reviews should be more visible, can they go near the top?". */
const PRONOUN_SUBJECT = /\b(?:can|could|should|would|will|must|may)\s+(it|they|that|those|these)(?=\s+(?:go|come|move|sit|be|appear|get)\b)/;

/** The clause from a verb on, its pronoun replaced by the last part or page named before, or undefined. */
function resolvePronoun(reading: PromptReading): string | undefined {
  const text = reading.instruction;
  const object = PRONOUN_OBJECT.exec(text);
  const match = object ?? PRONOUN_SUBJECT.exec(text);
  if (match === null) return undefined;
  const pronoun = match[match.length - 1]!;
  const at = match.index + match[0].length - pronoun.length;
  // "the call to action on the about page is unnecessary, remove it": a page said as the place is not what "it" is.
  const named = [...reading.sections.filter((mention) => mention.kind === 'section'), ...reading.pages.filter((mention) => !mention.isPlace)];
  // "move it above the faq": a part named after the pronoun may be what it means; "can they go under the banner" not.
  if (object && named.some((mention) => mention.start >= at)) return undefined;
  const antecedent = named.filter((mention) => mention.end <= match.index).sort((first, second) => second.end - first.end)[0];
  if (antecedent === undefined) return undefined;
  const clause = `${text.slice(match.index, at)}the ${text.slice(antecedent.start, antecedent.end).replace(/^(?:the|our|my|a|an)\s+/, '')}${text.slice(at + pronoun.length)}`;
  return clause.replace(/«(\d+)»/g, (_marker, index: string) => `"${reading.quoted[Number(index)] ?? ''}"`);
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
