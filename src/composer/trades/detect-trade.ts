// The trade reader: which OpenStreetMap iD preset a business description is about. It finds the presets' names
// and search terms in the description as whole stemmed words and phrases — in the description's language and in
// English, which people mix in ("Shisha lounge" in a German text) — and weighs each find: a name above a term,
// a long phrase above the words inside it, a rare phrase above one many presets share, and what the first words
// or the words after "is a" / "we are" say above a passing mention. When the best trade does not clearly
// beat the others, the answer says so (confidence 'low') and the composer keeps to a neutral layout.
import { compiledIndex, type CompiledIndex, type HitKind, type Phrase } from './compile.ts';
import { familyOf, type LayoutFamily } from './family-map.ts';
import { cueMask, deepStem, isStopword, stem, tokenize, words, writtenWords, type Token, type TradeLang } from './text.ts';

export interface TradeMatch {
  /** The iD preset id ("amenity/veterinary"). */
  preset: string;
  /** The preset's name in the description's language, else in English. */
  label: string;
  /** The layout family whose template is true for the trade; null for the neutral layout (always when unsure). */
  family: LayoutFamily | null;
  confidence: 'high' | 'low';
  /** Found by a name of the trade (or its core), not only by search terms. */
  named: boolean;
  /**
   * Another trade is named about as strongly (within the lead a sure answer needs): "café" and "coffee store" both
   * named by "coffee". Without one, an unsure answer's doubt comes only from search terms ("bike" is also a term of
   * bicycle rental).
   */
  hasNamedRival: boolean;
  /** How strongly the description points to it (a sure answer needs HIGH_SCORE = 3). */
  score: number;
  /** The words that say the trade most strongly, as the description writes them ("apiary", "Shisha lounge"). */
  written: string | undefined;
}

const KIND_WEIGHT: Readonly<Record<HitKind, number>> = { name: 2, core: 1.5, word: 1, term: 1 };
/** Each extra word of a phrase: "pet grooming" says more than "pet" and "grooming" apart. */
const PER_EXTRA_WORD = 0.5;
/** The first words of a description say what it is: the first counts this much, the fifteenth hardly more. */
const OPENING = 4;
/** Right after "is a" / "we are" a description says what it is; right after "for" it says whom it serves. */
const CUE_FACTOR = { trade: 1.5, aside: 0.4, none: 1 } as const;
/** An English phrase in a description in another language: likely meant, a little less so. */
const ENGLISH_IN_OTHER_LANGUAGE = 0.8;
const MIN_ENGLISH_WORD = 4;
/** Part of a German or Dutch compound ("Dachdecker" in "Dachdeckermeisterbetrieb"). */
const COMPOUND_PART = 0.6;
/** The generic head of a compound ("studio" in "pottery studio", "clinic" in "veterinary clinic"). */
const GENERIC_HEAD = 0.5;
const GERMANIC: ReadonlySet<TradeLang> = new Set(['en', 'de', 'nl']);
/** Words that join a head to what specifies it: "school of music", "escuela de música", "salle d'escalade". */
const LINKS: ReadonlySet<string> = new Set(['of', 'de', 'da', 'do', 'das', 'dos', 'di', 'del', 'della', 'dei', 'degli', 'du', 'des', 'd', 'van']);
/** A phrase said again adds this share of its weight, twice at most: a list of mugs is still one shop. */
const REPEAT_SHARE = 0.5;
const MAX_REPEATS = 2;
/** Each further phrase of a preset counts this much less than the one before: many weak hints are not one name. */
const FURTHER_PHRASE = 0.6;

/**
 * A search term inside the business name before its last word: names are chosen for their sound ("Harbor Realty" is
 * an estate agent, "Field & Form" a design studio), and only their last word may say the trade ("Golden Crust
 * Bakery", "Loch View Campsite") — unless the name is a pair of words ("Lavender & Salt" is a day spa, "Olive &
 * Ember" a restaurant).
 */
const TERM_IN_NAME = 0.25;

/** Below this score nothing is said at all. */
const MIN_SCORE = 1;
/** A sure answer needs this score and this lead over the best different trade: a larger one without a name. */
const HIGH_SCORE = 3;
const HIGH_LEAD = 1.5;
const HIGH_LEAD_WITHOUT_NAME = 2.5;
const COMPOUND_LANGS: ReadonlySet<TradeLang> = new Set(['de', 'nl']);
const MIN_COMPOUND_PART = 5;

