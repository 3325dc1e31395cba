// Builds src/composer/trades/trade-index.json, the taxonomy the trade reader matches descriptions against: the
// business-like presets of the OpenStreetMap iD tagging schema with their names and search terms in PageHub's
// languages. Run `npx tsx scripts/build-trade-index.ts` after upgrading @openstreetmap/id-tagging-schema; a test
// (src/composer/trades/detect-trade.test.ts) rebuilds the index in memory and fails when the committed one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

export const INDEX_FILE = new URL('../src/composer/trades/trade-index.json', import.meta.url);

/** PageHub's languages and the schema's translations read for each: regional variants add what people write. */
const SOURCES = {
  en: ['en', 'en-GB'],
  pt: ['pt', 'pt-BR'],
  es: ['es'],
  fr: ['fr'],
  de: ['de'],
  it: ['it'],
  nl: ['nl'],
} as const;
type Lang = keyof typeof SOURCES;
const LANGS = Object.keys(SOURCES) as Lang[];

// Which presets are businesses or organisations with a website of their own. Whole keys whose every value is one
// (a shop, a craft, an office…) are kept except for the listed values; keys that mostly tag street furniture or
// public infrastructure (amenity, leisure, tourism…) keep only the listed values.
const KEEP_ALL_EXCEPT: Record<string, readonly string[]> = {
  shop: ['yes', 'vacant'],
  craft: [],
  office: ['yes', 'administrative', 'diplomatic', 'government', 'forestry', 'political_party', 'water_utility', 'energy_supplier', 'quango'],
  healthcare: ['yes'],
  club: [],
  education: ['yes'],
};
const KEEP_ONLY: Record<string, readonly string[]> = {
  amenity: [
    'animal_boarding', 'animal_breeding', 'animal_shelter', 'arts_centre', 'bank', 'bar', 'biergarten', 'bicycle_rental',
    'boat_rental', 'boat_storage', 'bureau_de_change', 'cafe', 'car_rental', 'car_wash', 'casino', 'childcare', 'cinema',
    'clinic', 'college', 'community_centre', 'conference_centre', 'coworking_space', 'crematorium', 'dancing_school',
    'dentist', 'dive_centre', 'doctors', 'dojo', 'driver_training', 'driving_school', 'events_venue', 'exhibition_centre',
    'fast_food', 'food_court', 'fuel', 'funeral_hall', 'gambling', 'hookah_lounge', 'hospital', 'ice_cream',
    'internet_cafe', 'karaoke_box', 'kindergarten', 'language_school', 'library', 'love_hotel', 'marketplace',
    'money_transfer', 'mortuary', 'motorcycle_rental', 'music_school', 'nightclub', 'nursing_home', 'pharmacy',
    'place_of_worship', 'planetarium', 'prep_school', 'pub', 'public_bath', 'restaurant', 'school', 'social_centre',
    'social_facility', 'studio', 'stripclub', 'swingerclub', 'theatre', 'toy_library', 'university', 'vehicle_inspection',
    'veterinary', 'veterinary_pharmacy',
  ],
  leisure: [
    'adult_gaming_centre', 'amusement_arcade', 'beach_resort', 'bowling_alley', 'dance', 'disc_golf_course', 'escape_game',
    'fitness_centre', 'golf_course', 'hackerspace', 'horse_riding', 'ice_rink', 'indoor_play', 'marina', 'miniature_golf',
    'pitch', 'resort', 'sauna', 'sports_centre', 'summer_camp', 'trampoline_park', 'water_park',
  ],
  tourism: [
    'alpine_hut', 'apartment', 'aquarium', 'attraction', 'camp_site', 'caravan_site', 'chalet', 'gallery', 'guest_house',
    'hostel', 'hotel', 'information', 'motel', 'museum', 'theme_park', 'trail_riding_station', 'zoo',
  ],
  // Attractions that are businesses of their own, not rides inside a theme park.
  attraction: ['bungee_jumping', 'maze', 'summer_toboggan', 'train'],
  // Land uses that are run as businesses selling to visitors.
  landuse: ['aquaculture', 'plant_nursery'],
};
/** Sub-presets of kept values that are parts of a place, not businesses (a javelin runway, a welcome sign). */
const DROP_PREFIXES = ['leisure/pitch/athletics', 'tourism/information/'];
const KEEP_INFORMATION = ['tourism/information/office', 'tourism/information/visitor_centre'];

/**
 * English names and terms the schema's English strings lack but its other languages give the same preset: people
 * write them in English too. Each line says where it comes from; nothing here comes from outside the schema.
 */
