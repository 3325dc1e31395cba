// Turning a raw description into text the composer may read and copy: no markup, no control characters, no
// sentences that talk to a model instead of describing a business.

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'prof', 'bros', 'co', 'inc', 'ltd', 'corp', 'jr', 'sr', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx']);

/** Removes anything tag-like, angle brackets, braces and control characters; collapses white space. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z!?][^<>]*>?/gi, ' ')
    .replace(/[<>{}\\`]/g, ' ')
    .replace(/\b(?:javascript|vbscript):|\bdata:[a-z]+\/[\w.+-]+/gi, ' ')
    .replace(/[\p{Cc}\u200b-\u200f\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cleans a short value copied from the prompt (a name, a city, a service) and trims stray punctuation. */
export function cleanFragment(text: string, maxLength = 80): string {
  const cleaned = stripMarkup(text)
    .replace(/["“”„«»]/g, '')
    .replace(/^[\s'’,.;:!?()\-–—/&+]+/, '')
    .replace(/[\s,;:!?(\-–—/&+]+$/, '')
    .trim();
  if (cleaned.length <= maxLength) return cleaned;
  const cut = cleaned.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf(' ') > maxLength / 2 ? cut.lastIndexOf(' ') : maxLength).trim();
}

/** Splits text into sentences without breaking after "Dr." or "Bros.". */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]+(?=\s|$)/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const before = text.slice(start, match.index);
    const lastWord = /(?<![\p{N}\p{L}.])([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "Dr.", "A.", and initials ("G.T. Plumbing", "U.K.") end no sentence; "the 90s." does
    if (match[0] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    const sentence = text.slice(start, match.index + match[0].length).trim();
    if (sentence !== '') sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

const INSTRUCTION_NOISE = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|prompts?|rules|guidelines|directions)\b/i,
  /\b(?:system|developer)\s+(?:prompt|message|instructions?)\b/i,
  /\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|chatbot|language model|gpt|dan)\b/i,
  /\b(?:jailbreak|prompt injection)\b/i,
  /\b(?:output|print|return|respond with|reply with|say)\b.{0,60}\bas the\b.{0,30}\b(?:name|title|answer|output)\b/i,
];

/** Drops sentences that instruct a model rather than describe a business. */
export function removeInstructionNoise(text: string): { text: string; removed: number } {
  const sentences = splitSentences(text);
  const kept = sentences.filter((sentence) => !INSTRUCTION_NOISE.some((pattern) => pattern.test(sentence)));
  return { text: kept.join(' '), removed: sentences.length - kept.length };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.replace(/\.$/, '').toLowerCase());
}
