// The trade index (trade-index.json, built from the OpenStreetMap iD presets by scripts/build-trade-index.ts)
// compiled once, on first use, into one Map per language from a stemmed word or phrase to the presets it names.
// Matching a description is then a few Map look-ups per word, however many presets there are.
import { z } from 'zod';
import indexFile from './trade-index.json' with { type: 'json' };
import { phraseKey, stem, TRADE_LANGS, words, type TradeLang } from './text.ts';

/**
 * How a phrase belongs to a preset: its name; its name without a generic head, several words ("real estate" of
 * "Real Estate Office") or one ("yoga" of "Yoga Studio", which might also be a passing word); a search term.
 */
export type HitKind = 'name' | 'core' | 'word' | 'term';

export interface Hit {
  preset: number;
  kind: HitKind;
}

export interface Phrase {
  hits: Hit[];
  /** Words in the phrase. */
  length: number;
  /** How many presets share the phrase: a word every restaurant lists ("table") says little about which one. */
  spread: number;
}

export interface CompiledIndex {
  presets: { id: string; label: Partial<Record<TradeLang, string>> }[];
  phrases: Record<TradeLang, Map<string, Phrase>>;
  /** English phrases by the stems of their word families ("plast" for "plasterer" and "plastering"). */
  families: Map<string, Phrase>;
  /** Stems of the generic heads English names end in ("shop", "studio", "agency"), for compounds with a word inside. */
  englishHeads: ReadonlySet<string>;
  longestPhrase: number;
}

const PerLang = z.object(Object.fromEntries(TRADE_LANGS.map((lang) => [lang, z.array(z.string()).optional()])) as Record<TradeLang, z.ZodOptional<z.ZodArray<z.ZodString>>>);
const IndexFile = z.object({
  presets: z.array(z.object({
    id: z.string(),
    label: z.object(Object.fromEntries(TRADE_LANGS.map((lang) => [lang, z.string().optional()])) as Record<TradeLang, z.ZodOptional<z.ZodString>>),
    names: PerLang,
    terms: PerLang,
  })),
});

// Generic heads that the taxonomy adds to a trade's name but people leave out: "Law Office", "Pet Store",
// "Loja de animais", "Tierarztpraxis", "bloemenwinkel". English and German put the head last, the Romance
// languages first (followed by a preposition).
const HEAD_LAST: Partial<Record<TradeLang, ReadonlySet<string>>> = {
  en: new Set(['office', 'shop', 'store', 'facility', 'grounds', 'center', 'centre', 'service', 'services', 'station', 'practitioner', 'fast food', 'parlor', 'parlour', 'salon', 'studio', 'restaurant', 'alley', 'court', 'course', 'range', 'dealership', 'dealer', 'agency']),
  de: new Set(['laden', 'geschaft', 'handlung', 'buro', 'praxis', 'betrieb', 'studio']),
  nl: new Set(['winkel', 'zaak', 'kantoor', 'praktijk', 'bedrijf']),
};
const HEAD_FIRST: Partial<Record<TradeLang, RegExp>> = {
  pt: /^(?:loja|escritorio|servico|centro|casa) (?:de |da |do |das |dos |para )?/,
  es: /^(?:tienda|oficina|servicio|centro|despacho) (?:de |del |para )?/,
  fr: /^(?:magasin|boutique|bureau|cabinet|service|centre) (?:de |du |des |d |pour )?/,
  it: /^(?:negozio|ufficio|servizio|centro|ditta) (?:di |del |della |dei |degli |per )?/,
};

// English names vary their generic head: a "Pet Store" is also a pet shop or pet supplies, a "Law Office" a law
// firm, a "Tattoo Parlor" a tattoo studio. Each name ending in one of these heads also gets the others, unless that
// phrase already names another preset ("coffee shop" is a café, not the "Coffee Store").
const HEAD_VARIANTS: readonly { from: readonly string[]; to: readonly string[] }[] = [
  { from: ['shop', 'store'], to: ['shop', 'store', 'supplies', 'supply', 'outlet'] },
  { from: ['parlor', 'parlour', 'studio', 'salon'], to: ['parlor', 'parlour', 'studio', 'salon', 'shop'] },
  { from: ['office'], to: ['firm', 'agency', 'practice'] },
  { from: ['center', 'centre'], to: ['center', 'centre'] },
  // British hire is American rental: "Tool Rental" is a tool hire, "Car Rental" a car hire.
  { from: ['rental'], to: ['hire'] },
];

