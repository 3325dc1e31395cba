// The editor's Pictures tab, in Debian's Chromium against a real `pagehub serve`: an empty library says so; two
// photos are uploaded there; one becomes the home page's hero and the library says where it is used (a link that
// opens the section); "Replace everywhere" puts the other in its place at its own size in one change, which one undo
// takes back; an unused picture is deleted after a confirmation, a used one is not (the tab and the API say where it
// is used); a description is written and saved. Screenshots at 1280 and 375 px in test-results/web/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraPhoto } from '../support/test-images.ts';
import { captureScreen, PREVIEW_FRAME, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 30_000 };

let suite: WebSuite;
let context: BrowserContext;
let page: Page;
let url: string;
let files: string;

async function api(method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown): Promise<{ status: number; body: any }> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  const text = await response.text();
  return { status: response.status(), body: text ? JSON.parse(text) : null };
}

/** The `src` of the preview's hero picture, once it is the one wanted. */
async function previewHeroShows(assetId: string, size: { width: number; height: number }): Promise<void> {
  await page.waitForFunction(
    ({ id, width, height }) => {
      const image = document.querySelector('iframe')?.contentDocument?.querySelector<HTMLImageElement>('img.hero-image');
      return image !== null && image !== undefined && image.src.includes(`/assets/${id}/`) && image.getAttribute('width') === String(width) && image.getAttribute('height') === String(height);
    },
    { id: assetId, ...size },
    WAIT,
  );
}

beforeAll(async () => {
  suite = await openWebSuite('picture-library');
  ({ url, context, page } = suite);
  files = await mkdtemp(join(tmpdir(), 'pagehub-picture-library-'));
  await writeFile(join(files, 'storefront.jpg'), await cameraPhoto(1600, 1200));
  await writeFile(join(files, 'bread-basket.jpg'), await cameraPhoto(900, 1200));
}, 120_000);

