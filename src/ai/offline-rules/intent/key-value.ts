// Prompts written as "key: value" ("terms page: delete", "bug: contact form not sending", "hero image: generate a
// sunset"), re-read as the sentence they stand for when the key and value read apart claim nothing better.
import { isKeyValue, type PromptReading } from './prompt-reading.ts';
import { REMOVE_VERB } from './verb-phrases.ts';

/** "values section - delete please": a short key, a dash, and what to do with it. */
const DASHED = /^((?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)\s+[-–—]+\s+(.+)$/u;
const ACTION_VERB = new RegExp(`^(?:${REMOVE_VERB.source}|\\b(?:hide|unhide|show|move|rename|translate|swap|bring back|restore))`, 'u');
/** Verbs that make something from the words after them: "hero image: generate a sunset beach". */
const MAKING_VERB = /^(?:generate|create|draw|design|paint|illustrate)\b/;
/** What may follow the verb: where to, how, for how long — no object of its own ("remove the old address"). */
const ACTION_REST = /^(?:\s+(?:to|at|of|the|very|up|down|it|them|please|pls|for|now|completely|entirely|first|last|top|bottom|end|start|again|back|out|off|away|altogether|too|higher|lower|above|below|before|after|a|bit|entirely|temporarily|while))*[.!\s]*$/u;

/** A value that is an action said of its key, as the sentence "<verb> the <key> …", or undefined. */
export function actedKey(reading: PromptReading): string | undefined {
  // "values section - delete please": a dash between a short key and its action, like a colon.
  const dashed = DASHED.exec(reading.instruction);
  const key = isKeyValue(reading) ? reading.instruction.trim() : dashed?.[1];
  if (key === undefined) return undefined;
  const value = (isKeyValue(reading) ? reading.payload : dashed![2]!).toLowerCase().trim().replace(/^please\s+/, '');
  if (MAKING_VERB.test(value)) return `${value} for the ${key}`;
  const verb = ACTION_VERB.exec(value)?.[0];
  if (!verb || !ACTION_REST.test(value.slice(verb.length))) return undefined;
  return `${verb} the ${key}${value.slice(verb.length)}`;
}

/** Labels people put before a colon that say how to take what follows, not what to change. */
const LABEL = /^(?:(?:a |one |two |another |quick |small |big |last |next |important |urgent )?(?:feedback|note|question|request|update|change|thing|things|one|issue|idea|suggestion|comment|ps|p\.s|fyi|heads up|also|next|important|urgent|hi|hello|hey|hi there|hello there|ok|okay|so)(?:\s+(?:from|for|by)\s+[\p{L}' ]{1,30})?|(?:hi|hello|hey)\b[\p{L}' ,!]{0,30})$/u;

/** The value after a label ("Feedback from my wife: the buttons should be green"), or undefined. */
export function labelledValue(reading: PromptReading): string | undefined {
  return reading.payload !== '' && LABEL.test(reading.instruction.trim().replace(/[!,.]+$/, '')) ? reading.payload : undefined;
}

/** The key and its value as one sentence ("remove section: faq" → "remove section faq"), or undefined. */
export function joinedKeyValue(reading: PromptReading): string | undefined {
  if (!isKeyValue(reading)) return undefined;
  // "delete page: Terms" → "delete the Terms page": the value names the page or section the key's noun means.
  const noun = /^(.*?)\s*\b(pages?|sections?)$/.exec(reading.instruction.trim());
  return noun ? `${noun[1]} the ${reading.payload} ${noun[2]}` : `${reading.instruction.trim()} ${reading.payload}`;
}