const ENGLISH_FROM_OTHER_LANGUAGES: Record<string, { names?: readonly string[]; terms?: readonly string[] }> = {
  // es names it "Casa de huéspedes / B&B"; pt, de, it and nl list "bed and breakfast" / "B&B" among its terms.
  'tourism/guest_house': { names: ['bed and breakfast', 'b&b'] },
  // pt "loja de plantas", "plantas" (a garden centre sells plants).
  'shop/garden_centre': { terms: ['plant shop', 'plant store', 'plants'] },
  // pt and es "plantas", nl "plantenkwekerij".
  'landuse/plant_nursery': { terms: ['plants'] },
  // pt "creche para animais", es "guardería", nl "hondenhotel", "huisdierenpension".
  'amenity/animal_boarding': { terms: ['pet daycare', 'dog daycare', 'dog hotel', 'pet boarding'] },
  // pt "massagem", "massagista", "spa"; es "spa"; de "Masseur".
  'shop/massage': { terms: ['massage', 'massage therapist', 'masseur', 'spa'] },
  // pt and de "consulting", fr "consultant", pt "consultor".
  'office/consulting': { terms: ['consulting', 'consultant', 'consultancy'] },
  // pt and fr "designer", pt "designer gráfico".
  'office/graphic_design': { terms: ['designer', 'graphic designer'] },
  // pt "groomer", "grooming".
  'shop/pet_grooming': { terms: ['groomer', 'grooming'] },
  // de "Fotostudio", "Fotoatelier"; pt and it "fotografia", nl "fotografie".
  'craft/photographer': { terms: ['photography', 'photo studio', 'photography studio'] },
};

/**
 * American English names the schema's English lacks for a preset it names in British English: a US estate agent is
 * a realtor, its firm a realty.
 */
const AMERICAN_ENGLISH: Record<string, { names?: readonly string[]; terms?: readonly string[] }> = {
  'office/estate_agent': { names: ['realtor', 'realty'] },
};

const Preset = z.object({
  tags: z.record(z.string(), z.string()).optional(),
  searchable: z.boolean().optional(),
  replacement: z.string().optional(),
  reference: z.object({ key: z.string(), value: z.string().optional() }).optional(),
});
type Preset = z.infer<typeof Preset>;
const Terms = z.union([z.string(), z.array(z.string())]).optional();
const Strings = z.object({ name: z.string().optional(), terms: Terms, aliases: Terms });
type Strings = z.infer<typeof Strings>;
const Deprecated = z.array(z.object({ old: z.record(z.string(), z.string()), replace: z.record(z.string(), z.string()).optional() }));

export interface TradeIndexEntry {
  id: string;
  /** The preset's name per language, as the schema writes it (for display). */
  label: Partial<Record<Lang, string>>;
  /** Lower-cased names and aliases per language: what a business calls itself. */
  names: Partial<Record<Lang, string[]>>;
  /** Lower-cased search terms per language: words that hint at the trade. */
  terms: Partial<Record<Lang, string[]>>;
}
export interface TradeIndex {
  schemaVersion: string;
  languages: Lang[];
  presets: TradeIndexEntry[];
}

const requireFromHere = createRequire(import.meta.url);
function readSchemaFile(path: string): unknown {
  return JSON.parse(readFileSync(requireFromHere.resolve(`@openstreetmap/id-tagging-schema/${path}`), 'utf8'));
}

function isBusinessLike(id: string): boolean {
  const [key, value] = id.split('/');
  if (value === undefined || key === undefined) return false; // a bare key ("shop") says nothing about the trade
  if (KEEP_INFORMATION.includes(id)) return true;
  if (DROP_PREFIXES.some((prefix) => id.startsWith(prefix))) return false;
  const except = KEEP_ALL_EXCEPT[key];
  if (except) return !except.includes(value);
  return KEEP_ONLY[key]?.includes(value) ?? false;
}

/**
 * A non-searchable preset is only an old or alternative tagging of a searchable one when such a sibling exists:
 * the one it refers to, the one its tags are deprecated in favour of, one with the same value or English name, or
 * one that lists its English name among its terms ("Physician" is a term of "Doctor").
 */
function hasSearchableSibling(id: string, preset: Preset, kept: ReadonlyMap<string, Preset>, english: (id: string) => Strings | undefined, replacedBy: (tags: Record<string, string>) => string | undefined): boolean {
  const searchable = [...kept].filter(([otherId, other]) => otherId !== id && other.searchable !== false).map(([otherId]) => otherId);
  const value = id.split('/').at(-1);
  const name = english(id)?.name?.toLowerCase();
  const candidates = new Set([
    preset.replacement,
    preset.reference?.value ? `${preset.reference.key}/${preset.reference.value}` : undefined,
    replacedBy(preset.tags ?? {}),
  ]);
  return searchable.some((other) => {
    const strings = english(other);
    const sameName = name !== undefined && strings?.name?.toLowerCase() === name;
    const inTerms = name !== undefined && listOf(strings?.terms).some((term) => term.toLowerCase() === name);
    return candidates.has(other) || other.split('/').at(-1) === value || sameName || inTerms;
  });
}

