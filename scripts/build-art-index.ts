// Builds src/composer/art/art-index.json, the drawings the composer illustrates a site with when the person has no
// photos yet: for each trade of the taxonomy (src/composer/trades/trade-index.json) and each layout family, the
// Tabler icons (MIT) whose tags best match the trade's English names and search terms, and the drawings of just those
// icons (their path data) with their tags, so service words can pick among them too. Run
// `npx tsx scripts/build-art-index.ts` after upgrading @tabler/icons or the trade index; a test
// (src/composer/art/pick-motifs.test.ts) rebuilds the index in memory and fails when the committed one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import tradeIndex from '../src/composer/trades/trade-index.json' with { type: 'json' };
import { LAYOUT_FAMILIES } from '../src/composer/trades/index.ts';
import { artWords } from '../src/composer/art/art-words.ts';

export const ART_INDEX_FILE = new URL('../src/composer/art/art-index.json', import.meta.url);

/** Categories of interface symbols (arrows, letters, brands, charts): nothing a business makes, sells or works with. */
const SYMBOL_CATEGORIES = new Set([
  'Arrows', 'Letters', 'Numbers', 'Brand', 'Text', 'Math', 'Development', 'Database', 'Version control', 'Logic', 'Currencies',
  'Shapes', 'Badges', 'Extensions', 'Zodiac', 'Gender', 'Charts',
]);

/** Last words of icon names that mark a state or an action on the thing ("home-x", "photo-up", "pencil-ai"). */
const STATE_SUFFIXES = new Set('x up down plus minus check cog ai edit search share cancel exclamation question dollar pause pin code star heart bolt spark lock shield off filled dot flame bitcoin broken clone upload download maximize minimize discount fog rss password nfc'.split(' '));

/** Words of trade names that say what kind of place it is, not what it does: they match too many drawings. */
const GENERIC = new Set(artWords('shop store office service services centre center facility place studio house business company agency provider supplier point club area station hall room outlet repair rental'));

/** Words each layout family is about, for sites whose trade the taxonomy doesn't name. */
const FAMILY_WORDS: Record<(typeof LAYOUT_FAMILIES)[number], string> = {
  bakery: 'bread bakery cake cookie', cafe: 'coffee cup cake', restaurant: 'restaurant chef food dinner', plants: 'plant flower leaf garden',
  saas: 'cloud code browser chart', dentist: 'dental tooth', gym: 'barbell dumbbell treadmill run', yoga: 'yoga meditation lotus',
  salon: 'scissors hair comb', law: 'gavel justice court', accounting: 'calculator receipt report coin', consulting: 'chart presentation bulb target',
  realestate: 'home building key', agency: 'brush palette chart bulb', photography: 'camera photo aperture', plumbing: 'droplet pipe shower',
  electrician: 'bolt plug bulb', contractor: 'hammer tool home ruler', cleaning: 'spray bucket wash sparkle', auto: 'car engine tire wrench',
  bikes: 'bike wheel', petcare: 'paw dog cat', tutoring: 'book school pencil', nonprofit: 'heart hand plant', spa: 'massage droplet leaf candle',
  hotel: 'bed building key', shop: 'shopping bag gift tag',
};

const IconTags = z.record(z.string(), z.object({ category: z.string().optional(), tags: z.array(z.union([z.string(), z.number(), z.null()])).default([]) }));
const IconNodes = z.record(z.string(), z.array(z.tuple([z.string(), z.record(z.string(), z.string())])));

interface Icon {
  name: string;
  words: Set<string>;
  nameWords: Set<string>;
  paths: string[];
}

const PER_TRADE = 4;

