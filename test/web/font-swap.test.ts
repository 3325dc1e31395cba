// The web fonts arriving move nothing: a generated site in Chromium, once with its font files refused (the page stays
// in its metric-matched fallback faces, whichever local stand-in this machine has: the Arial or Times twins, Roboto
// or Noto Serif, DejaVu) and once with them loaded. The hero's text and the next section start where they started.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSite } from '../../src/composer/index.ts';
import { createFontFiles, fontFilesFor, writeDirectory } from '../../src/publish/index.ts';
import { render } from '../../src/render/index.ts';
import type { Site } from '../../src/site/index.ts';
import { launchChromium } from '../support/browser.ts';
import { serveDirectory } from '../support/static-server.ts';

/** Sans, serif and display headings over sans and serif body text. */
const SITES: { description: string; fonts?: Site['theme']['fonts'] }[] = [
  { description: 'A modern SaaS analytics tool called Metricly that helps e-commerce teams track conversion funnels. Clean, techy, dark blue.' },
  { description: 'Trattoria da Marco, a family Italian restaurant in Boston with handmade pasta and wood-fired pizza.', fonts: { heading: 'playfair-display', body: 'lora' } },
  { description: 'Honey Bee Grooming in Leeds: dog grooming for all breeds, nail trims and puppy baths.', fonts: { heading: 'montserrat', body: 'open-sans' } },
];
/** Half a pixel of rounding per line is all a fallback sized to the web face may leave. */
const TOLERANCE = 3;

interface Layout {
  heading: number;
  lead: number;
  next: number;
  fontsLoaded: number;
}

describe('web fonts swapping in', () => {
  let browser: Browser;
  let workspace: string;
  const servers: { url: string; close(): Promise<void> }[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    workspace = await mkdtemp(join(tmpdir(), 'pagehub-font-swap-'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await browser?.close();
    await rm(workspace, { recursive: true, force: true });
  });

  /** Where the hero's heading and lead end and the next section starts, with the font files loaded or refused. */
  async function layoutOf(url: string, width: number, isRefusingFonts: boolean): Promise<Layout> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
    const page = await context.newPage();
    if (isRefusingFonts) await page.route('**/*.woff2', (route) => route.abort());
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    const layout = await page.evaluate(() => {
      const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Number.NaN;
      const sections = document.querySelectorAll('main > section');
      return {
        heading: bottom('main h1'),
        lead: bottom('main .lead'),
        next: sections[1]?.getBoundingClientRect().top ?? Number.NaN,
        fontsLoaded: [...document.fonts].filter((face) => face.status === 'loaded' && !face.family.includes('Fallback')).length,
      };
    });
    await context.close();
    return layout;
  }

  it.each(SITES)('keeps the hero where it was: $description', async ({ description, fonts }) => {
    const composed = composeSite(description).site;
    const site = fonts ? { ...composed, theme: { ...composed.theme, fonts } } : composed;
    const directory = join(workspace, String(SITES.findIndex((entry) => entry.description === description)));
    await writeDirectory(directory, new Map<string, string | Uint8Array>([...render(site), ...(await fontFilesFor(createFontFiles(), site))]));
    const server = await serveDirectory(directory);
    servers.push(server);
    for (const width of [375, 1280]) {
      const fallback = await layoutOf(`${server.url}/`, width, true);
      const loaded = await layoutOf(`${server.url}/`, width, false);
      expect([fallback.fontsLoaded, loaded.fontsLoaded > 0], `${width} px: web faces refused, then loaded`).toEqual([0, true]);
      for (const key of ['heading', 'lead', 'next'] as const) {
        expect(Number.isFinite(loaded[key]), `${key} found`).toBe(true);
        expect(Math.abs(loaded[key] - fallback[key]), `${width} px, ${key}: ${fallback[key]} in the fallback, ${loaded[key]} in the web font`).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  }, 60_000);
});
