// What a description's words say of its language, apart from trigrams: the small words each language writes
// (articles, prepositions, conjunctions, pronouns — typed with or without accents) and the spellings only it uses
// ("-zione", "-ção", "ij", "-ung"). Trigrams misjudge one- or two-line texts, noun lists and brand words mixed in
// ("Autolavaggio a mano e car detailing"); these words rarely do. `detectLocale` weighs both.
/** The languages PageHub composes in (detect-locale.ts's ComposerLocale, which reads this file). */
type ComposerLocale = 'en' | 'pt' | 'es' | 'fr' | 'de' | 'it' | 'nl';

/** Frequent small words of each language, with the accents people often leave out. Shared words count for each. */
const SMALL_WORDS: Record<ComposerLocale, ReadonlySet<string>> = {
  en: new Set('the and we our with for is are you your of to an from at by near every in on or this that it my have has will can who just also all re ve ll'.split(' ')),
  pt: new Set('e o os as um uma com para em no na nos nas do da dos das de ao aos que não nao somos nosso nossa também tambem é pelo pela sem mais ou seu sua até ate muito são sao'.split(' ')),
  es: new Set('y el la lo los las un una con para en del de al que somos nuestro nuestra nuestros nuestras también tambien por es muy sin o desde hasta su sus cada'.split(' ')),
  fr: new Set('et le la les un une de à a avec pour dans du des que nous notre nos aussi est au aux sur vous votre on ou en sans chez très tres ce cette ces sont par plus'.split(' ')),
  de: new Set('und der die das ein eine mit für fur im in von wir unser unsere auch ist sind bei zum zur auf sie ihr am alle oder nach vom den dem des aus bis uns ihre ohne über uber'.split(' ')),
  it: new Set('e il lo la le gli un una con per in nel nella del della che siamo nostro nostra anche è ai di da a al alla alle dei delle degli sul sulla o senza tutti ogni su più piu'.split(' ')),
  nl: new Set('en de het een met voor in van wij we ons onze ook is zijn bij op je jouw uw of aan naar uit tot om alle niet geen meer heeft elke alleen vanaf'.split(' ')),
};

/** Spellings of one language (or two close ones, each counted): endings and letter groups the others rarely write. */
const SPELLINGS: Record<ComposerLocale, RegExp> = {
  en: /^(?:th|wh)|(?:ly|ies|ght)$/u,
  pt: /ção|ções|ões|ão|(?:cao|coes)$|lh[aeo]|nh[aeo]/u,
  es: /ñ|ci[oó]n(?:es)?$|dad(?:es)?$|ll[aeo]s?$/u,
  fr: /eaux?$|eux$|[éèêç]|(?:ez|oir|eur)$/u,
  de: /ß|[äöü]|(?:ung|ungen|keit|heit|schaft|lich)$|tz|^ge\p{L}{4,}t$/u,
  it: /zion[ei]$|aggi?o$|zz|^gli$|(?:tt|ll|nn|ss|cc|pp|rr|zz)[aeio]$/u,
  nl: /ij|(?:heid|tje|tjes|ische)$|aa|oe[^s]|uu/u,
};

export type LanguageEvidence = Record<ComposerLocale, number>;

/** For each language: its small words in the text, plus half a point for each word spelled as only it spells. */
export function languageEvidence(text: string): LanguageEvidence {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const evidence = { en: 0, pt: 0, es: 0, fr: 0, de: 0, it: 0, nl: 0 };
  for (const locale of Object.keys(evidence) as ComposerLocale[]) {
    for (const word of words) {
      if (SMALL_WORDS[locale].has(word)) evidence[locale] += 1;
      else if (word.length >= 4 && SPELLINGS[locale].test(word)) evidence[locale] += 0.5;
    }
  }
  return evidence;
}

/** The language whose words lead every other's, with at least ENOUGH evidence; else undefined. */
export function wordLeader(evidence: LanguageEvidence): ComposerLocale | undefined {
  const ranked = (Object.entries(evidence) as [ComposerLocale, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || second === undefined) return undefined;
  return first[1] >= ENOUGH && first[1] > second[1] ? first[0] : undefined;
}

const ENOUGH = 2;
