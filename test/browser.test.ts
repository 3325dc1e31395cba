// Generated sites in headless Chromium at phone and desktop widths: no horizontal overflow, no console
// errors, 0 serious or critical axe-core violations (every page at 375 px; home and 404 at 1280 px). Screenshots
// land in test-results/ for a person to look at.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSite } from '../src/composer/index.ts';
import { createFontFiles, fontFilesFor, writeDirectory } from '../src/publish/index.ts';
import { pagePath, render } from '../src/render/index.ts';
import { analyzeAxe } from './support/analyze-axe.ts';
import { launchChromium } from './support/browser.ts';
import { REPO_ROOT } from './support/run-cli.ts';
import { serveDirectory } from './support/static-server.ts';
import { screenshot } from './support/screenshots.ts';

/** Four sites of different industries and styles; every page of each is checked, and the 404 page. */
const SITES = [
  { slug: 'dentist', prompt: 'Dr. Ana Souza Family Dentistry - general and cosmetic dentistry, teeth whitening, emergency visits. Located in Austin TX. Calm and trustworthy, light blue and white.' },
  { slug: 'trattoria', prompt: "Trattoria da Marco, a family Italian restaurant in Boston's North End with handmade pasta, wood-fired pizza and a wine list. Open Tuesday to Sunday, 5pm to 11pm." },
  { slug: 'gym', prompt: 'Iron Forge Gym, a 24/7 strength and conditioning gym in Leeds with personal training, group classes and a sauna. Bold, energetic, black and orange.' },
  { slug: 'saas', prompt: 'A modern SaaS analytics tool called Metricly that helps e-commerce teams track conversion funnels. Clean, techy, dark blue.' },
];
const WIDTHS = [375, 1280];
/**
 * Every page is loaded at both widths and must not overflow; axe (a second a page, most of this file's time) checks
 * every page at the phone's width, and at the desktop's the home page and the 404 — the same header, footer and
 * section templates as the other pages, laid out for a wide screen.
 */
const AXE_EVERY_PAGE_AT = 375;
const screenshots = join(REPO_ROOT, 'test-results', 'sites');

let browser: Browser;
let workspace: string;
beforeAll(async () => {
  browser = await launchChromium();
  workspace = await mkdtemp(join(tmpdir(), 'pagehub-browser-'));
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await rm(workspace, { recursive: true, force: true });
});

describe.each(SITES)('generated site: $slug', ({ slug, prompt }) => {
  it('looks right at 375 px and 1280 px and passes axe', async () => {
    const { site } = composeSite(prompt);
    const paths = [...site.pages.map((page) => pagePath(page)), '/404.html'];
    const directory = join(workspace, slug);
    await writeDirectory(directory, new Map<string, string | Uint8Array>([...render(site), ...(await fontFilesFor(createFontFiles(), site))]));
    const server = await serveDirectory(directory);
    try {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text()); });
        page.on('pageerror', (error) => problems.push(error.message));
        for (const path of paths) {
          const response = await page.goto(`${server.url}${path}`);
          expect(response?.status(), path).toBe(200);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} at ${width}px overflows by ${overflow}px`).toBeLessThanOrEqual(0);
          if (width === AXE_EVERY_PAGE_AT || path === '/' || path === '/404.html') {
            const axe = await analyzeAxe(page, new AxeBuilder({ page }));
            const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
            expect(serious.map((violation) => `${path} ${width}px ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
          }
          await screenshot(page, { path: join(screenshots, `${slug}${path.replace(/\//g, '_').replace(/_$/, '') || '_home'}-${width}.png`), fullPage: true });
        }
        expect(problems).toEqual([]);
        await context.close();
      }
    } finally {
      await server.close();
    }
  }, 180_000);
});

describe('mobile navigation without JavaScript', () => {
  it('opens the menu with a tap and reaches every page', async () => {
    const { site } = composeSite('Cafe Aroma: specialty coffee roastery and cafe with pastries, open 7am-6pm every day, in Lisbon.');
    const directory = join(workspace, 'nav');
    await writeDirectory(directory, new Map<string, string | Uint8Array>([...render(site), ...(await fontFilesFor(createFontFiles(), site))]));
    const server = await serveDirectory(directory);
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const mobileLinks = page.locator('.nav-mobile nav a');
      await expect(mobileLinks.first().isVisible()).resolves.toBe(false);
      await page.locator('.nav-mobile summary').click();
      await expect(mobileLinks.first().isVisible()).resolves.toBe(true);
      const count = await mobileLinks.count();
      expect(count).toBeGreaterThanOrEqual(4);
      await screenshot(page, { path: join(screenshots, 'nav-open-375.png') });
      await mobileLinks.nth(1).click();
      await expect(page.locator('h1').count()).resolves.toBe(1);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