function headVariants(foldedName: string): string[] {
  const words = foldedName.split(' ');
  const head = words.at(-1);
  if (words.length < 2 || head === undefined) return [];
  const stem = words.slice(0, -1).join(' ');
  return HEAD_VARIANTS.filter(({ from }) => from.includes(head)).flatMap(({ to }) => to.filter((other) => other !== head).map((other) => `${stem} ${other}`));
}

/**
 * Heads after which one remaining word is still what people call the business ("Yoga Studio" → "yoga", "Law
 * Office" → "law"); after the other heads it is only a hint ("Counselling Centre" → "counselling", but also "Day
 * Center" → "day").
 */
const ONE_WORD_CORE_AFTER: ReadonlySet<string> = new Set(['office', 'shop', 'store', 'service', 'services', 'practitioner', 'fast food', 'parlor', 'parlour', 'salon', 'studio', 'restaurant', 'alley', 'court', 'course', 'range']);
/** English makers name their trade by what they make: "Clockmaker", "Boat Builder", "Stonemason" ("clock", "boat"). */
const MAKER = /^(.{3,}?) ?(maker|builder|smith|keeper|mason|monger|wright|binder|layer|sweeper|cutter)$/;

export interface Core {
  core: string;
  kind: HitKind;
}

/** The name without its generic head, when something specific remains ("law office" → "law"). */
export function coreOf(foldedName: string, lang: TradeLang): Core | undefined {
  const first = HEAD_FIRST[lang];
  if (first && first.test(foldedName)) {
    const core = foldedName.replace(first, '');
    return core ? { core, kind: core.includes(' ') ? 'core' : 'word' } : undefined;
  }
  if (lang === 'en') {
    const maker = MAKER.exec(foldedName);
    if (maker?.[1] && !maker[1].includes(' ')) return { core: maker[1], kind: 'term' };
  }
  for (const head of HEAD_LAST[lang] ?? []) {
    if (foldedName.endsWith(` ${head}`)) {
      const core = foldedName.slice(0, -head.length - 1);
      // "School Grounds" is the school itself.
      if (head === 'grounds') return { core, kind: 'name' };
      return { core, kind: core.includes(' ') ? 'core' : lang !== 'en' || ONE_WORD_CORE_AFTER.has(head) ? 'word' : 'term' };
    }
    // A German or Dutch compound: "tierarztpraxis" → "tierarzt" (keeping at least four letters).
    if (lang !== 'en' && !foldedName.includes(' ') && foldedName.endsWith(head) && foldedName.length - head.length >= 4) {
      return { core: foldedName.slice(0, -head.length).replace(/s$/, ''), kind: 'word' };
    }
  }
  return undefined;
}

let compiled: CompiledIndex | undefined;
let parsed: z.infer<typeof IndexFile> | undefined;

/** The index file, validated once for the trade reader and the vocabulary both. */
function parsedIndex(): z.infer<typeof IndexFile> {
  parsed ??= IndexFile.parse(indexFile);
  return parsed;
}
let vocabulary: ReadonlySet<string> | undefined;

/** True when an English word, or its singular, is one the taxonomy's English names and search terms use ("maintenance", "motors"). */
export function isTradeVocabularyWord(word: string): boolean {
  vocabulary ??= new Set(parsedIndex().presets.flatMap((entry) => [...(entry.names.en ?? []), ...(entry.terms.en ?? [])]).flatMap((phrase) => phrase.toLowerCase().match(/\p{L}+/gu) ?? []));
  const lower = word.toLowerCase();
  return vocabulary.has(lower) || (/s$/u.test(lower) && vocabulary.has(lower.slice(0, -1)));
}

export function compiledIndex(): CompiledIndex {
  compiled ??= compile();
  return compiled;
}