function readIcons(): Icon[] {
  const require = createRequire(import.meta.url);
  const tags = IconTags.parse(JSON.parse(readFileSync(require.resolve('@tabler/icons/icons.json'), 'utf8')));
  const nodes = IconNodes.parse(JSON.parse(readFileSync(require.resolve('@tabler/icons/tabler-nodes-outline.json'), 'utf8')));
  return Object.entries(tags)
    .filter(([name, icon]) => !SYMBOL_CATEGORIES.has(icon.category ?? '') && nodes[name] !== undefined && !(name.includes('-') && STATE_SUFFIXES.has(name.split('-').at(-1)!)))
    .map(([name, icon]) => ({
      name,
      words: new Set(artWords(icon.tags.filter((tag) => tag !== null).join(' '))),
      nameWords: new Set(artWords(name.replace(/-/g, ' '))),
      // Outline drawings only: the few filled dots of an icon are details a stroke drawing does without.
      paths: nodes[name]!.filter(([tag, attributes]) => tag === 'path' && attributes.fill === undefined).map(([, attributes]) => attributes.d!),
    }))
    .filter((icon) => icon.paths.length > 0)
    .sort((first, second) => first.name.localeCompare(second.name));
}

/** The icons best matching weighted words: a word of the icon's name counts twice a tag; a shorter name wins ties. */
function bestIcons(icons: readonly Icon[], weighted: ReadonlyMap<string, number>, count: number): string[] {
  const scored = icons
    .map((icon) => {
      let score = 0;
      for (const [word, weight] of weighted) {
        if (icon.nameWords.has(word)) score += 2 * weight;
        else if (icon.words.has(word)) score += weight;
      }
      // An icon named also for something else ("car-garage" for a motorcycle garage) draws that other thing.
      const foreign = [...icon.nameWords].filter((word) => !weighted.has(word) && !GENERIC.has(word) && !/^\d+$/.test(word)).length;
      return { name: icon.name, score: score - foreign * 1.5 };
    })
    .filter((entry) => entry.score >= 2)
    .sort((first, second) => second.score - first.score || first.name.length - second.name.length || first.name.localeCompare(second.name));
  // Drawings sharing a word of their names ("cake", "cake-roll"; "ruler", "ruler-2") count once: a site wants
  // several things, not one thing thrice.
  const chosen: string[] = [];
  const taken = new Set<string>();
  for (const { name } of scored) {
    const parts = name.split('-').filter((part) => !/^\d+$/.test(part));
    if (parts.some((part) => taken.has(part))) continue;
    chosen.push(name);
    for (const part of parts) taken.add(part);
    if (chosen.length === count) break;
  }
  return chosen;
}

function weigh(sources: readonly [text: string, weight: number][]): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const [text, weight] of sources) {
    for (const word of artWords(text)) if (!GENERIC.has(word)) weighted.set(word, Math.max(weighted.get(word) ?? 0, weight));
  }
  return weighted;
}

const Preset = z.object({ id: z.string(), label: z.record(z.string(), z.string()), names: z.record(z.string(), z.array(z.string())), terms: z.record(z.string(), z.array(z.string())).default({}) });

export function buildArtIndex(): string {
  const icons = readIcons();
  const presets: Record<string, string[]> = {};
  for (const preset of z.array(Preset).parse(tradeIndex.presets)) {
    const value = preset.id.split('/').at(-1)!.replace(/_/g, ' ');
    const chosen = bestIcons(icons, weigh([[preset.terms.en?.join(' ') ?? '', 1], [value, 3], [preset.names.en?.join(' ') ?? '', 3]]), PER_TRADE);
    if (chosen.length > 0) presets[preset.id] = chosen;
  }
  const families: Record<string, string[]> = {};
  for (const family of LAYOUT_FAMILIES) families[family] = bestIcons(icons, weigh([[FAMILY_WORDS[family], 3]]), PER_TRADE);
  const used = new Set([...Object.values(presets), ...Object.values(families)].flat());
  const drawings = Object.fromEntries(icons.filter((icon) => used.has(icon.name)).map((icon) => [icon.name, { words: [...icon.words, ...icon.nameWords].filter((word, index, all) => all.indexOf(word) === index), paths: icon.paths }]));
  const lines = [
    `{"source":"@tabler/icons (MIT)",`,
    `"presets":${JSON.stringify(presets)},`,
    `"families":${JSON.stringify(families)},`,
    `"icons":{`,
    Object.entries(drawings).map(([name, drawing]) => `${JSON.stringify(name)}:${JSON.stringify(drawing)}`).join(',\n'),
    `}}`,
  ];
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = buildArtIndex();
  writeFileSync(ART_INDEX_FILE, index);
  console.log(`wrote ${ART_INDEX_FILE.pathname} (${(index.length / 1024).toFixed(0)} KB)`);
}
