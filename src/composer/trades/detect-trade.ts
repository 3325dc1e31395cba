// The trade reader: which OpenStreetMap iD preset a business description is about. It finds the presets' names
// and search terms in the description as whole stemmed words and phrases — in the description's language and in
// English, which people mix in ("Shisha lounge" in a German text) — and weighs each find: a name above a term,
// a long phrase above the words inside it, a rare phrase above one many presets share, and what the first words
// or the words after "is a" / "we are" say above a passing mention. When the best trade does not clearly
// beat the others, the answer says so (confidence 'low') and the composer keeps to a neutral layout.
import { compiledIndex, type CompiledIndex, type HitKind, type Phrase } from './compile.ts';
import { familyOf, type LayoutFamily } from './family-map.ts';
import { cueMask, deepStem, isStopword, stem, tokenize, type Token, type TradeLang } from './text.ts';

export interface TradeMatch {
  /** The iD preset id ("amenity/veterinary"). */
  preset: string;
  /** The preset's name in the description's language, else in English. */
  label: string;
  /** The layout family whose template is true for the trade; null for the neutral layout (always when unsure). */
  family: LayoutFamily | null;
  confidence: 'high' | 'low';
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
}

interface Tally {
  named: boolean;
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
}

export function detectTrade(text: string, lang: TradeLang): TradeMatch | undefined {
  const ranked = rankTrades(text, lang);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return undefined;
  const rival = ranked.find((entry) => keyValue(entry.id) !== keyValue(best.id));
  const lead = best.named ? HIGH_LEAD : HIGH_LEAD_WITHOUT_NAME;
  const sure = best.score >= HIGH_SCORE && (!rival || best.score >= lead * rival.score);
  const labels = compiledIndex().presets[best.preset]!.label;
  // Only a sure answer that names the trade brings a family's content; anything less keeps the neutral layout.
  return { preset: best.id, label: labels[lang] ?? labels.en ?? best.id, family: sure && best.named ? familyOf(best.id) : null, confidence: sure ? 'high' : 'low' };
}

/** Every preset the description points to, best first (ties: a named one, then by id, so the order is stable). */
export function rankTrades(text: string, lang: TradeLang): RankedTrade[] {
  const index = compiledIndex();
  const tokens = tokenize(text);
  const cues = cueMask(tokens, lang);
  const native = findPhrases(tokens, lang, index);
  // Words the description's own language knows are read in that language ("bodega" in Spanish is a winery).
  // English in another language is taken only as whole English words of some length, not through word families.
  const english = lang === 'en' ? [] : findPhrases(tokens, 'en', index).filter((find) => !find.derived && (find.phrase.length > 1 || find.key.length >= MIN_ENGLISH_WORD) && !native.some((other) => other.start <= find.start && other.end >= find.end));
  const finds = [...native, ...english];
  // Prefer the longest phrase: a word inside a longer find ("pet" in "pet grooming") is not a find of its own.
  const kept = finds.filter((find) => !finds.some((other) => other.end - other.start > find.end - find.start && other.start <= find.start && other.end >= find.end));

  const heads = headsOfCompounds(kept, tokens);
  const tallies = new Map<number, Tally>();
  for (const find of kept) {
    const position = (1 + (OPENING - 1) * (tokens[find.start]?.opening ?? 0)) * CUE_FACTOR[cues[find.start] ?? 'none'];
    const context = position * (find.lang === lang ? 1 : ENGLISH_IN_OTHER_LANGUAGE) * (find.partial ? COMPOUND_PART : 1) * (heads.has(find) ? GENERIC_HEAD : 1);
    const shape = (1 + PER_EXTRA_WORD * (find.phrase.length - 1)) / Math.sqrt(find.phrase.spread);
    for (const hit of find.phrase.hits) {
      const kind = find.derived ? 'term' : hit.kind;
      const weight = KIND_WEIGHT[kind] * shape * context;
      const tally = tallies.get(hit.preset) ?? { named: false, phrases: new Map() };
      const label = `${find.lang}:${find.key}`;
      const seen = tally.phrases.get(label) ?? { weight: 0, count: 0 };
      tally.phrases.set(label, { weight: Math.max(seen.weight, weight), count: seen.count + 1 });
      tally.named ||= kind !== 'term';
      tallies.set(hit.preset, tally);
    }
  }
  const ranked = [...tallies].map(([preset, tally]): RankedTrade => ({ preset, id: index.presets[preset]!.id, named: tally.named, score: scoreOf(tally), finds: tally.phrases }));
  return ranked.sort((a, b) => b.score - a.score || Number(b.named) - Number(a.named) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function scoreOf(tally: Tally): number {
  const weights = [...tally.phrases.values()].map(({ weight, count }) => weight * (1 + REPEAT_SHARE * Math.min(count - 1, MAX_REPEATS)));
  return weights.sort((a, b) => b - a).reduce((score, weight, rank) => score + weight * FURTHER_PHRASE ** rank, 0);
}

/**
 * Finds that are the generic head of a compound whose other part is more specific: the later of two adjacent finds
 * in English, German or Dutch ("pottery studio"), the earlier one before "of"/"de"/"di" ("estudio de tatuajes").
 */
function headsOfCompounds(finds: readonly Find[], tokens: readonly Token[]): Set<Find> {
  const heads = new Set<Find>();
  for (const head of finds) {
    for (const other of finds) {
      const specific = other.phrase.spread < head.phrase.spread;
      const before = GERMANIC.has(head.lang) && other.end === head.start;
      const linked = head.end + 1 === other.start && LINKS.has(tokens[head.end]?.word ?? '');
      if (specific && (before || linked)) heads.add(head);
    }
  }
  return heads;
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
