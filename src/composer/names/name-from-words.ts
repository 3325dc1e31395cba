import { capitalize } from '../clean-text.ts';
import type { ExtractedFacts } from '../facts.ts';
import type { IndustryProfile } from '../industries/index.ts';
import { words as foldedWords } from '../trades/text.ts';
import { NOT_A_NAME_START } from './name-words.ts';
import { firstNounPhrase } from './proper-nouns.ts';

// A name for a business the description does not name, made only of words the person wrote: where it is and what
// it is, as the description says them ("Leeds Bouncy Castle Hire", "Cerrajero Madrid") — never a word of ours
// ("Co.", "Dental", "Store") the person did not write, and never a name from a list.

const NAME_QUALIFIERS = new Set(['vegan', 'vegetarian', 'organic', 'gluten-free', 'italian', 'french', 'mexican', 'japanese', 'thai', 'indian', 'greek', 'korean', 'vietnamese', 'mediterranean', 'mobile']);
const STOP_BEFORE_NOUN = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'small', 'local', 'new', 'for', 'and', 'of', 'in', 'is', 'we', 'run']);
const GENERIC_HEADS = /(?:^|\s)((?:[a-z-]+\s){0,2}(?:studio|shop|store|school|clinic|centre|center|workshop|company|agency|salon|bar|gallery|club|practice))\b/;

export function nameFromWords(profile: IndustryProfile, facts: ExtractedFacts, text: string): string {
  const written = new Set(foldedWords(text));
  const isWritten = (phrase: string) => foldedWords(phrase).every((word) => written.has(word));
  const place = [facts.area, facts.city].find((candidate) => candidate !== undefined && isWritten(candidate));
  const placeWords = new Set(place === undefined ? [] : foldedWords(place));
  // A sure trade as the description writes it; else what the description opens with ("Bouncy castle hire in Leeds").
  const opening = facts.locale === 'en' ? firstNounPhrase(text) : undefined;
  const candidates = facts.trade?.isSure ? [facts.trade.written, opening] : [opening, facts.trade?.written];
  const noun = [...candidates, tradeFromText(text), facts.trade?.label, profile.nameNoun].find(
    (candidate) => candidate !== undefined && candidate !== '' && !/[·|•]/u.test(candidate) && isWritten(candidate) && !foldedWords(candidate).every((word) => placeWords.has(word)),
  );
  if (noun === undefined) return place ?? fallbackName(text);
  const nounWords = new Set(foldedWords(noun));
  const placePart = place !== undefined && !foldedWords(place).every((word) => nounWords.has(word)) ? place : undefined;
  if (facts.locale !== 'en') return [titleCase(noun), placePart].filter(Boolean).join(' ');
  const qualifier = facts.qualifiers.find((word) => NAME_QUALIFIERS.has(word) && written.has(word) && !nounWords.has(word));
  return [placePart, qualifier === undefined ? undefined : capitalize(qualifier), titleCase(noun)].filter(Boolean).join(' ');
}

/** For the general profile: the trade as the description names it ("tattoo studio", "music school"). */
export function tradeFromText(text: string): string | undefined {
  const match = GENERIC_HEADS.exec(text.toLowerCase());
  if (match === null) return undefined;
  const words = (match[1] ?? '').split(/\s+/);
  while (words.length > 1 && STOP_BEFORE_NOUN.has(words[0] ?? '')) words.shift();
  return words.length > 1 ? words.join(' ') : undefined;
}

/**
 * When the description says neither where nor what in words the composer can find: its own first words that say
 * something (not "a", "we", "the"), never a word of ours.
 */
function fallbackName(text: string): string {
  const all = (text.match(/[\p{L}][\p{L}\p{M}'’&-]*/gu) ?? []).filter((word) => word.length > 2 && !STOP_BEFORE_NOUN.has(word.toLowerCase()) && !FALLBACK_SKIPS.has(word.toLowerCase()));
  // not a sentence's opening ("You'll", "Locals", "Meet"), unless nothing else is left
  const saying = all.filter((word) => !NOT_A_NAME_START.has(word.toLowerCase()) && !/['’](?:ll|re|ve|d|m)$/iu.test(word));
  const any = (text.match(/[\p{L}][\p{L}\p{M}'’&-]*/gu) ?? []).filter((word) => word.length > 2);
  const picked = (saying.length > 0 ? saying : all.length > 0 ? all : any).slice(0, 3);
  return picked.length === 0 ? (text.trim().slice(0, 40) || 'Home') : titleCase(picked.join(' '));
}

/** Words that say nothing about a business at the start of a text. */
const FALLBACK_SKIPS = new Set(['hi', 'hello', 'hey', 'there', 'everyone', 'are', 'was', 'were', 'has', 'have', 'had', 'this', 'that', 'with', 'from', 'you', 'your', 'can', 'will', 'all', 'very', 'just', 'also', 'please', 'make', 'create', 'build', 'need', 'want', 'website', 'site', 'page', 'visit', 'welcome', 'call', 'find', 'book']);

function titleCase(phrase: string): string {
  return phrase
    .split(/\s+/)
    // a word in capitals is shouted, not an acronym, past three letters ("SUNDAY ROAST" → "Sunday Roast")
    .map((word) => (/^\p{Lu}{4,}$/u.test(word) ? word.toLowerCase() : word))
    .map((word, index) => (/\p{Lu}/u.test(word) || (index > 0 && /^(?:and|&|of|the|de|da|do|di|du|del|la|le|van|von|und|et|e|y|en)$/u.test(word)) ? word : capitalize(word)))
    .join(' ');
}
