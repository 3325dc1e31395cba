// Which language a description is written in, so the site is composed in it: franc's trigram model (franc-min),
// then a check on function words, which short noun lists ("guitars, basses, ukuleles, amps") mislead trigrams
// about but people always write when they write sentences. Deterministic, about 0.3 ms a description.
import { franc, francAll } from 'franc-min';
import { languageEvidence, wordLeader, type LanguageEvidence } from './language-evidence.ts';
import { languageFeatures } from './language-features.ts';
import { LANGUAGE_WEIGHTS } from './language-weights.ts';

/** The languages PageHub composes sites in (every composed sentence and the page chrome). */
export const COMPOSER_LOCALES = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl'] as const;
export type ComposerLocale = (typeof COMPOSER_LOCALES)[number];

export interface LocaleReading {
  /** The language to compose in. */
  locale: ComposerLocale;
  /** Another language was recognised (ISO 639-3, "pol"); the site is composed in English and a note says so. */
  unsupported: string | undefined;
}

const ISO_639_3: Record<string, ComposerLocale> = { eng: 'en', por: 'pt', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl' };

/** Frequent function words of each language that are not also common words of the others. */
const FUNCTION_WORDS: Record<ComposerLocale, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'we', 'our', 'with', 'for', 'is', 'are', 'you', 'your', 'of', 'to', 'an', 'from', 'at', 'by', 'near', 'every', 'open', 'available', 'free', 'advice']),
  pt: new Set(['e', 'o', 'os', 'as', 'um', 'uma', 'com', 'para', 'em', 'no', 'na', 'nos', 'nas', 'do', 'da', 'dos', 'das', 'que', 'não', 'somos', 'nosso', 'nossa', 'também', 'aos', 'é']),
  es: new Set(['y', 'el', 'los', 'las', 'un', 'una', 'con', 'para', 'en', 'del', 'que', 'somos', 'nuestro', 'nuestra', 'también', 'por', 'es', 'al', 'muy']),
  fr: new Set(['et', 'le', 'la', 'les', 'un', 'une', 'de', 'à', 'avec', 'pour', 'dans', 'du', 'des', 'que', 'nous', 'notre', 'nos', 'aussi', 'est', 'au', 'aux', 'sur', 'vous', 'votre', 'on', 'ou']),
  de: new Set(['und', 'der', 'die', 'das', 'ein', 'eine', 'mit', 'für', 'im', 'in', 'von', 'wir', 'unser', 'unsere', 'auch', 'ist', 'sind', 'bei', 'zum', 'zur', 'auf', 'sie', 'ihr']),
  it: new Set(['e', 'il', 'lo', 'gli', 'un', 'una', 'con', 'per', 'nel', 'nella', 'del', 'della', 'che', 'siamo', 'nostro', 'nostra', 'anche', 'è', 'ai', 'di', 'da']),
  nl: new Set(['en', 'de', 'het', 'een', 'met', 'voor', 'in', 'van', 'wij', 'we', 'ons', 'onze', 'ook', 'is', 'zijn', 'bij', 'op', 'je', 'jouw', 'uw']),
};

/**
 * The rules' reading (trigrams, then the words' evidence) weighed with the other signs of `languageFeatures` by
 * weights learnt from labelled descriptions (scripts/train-language-reader.ts); the rules' answer is one of the signs.
 */
