// Finding the new value a prompt gives: quoted text ("…", '…', “…”), else what follows a colon, "say", "read",
// "to" or "with". `start` is where the value begins, so callers can read the instruction before it without
// mistaking words of the new text for words of the request.

export interface PromptValue {
  text: string;
  start: number;
  isQuoted: boolean;
}

const QUOTES = /"([^"]+)"|“([^”]+)”|«([^»]+)»|‘([^’]+)’|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu;
/** Phrases whose "to" is not the value marker. */
const FIXED_PHRASES = /\b(call|calls) to action\b|\bup to date\b|\bback to top\b|\bhow to\b|\bready to\b/gi;
/** Where a value starts: the earliest of these wins ("say Welcome to Luna" → "Welcome to Luna"). */
const MARKERS: readonly RegExp[] = [
  /(?<!\b(?:https?|mailto|tel)):(?!\/\/|\d)\s*/i,
  /\b(?:say|says|read|reads|saying|reading)\b:?\s+/i,
  /\b(?:should be|to be|be changed to|become|becomes)\b:?\s+/i,
  // "to", except where it starts a verb ("I want to change…", "the headline to say…").
  /\bto\b(?!\s+(?:change|update|set|make|have|see|use|edit|rewrite|replace|put|add|show|say|read|be)\b):?\s+/i,
];
/** Weaker markers, used only when none of the above occurs: "replace the headline with …". */
const FALLBACK_MARKERS: readonly RegExp[] = [/\b(?:with|into)\b:?\s+/i];

export function quotedValues(prompt: string): PromptValue[] {
  return [...prompt.matchAll(QUOTES)].map((match) => {
    const text = match.slice(1).find((group) => group !== undefined) ?? '';
    return { text: text.trim(), start: match.index, isQuoted: true };
  }).filter((value) => value.text !== '');
}

/** The new text the prompt gives, or undefined. A quote after the first marker wins, then the last quote. */
export function newValue(prompt: string): PromptValue | undefined {
  const quotes = quotedValues(prompt);
  const marker = markerEnd(prompt);
  if (quotes.length > 0) return quotes.find((quote) => marker !== undefined && quote.start >= marker) ?? quotes[quotes.length - 1];
  if (marker === undefined) return undefined;
  const text = prompt.slice(marker).trim();
  return text === '' ? undefined : { text, start: marker, isQuoted: false };
}

/** Where the text after the earliest value marker starts. */
export function markerEnd(prompt: string): number | undefined {
  const masked = prompt.replace(FIXED_PHRASES, (phrase) => phrase.replace(/ /g, '_'));
  for (const markers of [MARKERS, FALLBACK_MARKERS]) {
    const found = markers.map((marker) => marker.exec(masked)).filter((match) => match !== null);
    if (found.length === 0) continue;
    const earliest = found.reduce((first, second) => (second.index < first.index ? second : first));
    return earliest.index + earliest[0].length;
  }
  return undefined;
}

/** The request without the value: the words that say where and what. */
export function instructionOf(prompt: string, value: PromptValue | undefined): string {
  return (value === undefined ? prompt : prompt.slice(0, value.start)).toLowerCase();
}

/**
 * The value as it should be stored: surrounding quotes and white space removed; a trailing full stop dropped
 * from short one-sentence text (headlines, labels) but kept in paragraphs.
 */
export function cleanValue(text: string, isShort: boolean): string {
  let cleaned = text.replace(/\s+/g, ' ').trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').trim();
  if (isShort && /[^.]\.$/.test(cleaned) && !/[.!?]\s/.test(cleaned.slice(0, -1))) cleaned = cleaned.slice(0, -1);
  return cleaned;
}

export function hasMarkup(text: string): boolean {
  return /<\s*\/?\s*[a-z!][^>]*>|\b(?:javascript|vbscript)\s*:/i.test(text);
}

/** Words that ask for copy to be written rather than giving it: only a model can do that. */
export function isVague(text: string): boolean {
  return /^(?:something|anything|some(?:thing)? (?:better|nicer|else)|(?:a )?(?:better|nicer|catchier|shorter|longer|punchier|friendlier)\b|more\s+\w+$)/i.test(text.trim());
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

export function numberFromWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,2}$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}

const PHRASE_PATTERNS = new Map<string, RegExp>();

/** "a b" → matches "a b", "a-b", "a  b", with an optional plural s, on word boundaries (patterns are cached). */
export function phrasePattern(phrase: string): RegExp {
  const key = phrase.trim().toLowerCase();
  let pattern = PHRASE_PATTERNS.get(key);
  if (pattern === undefined) {
    const body = key.split(/[\s-]+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]*');
    pattern = new RegExp(`(?<![a-z0-9\u00c0-\u024f])${body}(?:e?s)?(?![a-z0-9\u00c0-\u024f])`, 'i');
    if (PHRASE_PATTERNS.size < 2_000) PHRASE_PATTERNS.set(key, pattern);
  }
  return pattern;
}

export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}
