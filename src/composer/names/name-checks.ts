import { isWholeTradeWord } from '../detect-industry.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { afterWhereItIs } from './name-cues.ts';
import { COMMON_WORDS, firstWordOf } from './name-words.ts';
import { lookupCity } from '../gazetteer.ts';
import { isTradeVocabularyWord } from '../trades/index.ts';
import { isDictionaryWord, isPersonName, isPersonOnly, isPlaceName } from './proper-nouns.ts';

// Checks the name strategies share: what closes a presented name, what is only a person, what only says what the
// business is ("Professional Dog Training"), and a word that cannot be a name alone.

/** What may follow a presented name and close it: the sentence's end (perhaps after "today"), a comma, "and", "we …" — not "registered". */
const CLOSES_PRESENTED = /^(?:(?:\s+(?:today|now|online|instead|too))?[\s.!?]*$|\s+(?:website|web\s?site|site|web\s?page|page|blog)(?![\p{L}])|\s*[,;:!?.]|\s+[-–—]\s|\s+(?:we|and|who|where|en|e|y|et|und|wo|waar|que|qui|che|dove|onde|donde|où)(?![\p{L}]))/iu;
/** True when what follows a presented name closes it, perhaps after where it is ("We are Mane Street Salon in Dayton."). */
export function closesPresentedName(after: string): boolean {
  return CLOSES_PRESENTED.test(after) || CLOSES_PRESENTED.test(afterWhereItIs(after));
}

/**
 * True when a run is only a person, not a business named after one: the tagger reads English; elsewhere the run must
 * open with a first name it knows ("Fietsenmaker Van Dijk" is a bike shop), and never with a trade ("Hundeschule …").
 */
export function isOnlyPerson(run: string, locale: ComposerLocale): boolean {
  // "Chef Tom Baker", "Grandpa Joe", "Dr. Sarah Lee": a person with a title or a role
  const person = run.replace(PERSON_TITLE, '');
  if (person !== run && (/\s/u.test(person) ? isPersonOnly(person) : isPersonName(person))) return true;
  const words = run.split(/\s+/);
  // "Abbey Motors", "Lumen Glass": a last word the trades use is a business's, not a surname
  if (isWholeTradeWord(firstWordOf(run)) || isWholeTradeWord((words[words.length - 1] ?? '').toLowerCase())) return false;
  if (words.length > 1 && isTradeVocabularyWord(words[words.length - 1] ?? '')) return false;
  // "Mary and Tom look forward to …": people joined by "and", each a first name
  const people = run.split(/\s+(?:and|&|e|y|et|und|en)\s+/u);
  if (people.length > 1 && people.every((person) => !/['’]s$/u.test(person) && isPersonName(person) && (isPersonOnly(person) || !/\s/u.test(person)))) return true;
  return isPersonOnly(run) && (locale === 'en' || isPersonName(run));
}

/** Roles in a business before a person's name: "Owner Sarah Jones". */
const ROLE = 'Owner|Founder|Co-founder|Proprietor|Manager|Director';
/** Titles and roles before a person's name. */
const PERSON_TITLE = new RegExp(String.raw`^(?:${ROLE}|Chef|Grandpa|Grandma|Granny|Grandad|Nan|Nana|Uncle|Auntie|Aunt|Farmer|Coach|Captain|Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?)\s+`, 'u');
const BY_ROLE = new RegExp(String.raw`^(?:${ROLE})\s+(?=\p{Lu})`, 'u');

/** "Owner Sarah Jones" → "Sarah Jones": a person named with their role, without it; any other run as it is. */
export function withoutRole(run: string, locale: ComposerLocale): string {
  return BY_ROLE.test(run) && isOnlyPerson(run, locale) ? run.replace(BY_ROLE, '') : run;
}

/**
 * True when every word of a run says what the business is or how it is ("Professional Dog Training", "Wedding
 * Photography", "Best Tacos"): a heading, not a name. "The …" keeps it a name ("The Pilates Studio").
 */
export function isOnlyGenericWords(run: string): boolean {
  const words = run.split(/\s+/);
  if (words.length < 2 || /^the$/iu.test(words[0] ?? '')) return false;
  return words.every((word) => {
    const lower = word.toLowerCase().replace(/[.,]$/u, '');
    return COMMON_WORDS.has(lower) || isWholeTradeWord(lower) || /^(?:&|\+|and|of|for|in)$/u.test(lower);
  });
}

/** A word that cannot be a name alone: a common or trade word ("Parking is free", "Classes are small"). */
export function isCommonWord(word: string, locale: ComposerLocale): boolean {
  const lower = word.toLowerCase();
  if (COMMON_WORDS.has(lower) || isWholeTradeWord(lower)) return true;
  return locale === 'en' && (/^\p{Lu}\p{Ll}+s$/u.test(word) || isDictionaryWord(lower));
}

/** What the business is, said after its name: ", a small Indian restaurant". */
const APPOSITION_WORDS = /^,\s+(?:a|an|our|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/** What a business does and a street or a park never does, after its name. */
const WHAT_A_BUSINESS_DOES = /^\s+(?:also\s+|now\s+)?(?:delivers|offers|sells|makes|bakes|brews|roasts|grows|provides|serves|cooks|designs|repairs|fixes|builds|cleans|teaches|treats|speciali[sz]es|stocks|supplies|caters|hosts|employs|was founded|was started)(?![\p{L}])/u;

/**
 * True when a run names a place even with what follows it: a street word last is no place when the run opens with a
 * trade ("Café Avenida") or an apposition says what business it is ("Saffron Lane, a small Indian restaurant").
 */
export function isPlaceAfterAll(run: string, after: string): boolean {
  if (!isPlaceName(run)) return false;
  if (lookupCity(run) !== undefined) return true;
  const words = run.split(/\s+/);
  if (words.length > 1 && isWholeTradeWord(firstWordOf(run))) return false;
  // "Bramble Lane delivers on Fridays": a street does not do what a business does
  if (words.length > 1 && WHAT_A_BUSINESS_DOES.test(after)) return false;
  const apposition = APPOSITION_WORDS.exec(after)?.[1];
  return apposition === undefined || !apposition.split(/\s+/).some((word) => isWholeTradeWord(word.toLowerCase()));
}
