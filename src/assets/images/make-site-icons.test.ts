import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngLogo } from '../../../test/support/test-images.ts';
import { makeSiteIcons } from './make-site-icons.ts';

const pixel = async (png: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 4;
  return [...data.subarray(at, at + 4)];
};

describe('makeSiteIcons', () => {
  it('makes transparent favicons, an opaque apple-touch icon and a 1200 × 630 card in the theme’s background, the logo centred', async () => {
    const started = performance.now();
    const icons = await makeSiteIcons(await pngLogo(), '#fef3c7');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5000);
    for (const favicon of icons.favicons) {
      const metadata = await sharp(favicon.bytes).metadata();
      expect([metadata.format, metadata.width, metadata.height, metadata.hasAlpha]).toEqual(['png', favicon.size, favicon.size, true]);
      expect((await pixel(favicon.bytes, 0, 0))[3]).toBe(0);
    }
    expect(icons.favicons.map((favicon) => favicon.size)).toEqual([32, 192, 512]);
    const touch = await sharp(icons.appleTouchIcon).metadata();
    expect([touch.width, touch.height, touch.hasAlpha]).toEqual([180, 180, false]);
    expect(await pixel(icons.appleTouchIcon, 0, 0)).toEqual([0xfe, 0xf3, 0xc7, 255]);
    const card = await sharp(icons.openGraph.bytes).metadata();
    expect([card.width, card.height, card.hasAlpha, icons.openGraph.width, icons.openGraph.height]).toEqual([1200, 630, false, 1200, 630]);
    expect(await pixel(icons.openGraph.bytes, 10, 10)).toEqual([0xfe, 0xf3, 0xc7, 255]);
    // The logo's orange circle sits left of centre, its blue bar right of it (600 × 200 logo fitted to 720 wide).
    const [red, , blue] = await pixel(icons.openGraph.bytes, 600 - 240, 315);
    expect(red).toBeGreaterThan(150);
    expect(blue).toBeLessThan(60);
    expect((await pixel(icons.openGraph.bytes, 600 + 150, 315))[2]).toBeGreaterThan(100);
    const again = await makeSiteIcons(await pngLogo(), '#fef3c7');
    expect(again.openGraph.bytes.equals(icons.openGraph.bytes)).toBe(true);
    console.info(`site icons from a 600 × 200 logo: ${elapsed.toFixed(0)} ms`);
  });
});