/** A name like "Gym / Fitness Center" or "Slipway (Drivable)" is several names, without the parenthesis. */
function splitName(name: string): string[] {
  return name.replace(/\([^)]*\)/g, ' ').split(/\s+\/\s+/).map((part) => part.trim()).filter(Boolean);
}
function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : value.split(',')).map((entry) => entry.trim()).filter(Boolean);
}
const lower = (values: Iterable<string>) => [...new Set([...values].map((value) => value.toLowerCase()))];
const sorted = (values: string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function buildTradeIndex(): TradeIndex {
  const presets = z.record(z.string(), Preset).parse(readSchemaFile('dist/presets.min.json'));
  const deprecated = Deprecated.parse(readSchemaFile('dist/deprecated.min.json'));
  const translations = new Map<string, Record<string, Strings>>();
  for (const locale of LANGS.flatMap((lang) => SOURCES[lang])) {
    const file = z.record(z.string(), z.object({ presets: z.object({ presets: z.record(z.string(), Strings) }) }));
    const parsed = file.parse(readSchemaFile(`dist/translations/${locale}.min.json`))[locale];
    translations.set(locale, parsed?.presets.presets ?? {});
  }
  const english = (id: string) => translations.get('en')?.[id];
  const tagsKey = (tags: Record<string, string>) => JSON.stringify(Object.entries(tags).sort());
  const byTags = new Map(Object.entries(presets).map(([id, preset]) => [tagsKey(preset.tags ?? {}), id]));
  const replacedBy = (tags: Record<string, string>) => {
    const entry = deprecated.find((candidate) => tagsKey(candidate.old) === tagsKey(tags));
    return entry?.replace ? byTags.get(tagsKey(entry.replace)) : undefined;
  };

  const kept = new Map(Object.entries(presets).filter(([id]) => isBusinessLike(id)));
  const chosen = [...kept].filter(([id, preset]) => preset.searchable !== false || !hasSearchableSibling(id, preset, kept, english, replacedBy));

  const entries = chosen.map(([id]): TradeIndexEntry => {
    const entry: TradeIndexEntry = { id, label: {}, names: {}, terms: {} };
    for (const lang of LANGS) {
      const strings = SOURCES[lang].map((locale) => translations.get(locale)?.[id]).filter((value): value is Strings => value !== undefined);
      const primary = strings.find((value) => value.name)?.name;
      if (!primary) continue;
      const fromOthers = lang === 'en' ? ENGLISH_FROM_OTHER_LANGUAGES[id] : undefined;
      const american = lang === 'en' ? AMERICAN_ENGLISH[id] : undefined;
      const extra = { names: [...(fromOthers?.names ?? []), ...(american?.names ?? [])], terms: [...(fromOthers?.terms ?? []), ...(american?.terms ?? [])] };
      const names = lower([...splitName(primary), ...strings.flatMap((value) => [...splitName(value.name ?? ''), ...listOf(value.aliases).flatMap(splitName)]), ...(extra?.names ?? [])]);
      const terms = sorted(lower([...strings.flatMap((value) => listOf(value.terms)), ...(extra?.terms ?? [])]).filter((term) => !names.includes(term)));
      entry.label[lang] = primary;
      // The first name is the preset's own; aliases follow in a stable order.
      entry.names[lang] = [names[0]!, ...sorted(names.slice(1))];
      if (terms.length) entry.terms[lang] = terms;
    }
    return entry;
  });
  const version = z.object({ version: z.string() }).parse(readSchemaFile('package.json')).version;
  return { schemaVersion: version, languages: LANGS, presets: entries.filter((entry) => entry.label.en).sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** One preset per line: small enough to review in a diff, stable for the staleness test. */
export function serialiseTradeIndex(index: TradeIndex): string {
  const lines = index.presets.map((entry) => JSON.stringify(entry));
  return `{"schemaVersion":${JSON.stringify(index.schemaVersion)},"languages":${JSON.stringify(index.languages)},"presets":[\n${lines.join(',\n')}\n]}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = buildTradeIndex();
  const text = serialiseTradeIndex(index);
  writeFileSync(INDEX_FILE, text);
  console.log(`${index.presets.length} presets, ${(text.length / 1024).toFixed(0)} KB → ${INDEX_FILE.pathname}`);
}
