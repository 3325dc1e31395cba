import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FALLBACK_METRICS, FONT_IDS, LOCAL_STAND_INS, WEB_FONTS, type FallbackMetrics, type WebFontId } from '../site/index.ts';
import { hashBytes } from '../assets/index.ts';
import { createFontFiles, isCuratedFontFile } from './font-files.ts';

const require = createRequire(import.meta.url);
const projectPackage = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const families = Object.keys(WEB_FONTS) as WebFontId[];

describe('the curated web fonts', () => {
  it('offers 24–30 families, plus System UI for no download at all', () => {
    expect(families.length).toBeGreaterThanOrEqual(24);
    expect(families.length).toBeLessThanOrEqual(30);
    expect(FONT_IDS).toEqual(['system-ui', ...families]);
    expect(new Set(families.map((id) => WEB_FONTS[id].kind))).toEqual(new Set(['sans', 'serif', 'display', 'script', 'mono']));
  });

  it.each(families)('%s: a pinned @fontsource package whose licence, name and weights the catalogue records', (id) => {
    const manifest = require(`@fontsource/${id}/package.json`) as { version: string; license: string };
    const metadata = require(`@fontsource/${id}/metadata.json`) as { family: string; weights: number[]; subsets: string[]; license: { type: string } };
    expect(projectPackage.dependencies[`@fontsource/${id}`]).toBe(manifest.version);
    expect([manifest.license, metadata.license.type]).toEqual([WEB_FONTS[id].license, WEB_FONTS[id].license]);
    expect(['OFL-1.1', 'Apache-2.0']).toContain(WEB_FONTS[id].license);
    expect(metadata.family).toBe(WEB_FONTS[id].label);
    expect(metadata.subsets).toEqual(expect.arrayContaining(['latin', 'latin-ext']));
    expect(metadata.weights).toEqual(expect.arrayContaining([...WEB_FONTS[id].weights]));
    // Sized against every local stand-in its kind names, each within what a real fallback needs.
    const measured: Record<string, FallbackMetrics> = FALLBACK_METRICS[id];
    expect(Object.keys(measured)).toEqual(LOCAL_STAND_INS[WEB_FONTS[id].fallback].map((standIn) => standIn.id));
    for (const metrics of Object.values(measured)) {
      expect(metrics.sizeAdjust).toBeGreaterThan(60);
      expect(metrics.sizeAdjust).toBeLessThan(135);
      expect(metrics.ascent + metrics.descent).toBeGreaterThan(90);
    }
  });

  it('reads every file the catalogue can ask for from node_modules, as woff2, with its hash', async () => {
    const fonts = createFontFiles();
    let count = 0;
    for (const id of families) {
      for (const subset of ['latin', 'latin-ext']) {
        for (const weight of WEB_FONTS[id].weights) {
          const name = `${id}-${subset}-${weight}-normal.woff2`;
          const file = await fonts.read(name);
          expect(file?.bytes.subarray(0, 4).toString('latin1'), name).toBe('wOF2');
          expect(file?.hash).toBe(hashBytes(file!.bytes));
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  it('reads nothing but curated files: other weights, subsets, formats and paths are refused', async () => {
    const fonts = createFontFiles();
    for (const name of ['inter-latin-900-normal.woff2', 'inter-cyrillic-400-normal.woff2', 'inter-latin-400-normal.woff', 'inter-latin-400-italic.woff2', '../package.json', '../../inter/files/inter-latin-400-normal.woff2', 'comic-sans-latin-400-normal.woff2', '', 'constructor', '__proto__']) {
      expect(isCuratedFontFile(name), name).toBe(false);
      expect(await fonts.read(name), name).toBeUndefined();
    }
    expect(isCuratedFontFile('lato-latin-500-normal.woff2')).toBe(false);
    expect(isCuratedFontFile('lato-latin-700-normal.woff2')).toBe(true);
  });
});
