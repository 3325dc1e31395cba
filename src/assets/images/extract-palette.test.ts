import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngLogo } from '../../../test/support/test-images.ts';
import { twoColourSvgLogo } from '../../../test/support/test-svgs.ts';
import { extractPalette, paletteOfPixels } from './extract-palette.ts';

const rgb = (hex: string) => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
const near = (actual: string, expected: string) => Math.max(...rgb(actual).map((channel, index) => Math.abs(channel - rgb(expected)[index]!)));

describe('the palette of a logo', () => {
  it('gives the two colours of a two-colour logo, the larger first', async () => {
    const logo = await sharp(Buffer.from(twoColourSvgLogo)).png().toBuffer();
    expect(await extractPalette(logo)).toEqual(['#1d4ed8', '#ea580c']);
    const unequal = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#0f766e' } })
      .composite([{ input: { create: { width: 30, height: 100, channels: 3, background: '#facc15' } }, left: 0, top: 0 }])
      .png()
      .toBuffer();
    expect(await extractPalette(unequal)).toEqual(['#0f766e', '#facc15']);
  });

  it('leaves out a transparent background and anti-aliased edges', async () => {
    const palette = await extractPalette(await pngLogo());
    expect(palette).toHaveLength(2);
    expect(near(palette[0]!, '#1e3a8a')).toBeLessThanOrEqual(6);
    expect(near(palette[1]!, '#c2410c')).toBeLessThanOrEqual(6);
  });

  const striped = (stripes: readonly string[], width: number) =>
    sharp({ create: { width: stripes.length * width, height: 64, channels: 3, background: '#000' } })
      .composite(stripes.map((color, index) => ({ input: { create: { width, height: 64, channels: 3 as const, background: color } }, left: index * width, top: 0 })))
      .png()
      .toBuffer();

  it('finds three colours of a three-colour logo', async () => {
    const three = ['#111827', '#dc2626', '#f59e0b'];
    const palette = await extractPalette(await striped(three, 20));
    expect(palette).toHaveLength(3);
    for (const color of three) expect(palette.some((found) => near(found, color) <= 6), color).toBe(true);
  });

  it('gives at most five colours, the same ones every time, and none for a picture with no opaque pixel', async () => {
    const picture = await striped(['#111827', '#dc2626', '#16a34a', '#2563eb', '#f59e0b', '#a855f7', '#ffffff'], 9);
    const first = await extractPalette(picture);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(first.length).toBeLessThanOrEqual(5);
    expect(await extractPalette(picture)).toEqual(first);
    expect(paletteOfPixels(new Uint8Array([255, 0, 0, 0, 0, 255, 0, 10]))).toEqual([]);
  });
});
