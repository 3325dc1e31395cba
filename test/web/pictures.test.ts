// A person's own pictures, in Debian's Chromium against a real `pagehub serve`: a 12-megapixel phone photo carrying
// EXIF with GPS becomes the home page's hero and a PNG becomes the logo, both uploaded through the editor's picture
// library; a hostile file is refused with its name; the site is published and its page serves AVIF/WebP variants
// with width and height, none of them carrying the EXIF, the logo in the header and as the favicon. Then an SVG
// logo: a hostile one is refused by name and reason, a clean one is taken, its colours are offered in the Theme
// panel and one becomes the primary colour; the published site shows the drawing in its header and links the
// icons made from it. Screenshots at 1280 and 375 px of the library, the Theme panel's palette and the published
// pages in test-results/web/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraPhoto, EXIF_MARKERS, pngLogo } from '../support/test-images.ts';
import { cleanSvgLogo, HOSTILE_SVGS } from '../support/test-svgs.ts';
import { captureScreen, PREVIEW_FRAME, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 30_000 };
const SUBDOMAIN = 'crumb-bakery';

let suite: WebSuite;
let context: BrowserContext;
let page: Page;
let url: string;
let files: string;
let siteId = '';

async function api(method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** A file of the published site, asked for by Host as a browser at {subdomain}.localhost would. */
function fetchPublished(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${url}${path}`, { headers: { host: `${SUBDOMAIN}.localhost` } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, type: String(incoming.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

beforeAll(async () => {
  suite = await openWebSuite('pictures');
  ({ url, context, page } = suite);
  files = await mkdtemp(join(tmpdir(), 'pagehub-pictures-'));
  await writeFile(join(files, 'IMG_2041.JPG'), await cameraPhoto(4000, 3000));
  await writeFile(join(files, 'crumb-logo.png'), await pngLogo());
  await writeFile(join(files, 'invoice.jpg'), '<?php echo "not a photo"; ?>');
  await writeFile(join(files, 'crumb-logo.svg'), cleanSvgLogo);
  await writeFile(join(files, 'free-logo.svg'), HOSTILE_SVGS.onload!.svg);
}, 120_000);

afterAll(async () => {
  await suite?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

describe('pictures', () => {
  it('uploads a phone photo as the hero and a logo, publishes, and the site serves clean variants', async () => {
    await api('POST', '/api/auth/sign-up/email', { name: 'Ana Costa', email: 'ana@example.com', password: 'correct horse battery' });
    expect((await context.request.get(await suite.mailedLink('ana@example.com'))).ok()).toBe(true);
    const created = await api('POST', '/api/sites', { subdomain: SUBDOMAIN, name: 'Crumb Bakery', template: 'bakery' });
    siteId = created.id;
    const site = await api('GET', `/api/sites/${created.id}`);
    const hero = (site.document.pages[0].sections as { id: string; type: string }[]).find((section) => section.type === 'hero')!;

    // The hero's image slot: empty, it offers to add a photo; a hostile file is refused by name; the photo uploads.
    await page.goto(`${url}/sites/${created.id}?section=${hero.id}`);
    await page.getByRole('button', { name: 'Add a photo' }).click(WAIT);
    const library = page.getByRole('dialog', { name: 'Photos and pictures' });
    await library.getByText('No pictures yet').waitFor(WAIT);
    await library.locator('input[type=file]').setInputFiles([join(files, 'invoice.jpg'), join(files, 'IMG_2041.JPG')]);
    await library.getByRole('alert').filter({ hasText: '"invoice.jpg" is not a picture PageHub can use' }).waitFor(WAIT);
    const photo = library.getByRole('button', { name: 'Use IMG_2041.JPG' });
    await photo.waitFor({ timeout: 60_000 });
    // A 12 MP photo is answered before its sizes exist: the library says so under it, and it can be used at once.
    await library.getByRole('status').filter({ hasText: 'Preparing sizes…' }).waitFor(WAIT);
    await captureScreen(page, 'picture-library', { isFullPage: false });
    await photo.click({ timeout: 10_000 });
    await page.getByLabel('What the picture shows').fill('Fresh loaves cooling on the bakery counter');
    await page.getByLabel('What the picture shows').blur();
    await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('.hero-image')?.getAttribute('alt') === 'Fresh loaves cooling on the bakery counter', null, WAIT);
    // The preview redraws on each change: wait for the redrawn photo to load (on a busy machine it takes a moment).
    await page.waitForFunction(() => {
      const image = document.querySelector('iframe')?.contentDocument?.querySelector<HTMLImageElement>('img.hero-image');
      return image !== null && image !== undefined && image.complete && image.naturalWidth > 0;
    }, null, WAIT);

    // Once the job has made every size, the editor hears of it and the preview's hero gains its AVIF and WebP sources.
    await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('picture source[type="image/avif"]') != null, null, { timeout: 60_000 });

    // Theme → Logo: the PNG, uploaded from the same library.
    await page.getByRole('tab', { name: 'Theme' }).click();
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await library.locator('input[type=file]').setInputFiles(join(files, 'crumb-logo.png'));
    await library.getByRole('button', { name: 'Use crumb-logo.png' }).click(WAIT);
    await page.getByAltText('Your logo').waitFor(WAIT);
    await page.getByText('All changes saved').waitFor(WAIT);
    await captureScreen(page, 'editor-with-pictures');
    expect(await seriousAxeViolations(page, { exclude: PREVIEW_FRAME })).toEqual([]);

    // Published: the hero is a <picture> whose every file is served, clean of the camera's EXIF and GPS.
    await api('POST', `/api/sites/${created.id}/publish`, { confirmSamples: true });
    const home = (await fetchPublished('/')).body.toString();
    const picture = /<picture class="ph-[a-z0-9]+">(.*?)<\/picture>/s.exec(home)?.[1] ?? '';
    expect(picture).toMatch(/<source type="image\/avif" srcset="[^"]+"/);
    expect(picture).toMatch(/<img src="\/assets\/1600w\.[0-9a-f]+\.jpg" srcset="[^"]+" sizes="[^"]+" class="hero-image" alt="Fresh loaves cooling on the bakery counter" decoding="async" fetchpriority="high" width="4000" height="3000">/);
    const variantUrls = [...picture.matchAll(/(\/assets\/[^\s",]+)/g)].map((match) => match[1]!);
    expect(new Set(variantUrls).size).toBe(12);
    for (const variant of new Set(variantUrls)) {
      const served = await fetchPublished(variant);
      expect([served.status, served.type]).toEqual([200, expect.stringMatching(/^image\/(avif|webp|jpeg)$/)]);
      for (const marker of [...Object.values(EXIF_MARKERS), 'Exif\0\0']) expect(served.body.includes(Buffer.from(marker, 'latin1'))).toBe(false);
    }
    const logo = /<a class="brand" href="\/"><img src="(\/assets\/[^"]+\.png)" alt="" width="120" height="40">/.exec(home)?.[1];
    expect(logo).toBeTruthy();
    expect(home).toMatch(/<link rel="icon" href="\/icons\/favicon-32\.[0-9a-f]{20}\.png" sizes="32x32" type="image\/png">/);
    expect(home).toMatch(/<link rel="apple-touch-icon" href="\/icons\/apple-touch-icon\.[0-9a-f]{20}\.png" sizes="180x180">/);
    expect((await fetchPublished(logo!)).status).toBe(200);

    // The published page in the browser: the photo loads at both widths.
    await page.goto(`http://${SUBDOMAIN}.localhost:${new URL(url).port}/`);
    await page.locator('img.hero-image').evaluate((image: HTMLImageElement) => image.decode());
    await captureScreen(page, 'published-photo-hero');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.locator('img.hero-image').evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/\.avif$/);
  }, 240_000);

  it('asks for a description of a picture that has none before publishing, and publishes what the person wrote', async () => {
    const site = await api('GET', `/api/sites/${siteId}`);
    const heroIndex = (site.document.pages[0].sections as { type: string }[]).findIndex((section) => section.type === 'hero');
    await api('POST', `/api/sites/${siteId}/commits`, { branch: 'main', base: site.head.id, patch: [{ op: 'replace', path: `/pages/0/sections/${heroIndex}/props/image/alt`, value: '' }] });

    await page.goto(`${url}/sites/${siteId}/publish`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click(WAIT);
    const ask = page.getByRole('region', { name: 'Describe your picture before it goes live' });
    await ask.waitFor(WAIT);
    // Nothing written: it says so and publishes nothing.
    const field = ask.getByLabel('Hero on Home');
    await field.fill('');
    await ask.getByRole('button', { name: 'Save and publish' }).click();
    await ask.getByText('Write what this picture shows.').waitFor(WAIT);
    expect((await captureScreen(page, 'publish-asks-for-alt')).overflowAtPhone).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await field.fill('A basket of sourdough loaves on the counter');
    await ask.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByRole('button', { name: 'Publish with the samples' }).click(WAIT);
    await page.getByText('Your site is live at:').waitFor(WAIT);
    expect((await fetchPublished('/')).body.toString()).toContain('alt="A basket of sourdough loaves on the counter"');
  }, 120_000);

  it('takes a clean SVG logo (refusing a hostile one by name), offers its colours as theme colours, and publishes it with its icons', async () => {
    const { sites } = await api('GET', '/api/sites');
    const siteId = (sites as { id: string; subdomain: string }[]).find((entry) => entry.subdomain === SUBDOMAIN)!.id;
    await page.goto(`${url}/sites/${siteId}`);
    await page.getByRole('tab', { name: 'Theme' }).click(WAIT);
    await page.getByRole('button', { name: 'Change logo' }).click(WAIT);
    const library = page.getByRole('dialog', { name: 'Photos and pictures' });
    await library.locator('input[type=file]').setInputFiles([join(files, 'free-logo.svg'), join(files, 'crumb-logo.svg')]);
    await library.getByRole('alert').filter({ hasText: '"free-logo.svg" was not stored: this SVG drawing has an event handler (onload)' }).waitFor(WAIT);
    await library.getByRole('button', { name: 'Use crumb-logo.svg' }).click({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Colours from your logo' }).waitFor(WAIT);
    const palette = (await api('GET', `/api/sites/${siteId}/assets`)).assets.find((asset: { fileName: string }) => asset.fileName === 'crumb-logo.svg');
    const { palette: colours } = await api('GET', `/api/sites/${siteId}/assets/${palette.id}/palette`);
    expect(colours.length).toBeGreaterThanOrEqual(2);
    const offered = page.getByRole('button', { name: /^Use #[0-9a-f]{6}: .* as the primary colour$/ });
    expect(await offered.count()).toBe(colours.length);
    await page.getByRole('button', { name: new RegExp(`^Use ${colours[1]}: [0-9.]+:1, .* as the primary colour$`) }).click();
    await expect.poll(() => page.getByLabel('primary colour picker').inputValue(), WAIT).toBe(colours[1]);
    await page.getByText('All changes saved').waitFor(WAIT);
    await page.getByRole('heading', { name: 'Colours from your logo' }).scrollIntoViewIfNeeded();
    await captureScreen(page, 'theme-logo-palette');
    expect(await seriousAxeViolations(page, { exclude: PREVIEW_FRAME })).toEqual([]);

    await api('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    const home = (await fetchPublished('/')).body.toString();
    const drawing = /<a class="brand" href="\/"><img src="(\/assets\/1600w\.[0-9a-f]+\.svg)" alt="" width="120" height="40">/.exec(home)?.[1];
    expect(drawing).toBeTruthy();
    const served = await fetchPublished(drawing!);
    expect([served.status, served.type]).toEqual([200, 'image/svg+xml']);
    const og = /<meta property="og:image" content="[^"]+(\/icons\/og\.[0-9a-f]{20}\.png)">\n<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">/.exec(home)?.[1];
    expect(og).toBeTruthy();
    expect((await fetchPublished(og!)).type).toBe('image/png');
    expect(home).toContain(`<meta name="theme-color" content="${colours[1]}">`);

    await page.goto(`http://${SUBDOMAIN}.localhost:${new URL(url).port}/`);
    const headerLogo = page.locator('.brand img');
    await headerLogo.evaluate((image: HTMLImageElement) => image.decode());
    expect(await headerLogo.evaluate((image: HTMLImageElement) => [image.naturalWidth > 0, Math.round(image.getBoundingClientRect().height)])).toEqual([true, 40]);
    await captureScreen(page, 'published-svg-logo', { isFullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 240_000);
});
