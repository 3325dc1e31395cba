import { cleanFragment, splitSentences } from './clean-text.ts';

// The services, products or subjects a description lists: "perennials, native shrubs, fruit trees, potting
// soil and weekend workshops" → five items. Lists are read after a colon or dash, after the business name and
// a comma, and after words such as "with", "offering", "sells" or "specializing in".

const TRIGGER = /(?<![\p{L}])(?:with|offering|offers|offer|including|includes|sells|selling|sell|specializ(?:ing|es|e) in|specialis(?:ing|es|e) in|organizes|organises|organizing|runs|provides|providing|featuring|features)\s+/giu;
const TERMINATOR = /\s(?:in|for|based|located|open|opens|serving|that|who|which|since|to|from|across|near|em|at|on|by|during|every|called|named|so|because|where|when|while|with)\s|[.;:()!?]|,\s*(?:open|in|with|based|located|serving|and we|we|plus\s+we)\b|,\s*(?=\d)/iu;
const NOT_A_SERVICE_START = /^(?:called|named|closed|opens?|cpa|esq|helping|help|helps|providing|making|offering|giving|getting|choose|choosing|track|tracking|focus|focusing|including|open|opening|located|based|serving|call|email|available|since|we|our|you|your|it|they|i|is|are|was|be|do|does|can|will|more|much|many|all|every)\b/iu;
const VAGUE = new Set(['care', 'help', 'more', 'things', 'stuff', 'everything', 'services', 'service', 'products', 'much more', 'and more', 'others', 'other things', 'etc']);
const STYLE_OR_COLOR = /\b(?:modern|minimal\w*|clean|techy|bold|energetic|playful|elegant|serene|formal|serious|warm|friendly|calm|cheerful|trustworthy|professional|earthy|bright|dark|light|black|white|blue|green|red|orange|pink|gold|purple|yellow|brown|grey|gray|navy|teal|licensed|insured|residential|commercial|cheap|fast|affordable)\b/iu;

export function extractServices(text: string): string[] {
  const items: string[] = [];
  for (const sentence of splitSentences(text)) {
    for (const segment of segmentsOf(sentence)) items.push(...splitList(segment));
  }
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 12);
}

function segmentsOf(sentence: string): string[] {
  const segments: { start: number; text: string }[] = [];
  // After a colon or a spaced dash that follows a short opening ("Luna Hair Studio: cuts, color …").
  const lead = /^(.{2,120}?)(?::\s|\s[-–—]\s)/u.exec(sentence);
  if (lead !== null && (lead[1] ?? '').split(/\s+/).length <= 12) segments.push({ start: lead[0].length, text: sentence.slice(lead[0].length) });
  // After a leading capitalised name and a comma ("Law office of Hartmann & Cole, employment law …").
  const afterName = /^[\p{Lu}][^,]{1,60},\s+(?!(?:a|an|the|our|we|i|with|in|for|at|and|based|located|serving|open)\s)/u.exec(sentence);
  // "Nail surgery, verrucas, orthotics, diabetic foot checks.": a sentence that is only a list starts with its first item
  if (lead === null && isBareList(sentence)) segments.push({ start: 0, text: sentence });
  else if (afterName !== null && lead === null) segments.push({ start: afterName[0].length, text: sentence.slice(afterName[0].length) });
  for (const match of sentence.matchAll(TRIGGER)) segments.push({ start: match.index + match[0].length, text: sentence.slice(match.index + match[0].length) });
  return segments
    .sort((first, second) => first.start - second.start)
    .map((segment) => cutAtTerminator(segment.text))
    .filter((segment) => segment !== '' && !/^(?:a|an|the)\s/i.test(segment));
}

/** Three or more short comma-separated items, the first in lower case after its first word: a list, not a name. */
function isBareList(sentence: string): boolean {
  const parts = sentence.replace(/[.!]$/u, '').split(/\s*,\s*/u);
  const first = (parts[0] ?? '').split(/\s+/u);
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/u).length <= 4) && first.length > 1 && first.slice(1).every((word) => /^\p{Ll}/u.test(word));
}

function cutAtTerminator(segment: string): string {
  const match = TERMINATOR.exec(segment);
  return (match === null ? segment : segment.slice(0, match.index)).trim();
}

function splitList(segment: string): string[] {
  return segment
    .replace(/,?\s+(?:plus|as well as|along with)\s+/giu, ', ')
    .split(/\s*,\s*|\s+(?:and|&|or)\s+/u)
    .map(cleanItem)
    .filter((item): item is string => item !== undefined);
}

function cleanItem(raw: string): string | undefined {
  const item = cleanFragment(raw)
    .replace(/^(?:a|an|the|our|some|also|and|or)\s+/iu, '')
    .replace(/^(?:24\s*\/\s*7|24[- ]?hours?|same[- ]day)\s+/iu, '')
    .replace(/\s+(?:online|locally|nationwide|worldwide|daily|weekly|too|as well|and|or)$/iu, '')
    .trim();
  const words = item.split(/\s+/);
  if (item.length < 3 || item.length > 60 || words.length > 5) return undefined;
  if (NOT_A_SERVICE_START.test(item) || /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/i.test(item) || VAGUE.has(item.toLowerCase()) || STYLE_OR_COLOR.test(item) || /\d/.test(item)) return undefined;
  if (/^\p{Lu}/u.test(item) && words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word))) return undefined; // a name or a place
  return item;
}
