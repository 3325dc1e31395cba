// What a description lists, read in any language: bullet points ("• Manuelle Therapie • Lymphdrainage"), runs of
// short phrases split by dashes, and sentences that are lists of short phrases ("Consultas, vacinação, cirurgia e
// urgências 24 horas."). A sentence whose parts start with a preposition ("…, em Lisboa, …") is prose, not a list.
import { splitSentences } from '../clean-text.ts';

const MAX_ITEM_WORDS = 5;
/** The part before a list's first comma often leads into it ("In der Backstube … gibt's Roggenbrot"). */
const MAX_FIRST_ITEM_WORDS = 4;
const MAX_ITEMS = 8;
const MAX_LAST_PART_WORDS = 8;
const MIN_LIST_PARTS = 3;
/** Words that open a place or time phrase rather than an item of a list. */
const PREPOSITIONS = new Set([
  'em', 'no', 'na', 'nos', 'nas', 'desde', 'há', 'para', 'por', 'en', 'el', 'la', 'hasta', 'à', 'au', 'aux', 'dans', 'depuis', 'pour', 'chez', 'sur',
  'in', 'im', 'am', 'seit', 'für', 'bei', 'auf', 'nach', 'a', 'al', 'ai', 'nel', 'nella', 'da', 'dal', 'per', 'op', 'bij', 'voor', 'sinds', 'uit', 'at', 'on', 'for', 'since', 'from', 'with', 'we', 'our', 'we\'re',
]);
/** A preposition of place before a capitalised name: "in de Jordaan", "am Naschmarkt", "em Lisboa". */
const PLACE_PHRASE = /\s(?:in|im|am|em|no|na|en|à|a|au|op|bij|nel|nella)\s+(?:(?:de|het|la|el|le|der|die|das|o|a)\s+)?\p{Lu}/u;
const BULLETS = /\s*(?:•|·|▪|◦|\s[-–—]\s|\n[-*]\s)\s*/u;
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/**
 * The phrases a description lists, in order, each once; [] when it lists nothing. `exclude` holds phrases that are
 * not offers (the business's name, its place).
 */
export function listedItems(text: string, conjunction: string, exclude: readonly string[] = []): string[] {
  const and = new RegExp(`(?<!-)\\s+${conjunction}\\s+`, 'iu');
  const leadingAnd = new RegExp(`^${conjunction}\\s+`, 'iu');
  const excluded = exclude.map((phrase) => phrase.toLowerCase()).filter(Boolean);
  const items: string[] = [];
  for (const sentence of splitSentences(text.replace(EMOJI, ' '))) {
    const runs = sentence.split(BULLETS);
    const isBulleted = runs.length >= MIN_LIST_PARTS;
    // A bulleted run: every bullet but the first (the lead-in) is an item; the last may hold a list of its own.
    const candidates = isBulleted ? runs.slice(1, -1) : [];
    for (const run of isBulleted ? runs.slice(-1) : runs) {
      const afterColon = run.includes(':') ? run.slice(run.lastIndexOf(':') + 1) : run;
      const parts = afterColon.split(/\s*[,;]\s*/u).flatMap((part) => part.split(and)).map((part) => part.replace(leadingAnd, ''));
      if (isList(parts)) candidates.push(...(isLeadIn(parts[0] ?? '') ? parts.slice(1) : parts));
      else if (isBulleted) candidates.push(run);
    }
    for (const candidate of candidates) {
      const item = tidy(candidate);
      const lower = item.toLowerCase();
      if (item === '' || wordCount(item) > MAX_ITEM_WORDS || excluded.some((phrase) => lower.includes(phrase))) continue;
      if (!items.some((known) => known.toLowerCase() === lower)) items.push(item);
    }
  }
  return items.slice(0, MAX_ITEMS);
}

/** A list's first part is a lead-in when long, or when it says where ("Bloemenwinkel in de Jordaan"). */
function isLeadIn(part: string): boolean {
  return wordCount(part) > MAX_FIRST_ITEM_WORDS || PLACE_PHRASE.test(part);
}

function isList(parts: readonly string[]): boolean {
  if (parts.length < MIN_LIST_PARTS) return false;
  // The last part may carry the sentence's ending ("… e pastéis de nata todos os dias"): it counts, but only a
  // short one becomes an item.
  return parts.slice(1).every((part, index) => {
    const words = part.trim().split(/\s+/u);
    const limit = index === parts.length - 2 ? MAX_LAST_PART_WORDS : MAX_ITEM_WORDS;
    return words.length <= limit && !PREPOSITIONS.has((words[0] ?? '').toLowerCase()) && !/\d{3,}/u.test(part);
  });
}

function tidy(phrase: string): string {
  const trimmed = phrase.replace(/^[\s\-–—*•:]+|[\s.,;:!?…\-–—]+$/gu, '').replace(/\s+/gu, ' ');
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

function wordCount(phrase: string): number {
  return phrase.trim().split(/\s+/u).filter(Boolean).length;
}
