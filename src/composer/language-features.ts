import nlp from 'compromise';
import { francAll } from 'franc-min';
import { languageEvidence } from './language-evidence.ts';
import indexFile from './trades/trade-index.json' with { type: 'json' };
import { words as foldedWords } from './trades/text.ts';

// What a reader looks at to tell a description's language, per language: franc's trigram score on the whole text
// and on its body (the text without the capitalised names in it, so "De Gouden Leeuw is a Dutch pancake house" is
// read by "is a … pancake house in"), the language's small words and spellings in both, the words the OpenStreetMap
// presets give trades in that language (taxonomy words: "ferramenta", "slager", "friet"), English words compromise's
// lexicon knows, and whether the rules (detect-locale.ts) chose it. `detectLocale` weighs them with learnt weights.

type Locale = 'en' | 'pt' | 'es' | 'fr' | 'de' | 'it' | 'nl';
const LOCALES: readonly Locale[] = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl'];
const ISO_639_3: Record<string, Locale> = { eng: 'en', por: 'pt', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl' };
const ONLY = Object.keys(ISO_639_3);

/** Each folded word of the presets' names and terms, with the languages that write it. */
const TRADE_WORDS: ReadonlyMap<string, ReadonlySet<Locale>> = (() => {
  const languagesOf = new Map<string, Set<Locale>>();
  for (const preset of (indexFile as { presets: { names: Partial<Record<Locale, string[]>>; terms: Partial<Record<Locale, string[]>> }[] }).presets) {
    for (const locale of LOCALES) {
      for (const phrase of [...(preset.names[locale] ?? []), ...(preset.terms[locale] ?? [])]) {
        for (const word of foldedWords(phrase)) {
          if (word.length < 3) continue;
          const known = languagesOf.get(word) ?? new Set<Locale>();
          known.add(locale);
          languagesOf.set(word, known);
        }
      }
    }
  }
  return languagesOf;
})();

const englishLexicon = (nlp.model() as { one: { lexicon: Readonly<Record<string, unknown>> } }).one.lexicon;

/** The text without its names: runs of capitalised words, and a capitalised word inside a sentence. */
export function bodyOf(text: string): string {
  return text
    .replace(/[\p{Lu}][\p{L}\p{M}'’-]*(?:[^\S\n]+(?:(?:&|and|e|y|et|de|di|da|do|del|du|van|von|la|le|il|el|o)[^\S\n]+)*[\p{Lu}][\p{L}\p{M}'’-]*)+/gu, ' ')
    .replace(/(?<=[\p{Ll},;:)]\s+)[\p{Lu}][\p{L}\p{M}'’-]*/gu, ' ');
}

export type LanguageFeatures = Record<Locale, Record<string, number>>;

/** `ruled`: the rules' language; `isOtherLanguage`: the trigrams read a language we do not compose in (English then). */
export function languageFeatures(text: string, ruled: Locale, isOtherLanguage = false): LanguageFeatures {
  const body = bodyOf(text);
  const trigrams = francScores(text);
  const bodyTrigrams = francScores(body);
  const evidence = languageEvidence(text);
  const bodyEvidence = languageEvidence(body);
  const bodyWords = foldedWords(body);
  const tradeWords = Object.fromEntries(LOCALES.map((locale) => [locale, 0])) as Record<Locale, number>;
  let englishWords = 0;
  for (const word of bodyWords) {
    const languages = TRADE_WORDS.get(word);
    if (languages !== undefined) for (const locale of languages) tradeWords[locale] += 1 / languages.size;
    if (englishLexicon[word] !== undefined) englishWords += 1;
  }
  const share = (count: number) => (bodyWords.length === 0 ? 0 : count / bodyWords.length);
  const features = {} as LanguageFeatures;
  const bestEvidence = Math.max(...LOCALES.map((locale) => evidence[locale]));
  for (const locale of LOCALES) {
    const others = Math.max(...LOCALES.filter((other) => other !== locale).map((other) => evidence[other]));
    const bodyOthers = Math.max(...LOCALES.filter((other) => other !== locale).map((other) => bodyEvidence[other]));
    features[locale] = {
      [`bias_${locale}`]: 1,
      rules: locale === ruled ? 1 : 0,
      trigrams: trigrams[locale],
      trigramsTop: trigrams[locale] === 1 ? 1 : 0,
      bodyTrigrams: bodyTrigrams[locale],
      bodyTrigramsTop: bodyTrigrams[locale] === 1 && body.trim().length >= 12 ? 1 : 0,
      smallWords: Math.log1p(evidence[locale]),
      smallWordsLead: Math.max(-3, Math.min(3, evidence[locale] - others)),
      smallWordsBest: evidence[locale] === bestEvidence && bestEvidence > 0 ? 1 : 0,
      bodySmallWords: Math.log1p(bodyEvidence[locale]),
      bodySmallWordsLead: Math.max(-3, Math.min(3, bodyEvidence[locale] - bodyOthers)),
      tradeWords: Math.log1p(tradeWords[locale]),
      tradeShare: share(tradeWords[locale]),
      englishWords: locale === 'en' ? share(englishWords) : 0,
      short: locale === 'en' && bodyWords.length < 6 ? 1 : 0,
      otherLanguage: locale === 'en' && isOtherLanguage ? 1 : 0,
    };
  }
  return features;
}

/** franc's scores for our languages (the best 1, the others below it), 0 for a text too short to score. */
function francScores(text: string): Record<Locale, number> {
  const scores = Object.fromEntries(LOCALES.map((locale) => [locale, 0])) as Record<Locale, number>;
  if (text.replace(/[^\p{L}]/gu, '').length < 3) return scores;
  for (const [code, score] of francAll(text, { minLength: 3, only: ONLY })) {
    const locale = ISO_639_3[code];
    if (locale !== undefined) scores[locale] = score;
  }
  return scores;
}