interface Find {
  start: number;
  end: number;
  lang: TradeLang;
  key: string;
  phrase: Phrase;
  partial: boolean;
  /** Found only through the word family ("plumbing" for "Plumber"): a hint, not the name. */
  derived: boolean;
  /** Found with a word inside ("bike repair shop" for "Bike Shop"). */
  inside?: boolean;
}

interface Tally {
  named: boolean;
  /** The tokens of the heaviest find that names the trade (else of the heaviest find), and its weight. */
  strongest?: { start: number; end: number; weight: number; isName: boolean };
  /** Per phrase: its best weight and how often it was found. */
  phrases: Map<string, { weight: number; count: number }>;
}

export interface RankedTrade {
  preset: number;
  id: string;
  score: number;
  /** Found by a name or a core of one, not only by terms. */
  named: boolean;
  /** What was found for it, and what each find weighed (for tests and tuning). */
  finds: Map<string, { weight: number; count: number }>;
  /** The tokens of its heaviest find of its own. */
  strongest: { start: number; end: number } | undefined;
}

export interface TradeOptions {
  /** The business name as the description writes it, when known. */
  name?: string | undefined;
}

export function detectTrade(text: string, lang: TradeLang, options: TradeOptions = {}): TradeMatch | undefined {
  const ranked = rankTrades(text, lang, options);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return undefined;
  const rival = ranked.find((entry) => keyValue(entry.id) !== keyValue(best.id));
  const lead = best.named ? HIGH_LEAD : HIGH_LEAD_WITHOUT_NAME;
  const sure = best.score >= HIGH_SCORE && (!rival || best.score >= lead * rival.score);
  const hasNamedRival = ranked.some((entry) => entry.named && keyValue(entry.id) !== keyValue(best.id) && best.score < HIGH_LEAD * entry.score);
  const labels = compiledIndex().presets[best.preset]!.label;
  // Only a sure answer that names the trade brings a family's content; anything less keeps the neutral layout.
  return {
    preset: best.id,
    label: labels[lang] ?? labels.en ?? best.id,
    family: sure && best.named ? familyOf(best.id) : null,
    confidence: sure ? 'high' : 'low',
    named: best.named,
    hasNamedRival,
    score: best.score,
    written: best.strongest === undefined ? undefined : writtenWords(text, best.strongest.start, best.strongest.end),
  };
}

/** True when `phrase` opens with the name of a trade: "marisqueira em Matosinhos", "organic grocer in Bristol". */
export function opensWithTradeName(phrase: string, lang: TradeLang): boolean {
  const best = rankTrades(phrase, lang)[0];
  return best !== undefined && best.named && best.strongest?.start === 0;
}

/** True when `phrase` ends with the name of a trade: "fur & feather pet sitting", "moss & mortar stonemasons". */
export function endsWithTradeName(phrase: string, lang: TradeLang): boolean {
  const best = rankTrades(phrase, lang)[0];
  return best !== undefined && best.named && best.strongest?.end === tokenize(phrase).length;
}