afterAll(async () => {
  await suite?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

describe('the picture library', () => {
  it('uploads, shows where a picture is used, replaces it everywhere with one undo, deletes, refuses to delete a used one, describes', async () => {
    expect((await api('POST', '/api/auth/sign-up/email', { name: 'Ana Costa', email: 'ana@example.com', password: 'correct horse battery' })).status).toBe(200);
    expect((await context.request.get(await suite.mailedLink('ana@example.com'))).ok()).toBe(true);
    const created = await api('POST', '/api/sites', { subdomain: 'crumb-library', name: 'Crumb Bakery', template: 'bakery' });
    expect(created.status).toBe(201);
    const siteId: string = created.body.id;
    const site = (await api('GET', `/api/sites/${siteId}`)).body;
    const heroIndex = (site.document.pages[0].sections as { type: string }[]).findIndex((section) => section.type === 'hero');
    const hero = site.document.pages[0].sections[heroIndex] as { id: string };

    // Empty: the tab says so and offers the upload.
    await page.goto(`${url}/sites/${siteId}?section=${hero.id}`);
    await page.getByRole('tab', { name: 'Pictures' }).click(WAIT);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('heading', { name: 'No pictures yet' }).waitFor(WAIT);
    expect((await captureScreen(page, 'picture-library-empty')).overflowAtPhone).toBe(0);

    // Two photos, uploaded in the tab.
    await panel.locator('input[type=file]').setInputFiles([join(files, 'storefront.jpg'), join(files, 'bread-basket.jpg')]);
    const storefront = panel.getByRole('article', { name: 'storefront.jpg' });
    const bread = panel.getByRole('article', { name: 'bread-basket.jpg' });
    await storefront.waitFor({ timeout: 60_000 });
    await bread.waitFor({ timeout: 60_000 });
    await storefront.getByText('1600 × 1200').waitFor(WAIT);
    await bread.getByText('900 × 1200').waitFor(WAIT);
    await panel.getByText(/2 pictures take \d+(\.\d)? (kB|MB) of storage/).waitFor(WAIT);
    expect(await storefront.getByText('Not used on any page yet.').isVisible()).toBe(true);
    const assets = (await api('GET', `/api/sites/${siteId}/assets`)).body.assets as { id: string; fileName: string }[];
    const storefrontId = assets.find((asset) => asset.fileName === 'storefront.jpg')!.id;
    const breadId = assets.find((asset) => asset.fileName === 'bread-basket.jpg')!.id;

    // The storefront becomes the hero (Sections tab, the hero's image slot).
    await page.getByRole('tab', { name: 'Sections' }).click();
    await page.getByRole('button', { name: 'Add a photo' }).click(WAIT);
    await page.getByRole('dialog', { name: 'Photos and pictures' }).getByRole('button', { name: /^Use (storefront\.jpg|storefront)$/i }).click(WAIT);
    await previewHeroShows(storefrontId, { width: 1600, height: 1200 });
    await page.getByText('All changes saved').waitFor(WAIT);

    // The library says where it is used; the link opens the section in the Sections tab.
    await page.getByRole('tab', { name: 'Pictures' }).click();
    await storefront.getByRole('button', { name: 'Used on Home · Hero: open this section' }).waitFor(WAIT);
    expect(await storefront.innerText()).toContain('Home · Hero');
    expect(await bread.innerText()).toContain('Not used on any page yet.');
    await storefront.getByRole('button', { name: 'Used on Home · Hero: open this section' }).click();
    expect(await page.getByRole('tab', { name: 'Sections' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Replace', exact: true }).waitFor(WAIT); // the hero's image slot, open
    await page.getByRole('tab', { name: 'Pictures' }).click();
    // Six tabs fit the side panel on a desktop screen: none hides behind a scroll.
    expect(await page.getByRole('tablist', { name: 'Edit' }).evaluate((list) => list.scrollWidth - list.clientWidth)).toBe(0);
    expect((await captureScreen(page, 'picture-library')).overflowAtPhone).toBe(0);
    expect(await seriousAxeViolations(page, { exclude: PREVIEW_FRAME })).toEqual([]);

    // Replace everywhere: the bread basket takes its place at its own size, in one commit.
    const before = (await api('GET', `/api/sites/${siteId}/commits?branch=main`)).body;
    await storefront.getByRole('button', { name: 'Replace everywhere' }).click();
    const replace = page.getByRole('dialog', { name: 'Replace storefront.jpg everywhere' });
    await replace.waitFor(WAIT);
    expect(await replace.getByRole('button', { name: /storefront/i }).count()).toBe(0); // not offered in its own place
    await replace.getByRole('button', { name: 'Use bread-basket.jpg' }).click();
    await previewHeroShows(breadId, { width: 900, height: 1200 });
    await page.getByText('All changes saved').waitFor(WAIT);
    const replaced = (await api('GET', `/api/sites/${siteId}`)).body;
    expect(replaced.document.pages[0].sections[heroIndex].props.image).toMatchObject({ src: `asset:${breadId}`, width: 900, height: 1200 });
    const after = (await api('GET', `/api/sites/${siteId}/commits?branch=main`)).body;
    expect(after.commits[1].id).toBe(before.commits[0].id); // one commit on top of the one before
    await bread.getByRole('button', { name: 'Used on Home · Hero: open this section' }).waitFor(WAIT);
    expect(await storefront.innerText()).toContain('Not used on any page yet.');

    // One undo brings the storefront back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await previewHeroShows(storefrontId, { width: 1600, height: 1200 });
    await storefront.getByRole('button', { name: 'Used on Home · Hero: open this section' }).waitFor(WAIT);
    expect((await api('GET', `/api/sites/${siteId}`)).body.document.pages[0].sections[heroIndex].props.image).toMatchObject({ src: `asset:${storefrontId}`, width: 1600, height: 1200 });

    // The unused bread basket is deleted after a confirmation; "Keep it" first keeps it.
    await bread.getByRole('button', { name: 'Delete bread-basket.jpg' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete bread-basket.jpg?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click(WAIT);
    expect(await bread.isVisible()).toBe(true);
    await bread.getByRole('button', { name: 'Delete bread-basket.jpg' }).click();
    await confirm.getByRole('button', { name: 'Delete picture' }).click(WAIT);
    await bread.waitFor({ state: 'detached', ...WAIT });
    expect((await api('GET', `/api/sites/${siteId}/assets`)).body.assets.map((asset: { id: string }) => asset.id)).toEqual([storefrontId]);

    // The storefront is in use: the tab says where and offers the replacement; the API refuses too.
    await storefront.getByRole('button', { name: 'Delete storefront.jpg' }).click();
    const refusal = storefront.getByRole('alert');
    await refusal.waitFor(WAIT);
    expect(await refusal.innerText()).toMatch(/storefront\.jpg can't be deleted while the site shows it on Home · Hero\. Replace it everywhere first/);
    expect(await page.getByRole('dialog', { name: 'Delete storefront.jpg?' }).isVisible()).toBe(false);
    expect(await storefront.getByRole('button', { name: 'Replace everywhere' }).isVisible()).toBe(true);
    const refused = await api('DELETE', `/api/sites/${siteId}/assets/${storefrontId}`);
    expect([refused.status, refused.body.code]).toEqual([409, 'ASSET_IN_USE']);
    expect(refused.body.detail).toContain('Home › Hero');
    expect((await captureScreen(page, 'picture-library-in-use')).overflowAtPhone).toBe(0);

    // A description: flagged while empty, saved on Enter.
    const description = storefront.getByLabel('Description');
    await description.fill('');
    await description.press('Enter');
    await storefront.getByText('Needs a description').waitFor(WAIT);
    await description.fill('Our shop front on Mill Street');
    await description.press('Enter');
    await storefront.getByText('Description saved').waitFor(WAIT);
    expect(await storefront.getByText('Needs a description').count()).toBe(0);
    const described = (await api('GET', `/api/sites/${siteId}/assets/${storefrontId}`)).body;
    expect(described.asset.alt).toBe('Our shop front on Mill Street');
    expect(described.usedIn).toEqual([{ place: 'Home › Hero', pageId: site.document.pages[0].id, sectionId: hero.id }]);
    expect(await seriousAxeViolations(page, { exclude: PREVIEW_FRAME })).toEqual([]);
    expect(suite.consoleErrors.filter((line) => !/409|Conflict/.test(line))).toEqual([]);
  }, 300_000);
});
