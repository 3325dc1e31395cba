// Words as the trade reader compares them: Unicode letters, lower case, accents folded, and reduced to a crude stem
// so that a plural or a feminine form in a description meets the singular of the taxonomy ("bakeries" and
// "bakery", "Bäckereien" and "Bäckerei", "veterinaria" and "veterinario"). Both sides go through the same stemmer,
// so a stem needs only to be consistent, never a real word.

export const TRADE_LANGS = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl'] as const;
export type TradeLang = (typeof TRADE_LANGS)[number];

export interface Token {
  /** Folded, lower-cased word. */
  word: string;
  /**
   * How far into the opening claim, the first words that are not a question ("Scared of the chair?" is a hook):
   * 1 for the first word, falling to 0 after OPENING_WORDS words.
   */
  opening: number;
}

const LETTERS = /\p{L}+/gu;
/** Characters that end a sentence or a bullet: what comes after is no longer the opening claim. */
const SENTENCE_BREAK = /[.!?•|\n;]/;
/** A run-on description without full stops still names its trade early. */
const OPENING_WORDS = 15;
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LIGATURES[letter] ?? letter);
}

/** The folded words of a text, nothing else: what names and terms of the index are made of. */
export function words(text: string): string[] {
  return fold(text).match(LETTERS) ?? [];
}

/**
 * The words of tokens `start` to `end` as the text writes them ("Shisha lounge" for "shisha lounge"), or undefined
 * when folding changed how the text splits into words (a "㎡" folds to "m2").
 */
export function writtenWords(text: string, start: number, end: number): string | undefined {
  const spans = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
  if (spans.length !== words(text).length || spans.some((span) => words(span[0]).length !== 1)) return undefined;
  const first = spans[start];
  const last = spans[end - 1];
  return first === undefined || last === undefined ? undefined : text.slice(first.index, last.index + last[0].length);
}

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const words: { word: string; sentence: number }[] = [];
  /** Whether each sentence ends in a question mark: "Knots in your shoulders?" is a hook, not the trade. */
  const questions: boolean[] = [];
  let last = 0;
  for (const match of folded.matchAll(LETTERS)) {
    const gap = folded.slice(last, match.index);
    if (words.length > 0 && SENTENCE_BREAK.test(gap)) questions.push(gap.includes('?'));
    words.push({ word: match[0], sentence: questions.length });
    last = match.index + match[0].length;
  }
  questions.push(folded.slice(last).includes('?'));
  let claimed = 0;
  return words.map(({ word, sentence }) => {
    if (questions[sentence] || claimed >= OPENING_WORDS) return { word, opening: 0 };
    claimed += 1;
    return { word, opening: 1 - (claimed - 1) / OPENING_WORDS };
  });
}

/** English plurals -s/-es/-ies and a final -e or -y, so "classes" meets "class" and "pastries" meets "pastry". */
function stemEnglish(word: string): string {
  // British "centre", "theatre" as American "center", "theater".
  let stem = /[^aeiou]re$/.test(word) && word.length > 4 ? `${word.slice(0, -2)}er` : word;
  if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return stem;
}

// English word families: up to two derivational endings, so a trade meets its activity and its practitioner
// ("plastering" and "plasterer", "podiatry" and "podiatrist", "pottery" and "potters", "dental" and "dentist").
// Only a fallback: "plumbing" is not quite "a plumber", so such a find counts as a hint, never as a name.
const ENGLISH_ENDINGS = ['ation', 'ator', 'ancy', 'ance', 'ency', 'ant', 'ent', 'ity', 'ist', 'ian', 'ing', 'ical', 'ic', 'al', 'er', 'or', 'ed', 'y', 'e'];
const MIN_ENGLISH_STEM = 4;
/**
 * A final -y leaves a word's family only from a longer stem: "podiatry" and "podiatrist", "brewery" and "brewer",
 * but "brandy" is not "branding" nor "brand".
 */
const MIN_STEM_BEFORE_Y = 6;

function deepStemEnglish(word: string): string {
  let stem = /[^aeiou]re$/.test(word) && word.length > 4 ? `${word.slice(0, -2)}er` : word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  for (let pass = 0; pass < 2; pass += 1) {
    const ending = ENGLISH_ENDINGS.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= (candidate === 'y' ? MIN_STEM_BEFORE_Y : MIN_ENGLISH_STEM));
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
    // "shopping" → "shop", "swimming" → "swim" (but "counsell-", "dress-" keep theirs, as their base words do).
    if (/([^aeiousl])\1$/.test(stem) && stem.length > MIN_ENGLISH_STEM) stem = stem.slice(0, -1);
  }
  return stem;
}