function compile(): CompiledIndex {
  const index = parsedIndex();
  const groupOf = index.presets.map((entry) => entry.id.split('/').slice(0, 2).join('/'));
  const phrases = Object.fromEntries(TRADE_LANGS.map((lang) => [lang, new Map<string, Phrase>()])) as Record<TradeLang, Map<string, Phrase>>;
  const families = new Map<string, Phrase>();
  let longestPhrase = 1;
  const addTo = (map: Map<string, Phrase>, key: string, preset: number, kind: HitKind) => {
    if (!key) return;
    const phrase = map.get(key) ?? { hits: [], length: key.split(' ').length, spread: 0 };
    const existing = phrase.hits.find((hit) => hit.preset === preset);
    // A preset keeps its strongest claim to a phrase: a name beats its core, which beats a term.
    if (!existing) phrase.hits.push({ preset, kind });
    else if (rank(kind) < rank(existing.kind)) existing.kind = kind;
    longestPhrase = Math.max(longestPhrase, phrase.length);
    map.set(key, phrase);
  };
  // Many presets share their terms ("dine", "lunch"): each is stemmed once.
  const keys = new Map<string, string>();
  const keyOf = (text: string, lang: TradeLang, deep: boolean) => {
    const cacheKey = `${lang}${deep ? '+' : ':'}${text}`;
    let key = keys.get(cacheKey);
    if (key === undefined) keys.set(cacheKey, (key = phraseKey(text, lang, deep)));
    return key;
  };
  const add = (lang: TradeLang, text: string, preset: number, kind: HitKind) => {
    addTo(phrases[lang], keyOf(text, lang, false), preset, kind);
    if (lang === 'en') addTo(families, keyOf(text, lang, true), preset, kind);
  };
  const variants: { name: string; preset: number }[] = [];
  index.presets.forEach((entry, preset) => {
    for (const lang of TRADE_LANGS) {
      for (const name of entry.names[lang] ?? []) {
        add(lang, name, preset, 'name');
        if (lang === 'en') variants.push(...headVariants(tokenised(name)).map((variant) => ({ name: variant, preset })));
        const core = coreOf(tokenised(name), lang);
        if (core) add(lang, core.core, preset, core.kind);
      }
      for (const term of entry.terms[lang] ?? []) {
        add(lang, term, preset, 'term');
        // "consulting firm office" is also "consulting firm".
        const core = coreOf(tokenised(term), lang);
        if (core?.core.includes(' ')) add(lang, core.core, preset, 'term');
      }
    }
  });
  for (const { name, preset } of variants) {
    const taken = phrases.en.get(phraseKey(name, 'en'))?.hits.some((hit) => hit.preset !== preset);
    if (!taken) add('en', name, preset, 'name');
  }
  for (const map of [...Object.values(phrases), families]) spreadPhrases(map, groupOf);
  const englishHeads = new Set([...(HEAD_LAST.en ?? []), ...HEAD_VARIANTS.flatMap(({ to }) => to)].filter((head) => !head.includes(' ')).map((head) => stem(head, 'en')));
  return { presets: index.presets.map(({ id, label }) => ({ id, label })), phrases, families, englishHeads, longestPhrase };
}

/**
 * How many trades (key and value: all restaurants are one) a phrase points to. A single word counts every trade
 * with the word anywhere in its phrases, so a generic head ("studio", "school", "shop") weighs little even as a name.
 */
function spreadPhrases(phrases: Map<string, Phrase>, groupOf: readonly string[]): void {
  const groupsWithWord = new Map<string, Set<string>>();
  for (const [key, phrase] of phrases) {
    for (const word of key.split(' ')) {
      const groups = groupsWithWord.get(word) ?? new Set<string>();
      for (const hit of phrase.hits) groups.add(groupOf[hit.preset]!);
      groupsWithWord.set(word, groups);
    }
  }
  for (const [key, phrase] of phrases) {
    phrase.spread = phrase.length === 1 ? (groupsWithWord.get(key)?.size ?? 1) : new Set(phrase.hits.map((hit) => groupOf[hit.preset])).size;
  }
}

const rank = (kind: HitKind) => ['name', 'core', 'word', 'term'].indexOf(kind);

/** Folded words joined by single spaces, so generic heads can be found whatever the punctuation. */
function tokenised(text: string): string {
  return words(text).join(' ');
}