/** Every preset the description points to, best first (ties: a named one, then by id, so the order is stable). */
export function rankTrades(text: string, lang: TradeLang, options: TradeOptions = {}): RankedTrade[] {
  const index = compiledIndex();
  const tokens = tokenize(text);
  const cues = cueMask(tokens, lang);
  const inName = nameMask(tokens, lang, options.name);
  const native = findPhrases(tokens, lang, index);
  // Words the description's own language knows are read in that language ("bodega" in Spanish is a winery).
  // English in another language is taken only as whole English words of some length, not through word families.
  const english = lang === 'en' ? [] : findPhrases(tokens, 'en', index).filter((find) => !find.derived && (find.phrase.length > 1 || find.key.length >= MIN_ENGLISH_WORD) && !native.some((other) => other.start <= find.start && other.end >= find.end));
  const finds = [...native, ...english];
  // Prefer the longest phrase: a word inside a longer find ("pet" in "pet grooming") is not a find of its own.
  const kept = finds.filter((find) => !finds.some((other) => other.end - other.start > find.end - find.start && other.start <= find.start && other.end >= find.end));
  // A name with a word inside ("bike repair shop" is a bike shop, "candle and ceramics shop" a candle shop) adds to
  // what the words say, and takes nothing from it: the repair shop is still found.
  if (lang === 'en') kept.push(...compoundsWithAWordInside(tokens, index, finds));

  const heads = headsOfCompounds(kept, tokens, index);
  const tallies = new Map<number, Tally>();
  for (const find of kept) {
    const position = (1 + (OPENING - 1) * (tokens[find.start]?.opening ?? 0)) * CUE_FACTOR[cues[find.start] ?? 'none'];
    const context = position * (find.lang === lang ? 1 : ENGLISH_IN_OTHER_LANGUAGE) * (find.partial ? COMPOUND_PART : 1) * (heads.has(find) ? GENERIC_HEAD : 1) * (find.inside ? WORD_INSIDE : 1);
    const shape = (1 + PER_EXTRA_WORD * (find.phrase.length - 1)) / Math.sqrt(find.phrase.spread);
    const isNameWord = inName[find.start] === 'sound' && inName[find.end - 1] === 'sound';
    const isObject = lang === 'en' && isObjectOfActivity(find, tokens, kept);
    for (const hit of find.phrase.hits) {
      const kind = find.derived || (isObject && hit.kind === 'word') ? 'term' : hit.kind;
      const weight = KIND_WEIGHT[kind] * shape * context * (isNameWord && hit.kind === 'term' && !find.derived ? TERM_IN_NAME : 1);
      const tally: Tally = tallies.get(hit.preset) ?? { named: false, phrases: new Map() };
      const label = `${find.lang}:${find.key}`;
      const seen = tally.phrases.get(label) ?? { weight: 0, count: 0 };
      tally.phrases.set(label, { weight: Math.max(seen.weight, weight), count: seen.count + 1 });
      tally.named ||= kind !== 'term';
      const isName = kind !== 'term';
      const strongest = tally.strongest;
      if (!strongest || (isName && !strongest.isName) || (isName === strongest.isName && weight > strongest.weight)) tally.strongest = { start: find.start, end: find.end, weight, isName };
      tallies.set(hit.preset, tally);
    }
  }
  inheritFromParents(tallies, index);
  const ranked = [...tallies].map(([preset, tally]): RankedTrade => ({ preset, id: index.presets[preset]!.id, named: tally.named, score: scoreOf(tally), finds: tally.phrases, strongest: tally.strongest }));
  return ranked.sort((a, b) => b.score - a.score || Number(b.named) - Number(a.named) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A name of two words joined by "&" or "and": both are chosen for their sound ("Wick & Clay", "Salt and Stone"). */
const PAIR_NAME = /^\s*\p{L}+\s*(?:&|\+|\band\b)\s*\p{L}+\s*$/u;
/** Company forms after the head of a name ("Party Hire Co", "Glanzwerk Gebäudereinigung GmbH"). */
const COMPANY_FORMS: ReadonlySet<string> = new Set(['co', 'company', 'ltd', 'limited', 'inc', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'kg', 'bv', 'nv', 'sa', 'sl', 'srl', 'spa', 'lda', 'sarl', 'sas']);
/** The Romance languages put the head of a name first ("Bodega Los Álamos", "Agriturismo Il Poggio"). */
const HEAD_FIRST_LANGS: ReadonlySet<TradeLang> = new Set(['pt', 'es', 'fr', 'it']);
/** Longer "names" are descriptions the name reader took for one ("Antique clock restoration and repair"). */
const MAX_NAME_WORDS = 4;

type NameWord = 'sound' | 'head' | undefined;

/** For each token, whether it is a word of the business name (its first occurrence) chosen for its sound, or its head. */
function nameMask(tokens: readonly Token[], lang: TradeLang, name: string | undefined): NameWord[] {
  const mask: NameWord[] = tokens.map(() => undefined);
  const nameWords = name === undefined ? [] : words(name);
  if (nameWords.length === 0 || nameWords.length > MAX_NAME_WORDS) return mask;
  const at = tokens.findIndex((_, start) => nameWords.every((word, offset) => tokens[start + offset]?.word === word));
  if (at < 0) return mask;
  let last = nameWords.length - 1;
  while (last > 0 && COMPANY_FORMS.has(nameWords[last]!)) last -= 1;
  let first = 0;
  while (first < last && (isStopword(nameWords[first]!, lang) || nameWords[first]!.length === 1)) first += 1;
  const isPair = PAIR_NAME.test(name ?? '');
  nameWords.forEach((_, offset) => {
    const isHead = !isPair && (offset === last || (offset === first && HEAD_FIRST_LANGS.has(lang)));
    mask[at + offset] = isHead ? 'head' : 'sound';
  });
  return mask;
}

/**
 * A food bank is a social facility: what a description says of the parent preset ("nonprofit", "community") also
 * speaks for a child preset it names ("food pantry"), so the child is not outranked by its own parent.
 */
const CHILD_SHARE = 0.5;

function inheritFromParents(tallies: Map<number, Tally>, index: CompiledIndex): void {
  const presetById = new Map(index.presets.map((entry, preset) => [entry.id, preset]));
  for (const [preset, tally] of [...tallies]) {
    const id = index.presets[preset]!.id;
    for (let parentId = id.slice(0, id.lastIndexOf('/')); parentId.includes('/'); parentId = parentId.slice(0, parentId.lastIndexOf('/'))) {
      const parent = tallies.get(presetById.get(parentId) ?? -1);
      if (!parent) continue;
      // Only a child named about as strongly as its parent: a passing "workwear" is no workwear store.
      const own = Math.max(0, ...[...tally.phrases].filter(([label]) => !parent.phrases.has(label)).map(([, find]) => find.weight));
      if (own < CHILD_SHARE * Math.max(...[...parent.phrases.values()].map((find) => find.weight))) continue;
      for (const [label, find] of parent.phrases) if (!tally.phrases.has(label)) tally.phrases.set(label, { ...find });
    }
  }
}

function scoreOf(tally: Tally): number {
  const weights = [...tally.phrases.values()].map(({ weight, count }) => weight * (1 + REPEAT_SHARE * Math.min(count - 1, MAX_REPEATS)));
  return weights.sort((a, b) => b - a).reduce((score, weight, rank) => score + weight * FURTHER_PHRASE ** rank, 0);
}

/**
 * Finds that are the generic head of a compound whose other part is more specific: the later of two adjacent finds
 * in English, German or Dutch ("pottery studio"), the earlier one before "of"/"de"/"di" ("estudio de tatuajes").
 */
function headsOfCompounds(finds: readonly Find[], tokens: readonly Token[], index: CompiledIndex): Set<Find> {
  const heads = new Set<Find>();
  for (const head of finds) {
    const spread = genericSpread(head, index);
    for (const other of finds) {
      const specific = other.phrase.spread < spread;
      const before = GERMANIC.has(head.lang) && other.end === head.start;
      const linked = head.end + 1 === other.start && LINKS.has(tokens[head.end]?.word ?? '');
      if (specific && (before || linked)) heads.add(head);
    }
  }
  return heads;
}

/**
 * A word that names a trade only as what is left of its name ("pet" of "Pet Store") followed by an activity the
 * taxonomy does not know ("pet sitting", "dog walking"): the business does that activity to it, and does not sell it.
 */
function isObjectOfActivity(find: Find, tokens: readonly Token[], finds: readonly Find[]): boolean {
  const next = tokens[find.end]?.word;
  if (find.phrase.length !== 1 || next === undefined || !/^\p{L}{3,}ing$/u.test(next)) return false;
  return !finds.some((other) => other.start <= find.start && other.end > find.end);
}

/** Coordinators that join two specifiers of one head ("candle and ceramics shop"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'n']);
/** A name found with a word inside counts a little less than the name as written. */
const WORD_INSIDE = 0.8;

/**
 * English names of the form "specifier head" ("bike shop", "yoga studio") found with one more word inside: a word
 * that specifies the head further ("bike repair shop") or a second specifier after "and" ("candle and ceramics shop").
 */
function compoundsWithAWordInside(tokens: readonly Token[], index: CompiledIndex, finds: readonly Find[]): Find[] {
  const phrases = index.phrases.en;
  const compounds: Find[] = [];
  const stems = tokens.map((token) => (isStopword(token.word, 'en') ? '' : stem(token.word, 'en')));
  for (let head = 2; head < tokens.length; head += 1) {
    if (!index.englishHeads.has(stems[head]!)) continue;
    // The words left out: one word, or a coordinator and the word after it.
    const gaps = COORDINATORS.has(tokens[head - 2]!.word) ? [1, 2] : [1];
    for (const gap of gaps) {
      const end = head - gap;
      if (!stems[end - 1] || (gap === 1 && !stems[head - 1])) continue;
      for (let start = end - 1; start >= Math.max(0, end - 2); start -= 1) {
        if (!stems[start]) break;
        // The specifier is not the end of a longer phrase: "dry cleaning and laundry service" is no cleaning service.
        if (finds.some((find) => find.start < start && find.end > start)) continue;
        const key = `${stems.slice(start, end).join(' ')} ${stems[head]}`;
        const phrase = phrases.get(key);
        if (phrase && !finds.some((find) => find.start === start && find.end === head + 1)) {
          compounds.push({ start, end: head + 1, lang: 'en', key, phrase, partial: false, derived: false, inside: true });
        }
      }
    }
  }
  return compounds;
}

/**
 * How many trades a find could be: a name made of one word and a generic head ("repair shop", "design studio") is as
 * generic as its word, which many trades share ("bike repair shop" is a bike shop).
 */
function genericSpread(find: Find, index: CompiledIndex): number {
  const words = find.key.split(' ');
  if (find.lang !== 'en' || words.length !== 2 || !index.englishHeads.has(words[1]!)) return find.phrase.spread;
  return Math.max(find.phrase.spread, index.phrases.en.get(words[0]!)?.spread ?? 1);
}

/** "shop/car/second_hand" and "shop/car" are the same trade for rivalry: "shop/car". */
function keyValue(id: string): string {
  return id.split('/').slice(0, 2).join('/');
}

/** Every phrase of the index found in the tokens, for one language's stems. */
function findPhrases(tokens: readonly Token[], lang: TradeLang, index: CompiledIndex): Find[] {
  const phrases = index.phrases[lang];
  const stems = tokens.map((token) => (isStopword(token.word, lang) ? '' : stem(token.word, lang)));
  const familyStems = lang === 'en' ? tokens.map((token) => (isStopword(token.word, lang) ? '' : deepStem(token.word, lang))) : undefined;
  const finds: Find[] = [];
  for (let start = 0; start < stems.length; start += 1) {
    if (!stems[start]) continue;
    let key = '';
    let familyKey = '';
    for (let end = start + 1; end <= Math.min(stems.length, start + index.longestPhrase); end += 1) {
      // Function words may sit inside a phrase ("bed and breakfast"), never at its edge.
      key = end === start + 1 ? stems[start]! : `${key} ${stems[end - 1] || tokens[end - 1]!.word}`;
      const phrase = phrases.get(key);
      if (phrase) finds.push({ start, end, lang, key, phrase, partial: false, derived: false });
      if (!familyStems) continue;
      familyKey = end === start + 1 ? familyStems[start]! : `${familyKey} ${familyStems[end - 1] || tokens[end - 1]!.word}`;
      // The word family adds the presets the exact words did not already find ("landscapes" → "landscaper").
      const family = index.families.get(familyKey);
      const hits = family?.hits.filter((hit) => !phrase?.hits.some((exact) => exact.preset === hit.preset));
      if (family && hits?.length) finds.push({ start, end, lang, key: familyKey, phrase: { ...family, hits }, partial: false, derived: true });
    }
    if (COMPOUND_LANGS.has(lang) && !phrases.has(stems[start]!)) {
      const part = compoundPart(tokens[start]!.word, lang, phrases);
      if (part) finds.push({ start, end: start + 1, lang, key: part.key, phrase: part.phrase, partial: true, derived: false });
    }
  }
  return finds;
}

/** The longest single-word phrase that begins or ends a compound word, if any ("physiotherapie" in "Sportphysiotherapie"). */
function compoundPart(word: string, lang: TradeLang, phrases: ReadonlyMap<string, Phrase>): { key: string; phrase: Phrase } | undefined {
  for (let length = word.length - 1; length >= MIN_COMPOUND_PART; length -= 1) {
    for (const part of [word.slice(0, length), word.slice(word.length - length)]) {
      for (const key of [part, stem(part, lang)]) {
        const phrase = phrases.get(key);
        if (phrase && phrase.length === 1) return { key, phrase };
      }
    }
  }
  return undefined;
}