/** Portuguese and Spanish: plural -s/-es (and -ões, -ães, -ais, -éis, -ns), and the gender vowel. */
function stemIberian(word: string): string {
  let stem = word;
  const irregular = /(oes|aes|ais|eis|ns)$/.exec(stem);
  if (stem.length > 4 && irregular) {
    const replacement: Readonly<Record<string, string>> = { oes: 'ao', aes: 'ao', ais: 'al', eis: 'el', ns: 'm' };
    stem = stem.slice(0, -irregular[0].length) + (replacement[irregular[0]] ?? '');
  } else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) {
    stem = stem.slice(0, -1);
  }
  return stem.length > 3 && /[aeo]$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** French: plural -s/-x and a final -e (which also covers most feminine forms). */
function stemFrench(word: string): string {
  let stem = word;
  if (stem.length > 3 && /[sx]$/.test(stem) && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Italian plurals change the final vowel (ristorante/ristoranti, pizzeria/pizzerie): drop it. */
function stemItalian(word: string): string {
  return word.length > 3 && /[aeio]$/.test(word) ? word.slice(0, -1) : word;
}

/** German plurals -e, -en, -er, -n, -s; a stem keeps at least four letters so "Maler" stays itself. */
function stemGerman(word: string): string {
  const suffix = ['en', 'er', 'e', 'n', 's'].find((ending) => word.endsWith(ending) && word.length - ending.length >= 4);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** Dutch plurals -en and -s. */
function stemDutch(word: string): string {
  if (word.length > 5 && word.endsWith('en')) return word.slice(0, -2);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const STEMMERS: Readonly<Record<TradeLang, (word: string) => string>> = {
  en: stemEnglish,
  pt: stemIberian,
  es: stemIberian,
  fr: stemFrench,
  de: stemGerman,
  it: stemItalian,
  nl: stemDutch,
};

export function stem(word: string, lang: TradeLang): string {
  return STEMMERS[lang](word);
}

/** The stem of a word's family (English only; other languages keep their plural stem). */
export function deepStem(word: string, lang: TradeLang): string {
  return lang === 'en' ? deepStemEnglish(word) : stem(word, lang);
}

// Function words (articles, prepositions, pronouns, the commonest verbs), folded. A term of the taxonomy that is
// one of them ("am" in German, "los" in Spanish) or begins or ends with one ("a mão") would match everywhere.
const STOPWORDS: Readonly<Record<TradeLang, ReadonlySet<string>>> = {
  en: new Set('a an the and or of to in on at by for with from as is are was be we our you your it its this that no not all any'.split(' ')),
  pt: new Set('a o as os um uma uns umas e ou de do da dos das em no na nos nas por para com sem ao aos se que nao mais muito sua seu nosso nossa ate sobre'.split(' ')),
  es: new Set('el la los las un una unos unas y o de del en al por para con sin se que no mas muy su sus nuestro nuestra es son hasta sobre lo le'.split(' ')),
  fr: new Set('le la les l un une des et ou de du d en au aux par pour avec sans se que qui ne pas plus tres son sa ses notre nos est sont sur a'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer und oder von vom zu zum zur in im an am auf aus bei mit fur ohne ist sind wir ihr unser unsere sich nicht mehr sehr'.split(' ')),
  it: new Set('il lo la i gli le un uno una e o di del della dei delle da dal in nel nella a al alla per con senza si che non piu molto suo sua nostro nostra su'.split(' ')),
  nl: new Set('de het een en of van in op aan bij met voor zonder uit te is zijn wij we ons onze niet meer zeer om'.split(' ')),
};

export function isStopword(word: string, lang: TradeLang): boolean {
  return STOPWORDS[lang].has(word);
}

/** The stems of a name or term, as the index keys them ("Pet Groomers" → "pet groomer"), edge function words dropped. */
export function phraseKey(phrase: string, lang: TradeLang, deep = false): string {
  const all = words(phrase);
  let start = 0;
  let end = all.length;
  while (start < end && isStopword(all[start]!, lang)) start += 1;
  while (end > start && isStopword(all[end - 1]!, lang)) end -= 1;
  return all.slice(start, end).map((word) => (deep ? deepStem(word, lang) : stem(word, lang))).join(' ');
}

// Where a description says what the business is: the words right after "X is a", "we are", and right before
// "called X". Folded, as tokens.
const CUES_BEFORE_TRADE: Readonly<Record<TradeLang, readonly string[]>> = {
  en: ['is a', 'is an', 'we are', 'we re', 'i am a', 'i m a', 'are a', 'as a'],
  pt: ['e um', 'e uma', 'somos', 'sou', 'somos um', 'somos uma'],
  es: ['es un', 'es una', 'somos', 'soy'],
  fr: ['est un', 'est une', 'nous sommes', 'je suis', 'on est'],
  de: ['ist ein', 'ist eine', 'wir sind', 'ich bin'],
  it: ['e un', 'e una', 'siamo', 'sono'],
  nl: ['is een', 'zijn een', 'wij zijn', 'we zijn', 'ik ben'],
};
const CUES_AFTER_TRADE: Readonly<Record<TradeLang, readonly string[]>> = {
  en: ['called', 'named'],
  pt: ['chamado', 'chamada'],
  es: ['llamado', 'llamada'],
  fr: ['appele', 'appelee', 'nomme', 'nommee'],
  de: ['namens', 'genannt'],
  it: ['chiamato', 'chiamata'],
  nl: ['genaamd', 'genoemd'],
};
/**
 * Words after which a description names someone or something else: whom it serves ("software for restaurants",
 * "wholesale for cafés", "helps nonprofits", "serving restaurants") or a landmark ("behind a laundromat", "next to
 * Lidl").
 */
const ASIDES: Readonly<Record<TradeLang, readonly string[]>> = {
  en: ['for', 'behind', 'next', 'near', 'opposite', 'above', 'beside', 'across', 'upstairs', 'downstairs', 'help', 'helps', 'helping', 'serve', 'serves', 'serving', 'support', 'supports', 'supporting'],
  pt: ['para', 'atras', 'perto', 'junto', 'lado', 'frente', 'acima', 'ajuda', 'ajudamos', 'atende', 'atendemos'],
  es: ['para', 'detras', 'cerca', 'junto', 'lado', 'frente', 'encima', 'ayuda', 'ayudamos', 'atiende', 'atendemos'],
  fr: ['pour', 'derriere', 'pres', 'cote', 'face', 'dessus', 'aide', 'aidons', 'accompagne', 'accompagnons'],
  de: ['fur', 'hinter', 'neben', 'nahe', 'gegenuber', 'uber', 'hilft', 'helfen', 'unterstutzt', 'unterstutzen'],
  it: ['per', 'dietro', 'vicino', 'accanto', 'fronte', 'sopra', 'aiuta', 'aiutiamo', 'supporta', 'supportiamo'],
  nl: ['voor', 'achter', 'naast', 'tegenover', 'boven', 'helpt', 'helpen', 'ondersteunt', 'ondersteunen'],
};
/**
 * A request for the website names the business right after it: "a landing page for a vegan bakery", "un sitio web
 * para una panadería". The word after the site is an aside elsewhere, here it is the trade.
 */
const SITE_WORDS: Readonly<Record<TradeLang, readonly string[]>> = {
  en: ['site', 'website', 'page', 'homepage', 'webpage'],
  pt: ['site', 'pagina'],
  es: ['sitio', 'web', 'pagina'],
  fr: ['site', 'page'],
  de: ['website', 'webseite', 'homepage', 'seite'],
  it: ['sito', 'web', 'pagina'],
  nl: ['website', 'site', 'pagina'],
};
const CUE_WINDOW = 6;
const ASIDE_WINDOW = 3;

export type Cue = 'trade' | 'aside' | 'none';

/** For each token, whether it lies where a description names its own trade, or something else (an aside). */
export function cueMask(tokens: readonly Token[], lang: TradeLang): Cue[] {
  const mask: Cue[] = tokens.map(() => 'none');
  const words = tokens.map((token) => token.word);
  const langs: TradeLang[] = lang === 'en' ? ['en'] : [lang, 'en'];
  const matchesAt = (cue: string, at: number) => cue.split(' ').every((part, offset) => words[at + offset] === part);
  const mark = (from: number, to: number, cue: Cue) => {
    for (let index = Math.max(0, from); index < Math.min(words.length, to); index += 1) mask[index] = cue;
  };
  for (let at = 0; at < words.length; at += 1) {
    for (const cueLang of langs) {
      for (const cue of CUES_BEFORE_TRADE[cueLang]) if (matchesAt(cue, at)) mark(at + cue.split(' ').length, at + cue.split(' ').length + CUE_WINDOW, 'trade');
      for (const cue of CUES_AFTER_TRADE[cueLang]) if (matchesAt(cue, at)) mark(at - CUE_WINDOW, at, 'trade');
    }
  }
  // Customers and landmarks are not the trade, even inside an "is a … for …" sentence.
  for (let at = 0; at < words.length; at += 1) {
    if (!langs.some((cueLang) => ASIDES[cueLang].includes(words[at]!))) continue;
    const isSiteFor = at > 0 && langs.some((cueLang) => SITE_WORDS[cueLang].includes(words[at - 1]!));
    mark(at + 1, at + 1 + (isSiteFor ? CUE_WINDOW : ASIDE_WINDOW), isSiteFor ? 'trade' : 'aside');
  }
  return mask;
}
