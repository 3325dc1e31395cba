// Web fonts, in Debian's Chromium against a real `pagehub serve`: the Theme tab's font picker shows every family's
// name set in its own face (faces loaded only once the picker opens); picking Playfair Display for headings and
// Inter for body text changes the preview; the published site loads both from its own host (the CSP allows them),
// preloads the heading face, and renders in them. Screenshots at 1280 and 375 px in test-results/web/.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreen, collectConsoleErrors, PREVIEW_FRAME, SCREENSHOTS } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';
import { screenshot } from '../support/screenshots.ts';

const WAIT = { timeout: 30_000 };
const SUBDOMAIN = 'type-bakery';

let suite: WebSuite;
let context: BrowserContext;
let page: Page;
let url: string;

async function api(method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** The loaded faces of a family in a document (FontFace.family comes back quoted or not, by browser). */
const loadedFaces = (family: string) => [...document.fonts].filter((face) => face.family.replaceAll('"', '') === family && face.status === 'loaded').map((face) => face.weight);

beforeAll(async () => {
  suite = await openWebSuite('fonts');
  ({ url, context, page } = suite);
}, 120_000);

afterAll(async () => {
  await suite?.close();
});

describe('web fonts', () => {
  it('picks fonts by their look in the editor and publishes a site that renders in them', async () => {
    await api('POST', '/api/auth/sign-up/email', { name: 'Rita Lopes', email: 'rita@example.com', password: 'correct horse battery' });
    expect((await context.request.get(await suite.mailedLink('rita@example.com'))).ok()).toBe(true);
    const created = await api('POST', '/api/sites', { subdomain: SUBDOMAIN, name: 'Type Bakery', template: 'bakery' });
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/fonts/')) fontRequests.push(request.url().replace(/.*\/api\/fonts\//, ''));
    });

    // The editor loads; the preview fetches only the site's own faces, the picker's none.
    await page.goto(`${url}/sites/${created.id}`);
    await page.getByRole('tab', { name: 'Theme' }).click(WAIT);
    const headingButton = page.getByRole('button', { name: /^Heading font: / });
    await headingButton.waitFor(WAIT);
    expect(fontRequests.filter((file) => file.startsWith('bebas-neue'))).toEqual([]);
    expect(await page.evaluate(() => [...document.fonts].filter((face) => face.family.includes('PageHub Picker')).length)).toBe(0);

    // Open the picker: every family, each name in its own face, once the faces arrive.
    await headingButton.click();
    const list = page.getByRole('group', { name: 'Heading font' });
    await list.getByRole('radio', { name: 'Playfair Display' }).waitFor(WAIT);
    expect(await list.getByRole('radio').count()).toBe(27);
    await page.waitForFunction(() => [...document.fonts].some((face) => face.family.includes('PageHub Picker Bebas Neue') && face.status === 'loaded'), null, WAIT);
    expect(fontRequests).toContain('bebas-neue-latin-400-normal.woff2');
    const shownIn = await list.getByText('Playfair Display', { exact: true }).evaluate((element) => getComputedStyle(element).fontFamily);
    expect(shownIn).toMatch(/^"PageHub Picker Playfair Display", "Playfair Display"/);
    await captureScreen(page, 'font-picker', { isFullPage: false });
    await list.getByText('Bebas Neue', { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(list, { path: join(SCREENSHOTS, 'font-picker-list.png') });

    // Playfair Display for headings, Inter for body text; the preview takes both from the API.
    await list.getByText('Playfair Display', { exact: true }).click();
    await page.getByRole('button', { name: 'Heading font: Playfair Display' }).waitFor(WAIT);
    await page.getByRole('button', { name: /^Body font: / }).click();
    await page.getByRole('group', { name: 'Body font' }).getByText('Inter', { exact: true }).click();
    await page.getByRole('button', { name: 'Body font: Inter' }).waitFor(WAIT);
    await page.getByText('All changes saved').waitFor(WAIT);
    const preview = page.frameLocator(PREVIEW_FRAME);
    await preview.locator('h1').first().waitFor(WAIT);
    const frame = page.frames().find((candidate) => candidate.url() === 'about:srcdoc');
    await frame?.waitForFunction(() => [...document.fonts].some((face) => face.family.replaceAll('"', '') === 'Playfair Display' && face.status === 'loaded'), null, WAIT);

    // Published: both families come from the site's own host, and the page is set in them.
    await api('POST', `/api/sites/${created.id}/publish`, { confirmSamples: true });
    const visitor = await context.newPage();
    const errors = collectConsoleErrors(visitor);
    const fetched: { url: string; type: string }[] = [];
    visitor.on('response', (response) => fetched.push({ url: response.url(), type: response.headers()['content-type'] ?? '' }));
    await visitor.goto(`http://${SUBDOMAIN}.localhost:${new URL(url).port}/`);
    await visitor.evaluate(() => document.fonts.ready);
    const preload = await visitor.locator('link[rel="preload"][as="font"]').getAttribute('href');
    expect(preload).toMatch(/^\/fonts\/playfair-display-latin-700\.[0-9a-f]{20}\.woff2$/);
    expect(await visitor.evaluate(loadedFaces, 'Playfair Display')).toEqual(['700']);
    expect(await visitor.evaluate(loadedFaces, 'Inter')).toContain('400');
    expect(await visitor.evaluate(() => document.fonts.check('700 32px "Playfair Display"') && document.fonts.check('16px "Inter"'))).toBe(true);
    expect(await visitor.locator('h1').first().evaluate((element) => getComputedStyle(element).fontFamily)).toBe('"Playfair Display", "Playfair Display Fallback", "Playfair Display Fallback 2", "Playfair Display Fallback 3", serif');
    const fonts = fetched.filter((response) => response.url.includes('/fonts/'));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect([new URL(font.url).hostname, font.type]).toEqual([`${SUBDOMAIN}.localhost`, 'font/woff2']);
    expect(fonts.some((font) => font.url.includes('/fonts/inter-latin-400.'))).toBe(true);
    await captureScreen(visitor, 'published-web-fonts');
    expect(errors).toEqual([]);
    await visitor.close();
  }, 240_000);
});
