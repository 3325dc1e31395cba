import { loadSharp } from './load-sharp.ts';

/** At most this many colours are offered: a theme has a primary, a secondary and an accent, and a couple to spare. */
export const MAX_PALETTE_COLORS = 5;
/** A colour covering less of the picture's visible pixels than this is a detail (anti-aliasing, a thin line), not a brand colour. */
const MIN_SHARE = 0.03;
/** Two centres closer than this (RGB distance) are one colour told twice. */
const SAME_COLOR = 40;
/** Pixels at least this opaque count; a logo's transparent background is not one of its colours. */
const OPAQUE = 128;
const ITERATIONS = 12;

type Rgb = [number, number, number];

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const toHex = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/**
 * The dominant colours of RGBA pixels, most-used first, as `#rrggbb`: k-means on the opaque pixels, seeded
 * deterministically (the most common colour, then each time the pixel farthest from every centre so far), so one
 * picture always gives one palette. Colours under 3 % of the pixels and near-duplicates are dropped.
 */
export function paletteOfPixels(rgba: Uint8Array, count = MAX_PALETTE_COLORS): string[] {
  const pixels: Rgb[] = [];
  for (let index = 0; index + 3 < rgba.length; index += 4) {
    if (rgba[index + 3]! >= OPAQUE) pixels.push([rgba[index]!, rgba[index + 1]!, rgba[index + 2]!]);
  }
  if (pixels.length === 0) return [];
  const tally = new Map<number, number>();
  for (const [red, green, blue] of pixels) {
    const key = ((red >> 3) << 10) | ((green >> 3) << 5) | (blue >> 3);
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const commonest = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const centres: Rgb[] = [pixels.find(([red, green, blue]) => (((red >> 3) << 10) | ((green >> 3) << 5) | (blue >> 3)) === commonest)!];
  while (centres.length < count) {
    let farthest: Rgb | undefined;
    let farthestDistance = SAME_COLOR / 2;
    for (const pixel of pixels) {
      const nearest = Math.min(...centres.map((centre) => distance(pixel, centre)));
      if (nearest > farthestDistance) [farthest, farthestDistance] = [pixel, nearest];
    }
    if (!farthest) break;
    centres.push([...farthest]);
  }
  const members = new Array<number>(centres.length).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const sums = centres.map(() => [0, 0, 0] as Rgb);
    members.fill(0);
    for (const pixel of pixels) {
      let best = 0;
      for (let index = 1; index < centres.length; index += 1) if (distance(pixel, centres[index]!) < distance(pixel, centres[best]!)) best = index;
      members[best]! += 1;
      for (let channel = 0; channel < 3; channel += 1) sums[best]![channel]! += pixel[channel]!;
    }
    centres.forEach((centre, index) => {
      if (members[index]! > 0) for (let channel = 0; channel < 3; channel += 1) centre[channel] = sums[index]![channel]! / members[index]!;
    });
  }
  const ranked = centres.map((centre, index) => ({ centre, share: members[index]! / pixels.length })).sort((a, b) => b.share - a.share);
  const kept: Rgb[] = [];
  for (const { centre, share } of ranked) {
    if (share < MIN_SHARE) continue;
    if (kept.every((other) => distance(other, centre) >= SAME_COLOR)) kept.push(centre);
  }
  return kept.map(toHex);
}

/** The dominant colours of a picture (any format sharp reads), decoded small: 64 pixels on its longest side is plenty for colour. */
export async function extractPalette(bytes: Uint8Array): Promise<string[]> {
  const sharp = await loadSharp();
  const { data } = await sharp(bytes).resize({ width: 64, height: 64, fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return paletteOfPixels(data);
}
