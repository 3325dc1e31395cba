// The drawings a new site shows where photos will go (theme.art): the trade's own drawings from the art index
// (scripts/build-art-index.ts matched each taxonomy trade to Tabler icons by their tags), then drawings of the
// things the description lists, then — for a trade without drawings of its own — the layout family's. Only what the description supports: a trade the reader
// only guessed (not written, not sure, not the layout's) lends nothing, and a description that names nothing drawable gets none (the
// renderer paints a pattern).
import { z } from 'zod';
import type { ArtMotif } from '../../site/index.ts';
import type { ExtractedFacts } from '../facts.ts';
import { familyOf } from '../trades/index.ts';
import indexFile from './art-index.json' with { type: 'json' };
import { artWords } from './art-words.ts';

const MOST = 4;

const ArtIndex = z.object({
  presets: z.record(z.string(), z.array(z.string())),
  families: z.record(z.string(), z.array(z.string())),
  icons: z.record(z.string(), z.object({ words: z.array(z.string()), paths: z.array(z.string()) })),
});
type ArtIndex = z.infer<typeof ArtIndex>;

let parsed: ArtIndex | undefined;
const artIndex = (): ArtIndex => (parsed ??= ArtIndex.parse(indexFile));

/** Each drawing's name as stems ("baby-bottle" → ["babi", "bottl"]), worked out once. */
let nameStems: [name: string, stems: string[]][] | undefined;
const drawingNameStems = () => (nameStems ??= Object.keys(artIndex().icons).map((name) => [name, name.split('-').map((part) => artWords(part)[0] ?? part)]));

/** "amenity/restaurant/thai", then "amenity/restaurant": a specific trade borrows its parent's drawings. */
function presetLineage(preset: string): string[] {
  const parts = preset.split('/');
  return parts.slice(1).map((_, index) => parts.slice(0, parts.length - index).join('/'));
}

/** Drawings whose own name is a word of a listed item ("bread" for "sourdough bread"); English descriptions only. */
function drawingsOfItems(items: readonly string[]): string[] {
  const found: string[] = [];
  for (const item of items) {
    const itemWords = new Set(artWords(item));
    const match = drawingNameStems().find(([, stems]) => stems.every((stem) => itemWords.has(stem)));
    if (match) found.push(match[0]);
  }
  return found;
}

export function pickMotifs(facts: ExtractedFacts, layoutId: string): ArtMotif[] {
  const index = artIndex();
  const names: string[] = [];
  const { trade } = facts;
  if (trade && (trade.isSure || trade.written !== undefined || familyOf(trade.preset) === layoutId)) {
    for (const preset of presetLineage(trade.preset)) names.push(...(index.presets[preset] ?? []));
  }
  // The layout's drawings only for a trade without its own: a motorcycle garage on the car layout draws no cars.
  const layoutDrawings = names.length === 0 && layoutId !== 'general' ? (index.families[layoutId] ?? []) : [];
  if (facts.locale === 'en') names.push(...drawingsOfItems(facts.services));
  names.push(...layoutDrawings);
  return [...new Set(names)].slice(0, MOST).map((name) => ({ name, paths: index.icons[name]!.paths }));
}