export function detectLocale(text: string): LocaleReading {
  const ruled = readingByRules(text);
  const features = languageFeatures(text, ruled.locale, ruled.unsupported !== undefined);
  let best = ruled.locale;
  let bestScore = -Infinity;
  for (const locale of COMPOSER_LOCALES) {
    const score = Object.entries(features[locale]).reduce((sum, [feature, value]) => sum + (LANGUAGE_WEIGHTS[feature] ?? 0) * value, 0);
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best === ruled.locale ? ruled : { locale: best, unsupported: undefined };
}

/** What the rules read: trigrams, overruled where the words clearly say another language. */
export function readingByRules(text: string): LocaleReading {
  return withWordEvidence(readLocale(text), languageEvidence(text));
}

/**
 * Trigrams overruled where the words clearly say another language: its small words and spellings lead every other's
 * ("Barbiere Da Tonino, taglio uomo, barba e rasatura con panno caldo" is not Portuguese). A text with English
 * small words of its own stays English.
 */
function withWordEvidence(reading: LocaleReading, evidence: LanguageEvidence): LocaleReading {
  // English small words as many as the other language's: the text is English ("we're … a … van covering …").
  if (reading.locale !== 'en' && evidence.en >= CLEAR_ENGLISH && evidence.en >= evidence[reading.locale]) return { locale: 'en', unsupported: undefined };
  const leader = wordLeader(evidence);
  if (leader === undefined || leader === reading.locale) return reading;
  if (evidence[leader] < evidence[reading.locale] + (reading.locale === 'en' ? LEAD_OVER_ENGLISH : LEAD)) return reading;
  if (reading.unsupported !== undefined && evidence[leader] < UNSUPPORTED_OVERRULED) return reading;
  if (reading.locale === 'en' && evidence.en >= CLEAR_ENGLISH) return reading;
  return { locale: leader, unsupported: undefined };
}

/** How far the words' language must lead the trigrams' own evidence to overrule them. */
const LEAD = 1;
/** English is overruled only by a wider lead: a short English text often holds a foreign word or two. */
const LEAD_OVER_ENGLISH = 1.5;
/** English small words that make a text English whatever else it holds. */
const CLEAR_ENGLISH = 2;
/** Evidence that outweighs franc's recognising a language PageHub does not compose in. */
const UNSUPPORTED_OVERRULED = 3;

function readLocale(text: string): LocaleReading {
  const guess = franc(text, { minLength: 12 });
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = (locale: ComposerLocale) => words.filter((word) => FUNCTION_WORDS[locale].has(word)).length;
  const recognised = ISO_639_3[guess];
  const hasEvidence = (locale: ComposerLocale) =>
    hits(locale) > 0 || /[^\p{ASCII}]/u.test(text.replace(/[^\p{L}]/gu, '')) || words.length >= LONG_TEXT_WORDS || (locale === 'de' && capitalisedInList(text) >= 2);
  if (recognised === undefined) {
    // Too short to tell ("und"), or a language PageHub doesn't compose in: English, unless the words say otherwise.
    const best = bestByFunctionWords(hits);
    if (best !== undefined) return { locale: best, unsupported: undefined };
    // A short text is often guessed as a language with similar trigrams ("Kapsalon Knip: knippen, kleuren" as
    // Ilocano): one of ours that scores almost as well, in a text without English words, is taken instead.
    const closest = closestOfOurs(text);
    if (closest !== undefined && closest !== 'en' && hits('en') === 0 && hasEvidence(closest)) return { locale: closest, unsupported: undefined };
    // Trigrams guess wildly on a few words ("a vegan bakery in Austin" reads as Malay): only a sentence without a
    // single English function word counts as written in another language.
    const isAnotherLanguage = guess !== 'und' && words.length >= 6 && hits('en') === 0;
    return { locale: 'en', unsupported: isAnotherLanguage ? guess : undefined };
  }
  // Trigrams alone misread English noun lists; a language is taken when its own small words agree, or English has none.
  if (recognised !== 'en' && hits('en') > hits(recognised) && (hits('en') >= 2 || hits(recognised) === 0)) return { locale: 'en', unsupported: undefined };
  // A short list of plain-ASCII nouns ("Plumber, boiler repairs, leaks, bathrooms") gives trigrams nothing to go
  // on: another language needs one of its small words, a letter English doesn't write, or a longer text.
  if (recognised !== 'en' && !hasEvidence(recognised)) return { locale: 'en', unsupported: undefined };
  return { locale: spelledAs(text, recognised), unsupported: undefined };
}

/** Our language franc scores highest, when it scores within CLOSE_SCORE of franc's overall best. */
function closestOfOurs(text: string): ComposerLocale | undefined {
  const ranked = francAll(text, { minLength: 12 });
  const ours = ranked.find(([code]) => ISO_639_3[code] !== undefined);
  if (ours === undefined || ours[1] < CLOSE_SCORE) return undefined;
  // "ARCADIA 2000 — retro arcade bar. 40 cabinets, pinball …": English as close as the best of ours is no evidence
  // for the other language; English is what a text without evidence is.
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  return ours[0] !== 'eng' && english >= ours[1] - TIED_WITH_ENGLISH ? 'en' : ISO_639_3[ours[0]];
}

/** Trigram scores this close are a tie. */
const TIED_WITH_ENGLISH = 0.01;

const CLOSE_SCORE = 0.9;
/** From this many words, trigrams are trusted without other evidence. */
const LONG_TEXT_WORDS = 12;

/** Nouns capitalised inside a list ("Reparatur, Verkauf, Leasing"), as German writes every noun. */
function capitalisedInList(text: string): number {
  return (text.match(/[,;]\s+\p{Lu}\p{Ll}/gu) ?? []).length;
}

/** Letters only one of two close languages writes: "ñ" is Spanish, "ã" and "õ" Portuguese. */
function spelledAs(text: string, recognised: ComposerLocale): ComposerLocale {
  const hasSpanishLetter = /ñ/iu.test(text);
  const hasPortugueseLetter = /[ãõ]/iu.test(text);
  if (recognised === 'pt' && hasSpanishLetter && !hasPortugueseLetter) return 'es';
  if (recognised === 'es' && hasPortugueseLetter && !hasSpanishLetter) return 'pt';
  return recognised;
}

/** The language whose function words clearly lead (two or more, and more than any other's), if one does. */
function bestByFunctionWords(hits: (locale: ComposerLocale) => number): ComposerLocale | undefined {
  const ranked = COMPOSER_LOCALES.map((locale) => ({ locale, count: hits(locale) })).sort((a, b) => b.count - a.count);
  const [first, second] = ranked;
  return first !== undefined && first.count >= 2 && first.count > (second?.count ?? 0) ? first.locale : undefined;
}
