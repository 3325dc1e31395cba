// The picture library over HTTP, on both databases and both storages (the filesystem and a real S3-protocol
// server): an upload is stored without its EXIF/GPS as AVIF, WebP and JPEG variants the editor can fetch; alt text;
// a picture the site shows can't be deleted (409 naming where); hostile and broken files are refused with a
// message naming the file, and nothing is stored; viewers, strangers, other origins and wrong bodies are refused.
// Then upload → hero → publish → the site server serves the page's <picture> and every variant, from either storage.
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBlobStore } from '../../src/assets/index.ts';
import { startSiteServer } from '../../src/publish/index.ts';
import { attribute, elements, parseDocument } from '../support/dom.ts';
import { backends } from '../support/backends.ts';
import { siteRequest } from '../support/site-request.ts';
import { addMember } from '../support/members.ts';
import { startS3Server, type S3Server } from '../support/s3-server.ts';
import { cameraPhoto, EXIF_MARKERS, hostileUploads, pngLogo } from '../support/test-images.ts';
import { cleanSvgLogo, HOSTILE_SVGS, twoColourSvgLogo } from '../support/test-svgs.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

const s3: S3Server = await startS3Server('pagehub-assets');
afterAll(() => s3.close());

const STORAGES = [
  { storage: 'filesystem', environment: () => ({}) },
  { storage: 's3', environment: () => s3.env },
];
const MATRIX = backends.flatMap((backend) => STORAGES.map((storage) => ({ ...storage, backend, name: `${backend.name} + ${storage.storage}` })));

const photo = await cameraPhoto(1200, 800);
const hostile = await hostileUploads();

function uploadRequest(siteId: string, files: { name: string; bytes: Uint8Array; type?: string }[], { cookie, origin = TEST_PUBLIC_URL }: { cookie: string; origin?: string }): Request {
  const form = new FormData();
  for (const file of files) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'image/jpeg' }), file.name);
  return new Request(new URL(`/api/sites/${siteId}/assets`, TEST_PUBLIC_URL), { method: 'POST', headers: { origin, cookie }, body: form });
}

describe.each(MATRIX)('the picture library on $name', ({ backend, environment, storage }) => {
  let harness: TestApp;
  let owner = { cookie: '', userId: '' };
  let viewer = { cookie: '', userId: '' };
  let siteId = '';
  /** The photo the first test uploads; the publishing test shows it. */
  let photoId = '';

  const call = async (method: string, path: string, { body, cookie = owner.cookie }: { body?: unknown; cookie?: string } = {}) => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
  const upload = async (files: Parameters<typeof uploadRequest>[1], options: { cookie?: string; origin?: string } = {}) => {
    const response = await harness.app.request(uploadRequest(siteId, files, { cookie: options.cookie ?? owner.cookie, ...(options.origin ? { origin: options.origin } : {}) }));
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, any> };
  };
  /** Files the storage holds: blobs under DATA_DIR, or objects in the S3 server's directory. */
  const storedFiles = async () => (await readdir(storage === 's3' ? s3.directory : join(harness.config.DATA_DIR, 'blobs'), { recursive: true }).catch(() => [])).length;
  const commit = async (patch: unknown[]) => {
    const head = (await call('GET', `/api/sites/${siteId}`)).body.head.id as string;
    const answer = await call('POST', `/api/sites/${siteId}/commits`, { body: { base: head, patch } });
    expect(answer.status).toBe(201);
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, environment());
    owner = await signUp(harness.app, 'owner@example.com');
    viewer = await signUp(harness.app, 'viewer@example.com');
    siteId = (await call('POST', '/api/sites', { body: { subdomain: 'crumb', name: 'Crumb bakery', template: 'bakery' } })).body.id as string;
    await addMember(harness, siteId, owner.cookie, { email: 'viewer@example.com', cookie: viewer.cookie }, 'viewer');
  }, 120_000);
  afterAll(() => harness?.close());

  it('stores an upload as variants without its EXIF or GPS, and serves them to the editor', async () => {
    const answer = await upload([{ name: 'fresh-sourdough-loaf.jpg', bytes: photo }]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const { asset } = answer.body;
    photoId = asset.id as string;
    expect(asset).toMatchObject({ fileName: 'fresh-sourdough-loaf.jpg', width: 1200, height: 800, alt: '', suggestedAlt: 'Fresh sourdough loaf' });
    expect(asset.variants.map((variant: { format: string; width: number }) => `${variant.format}@${variant.width}`).sort()).toEqual(
      ['avif', 'jpeg', 'webp'].flatMap((format) => [480, 960, 1200].map((width) => `${format}@${width}`)).sort(),
    );
    expect(asset.url).toBe(`/api/sites/${siteId}/assets/${asset.id}/1200.jpg`);
    for (const variant of asset.variants as { url: string; format: string; width: number; height: number; bytes: number }[]) {
      const response = await harness.app.request(apiRequest(variant.url, { cookie: viewer.cookie }));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`image/${variant.format}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBe(variant.bytes);
      const metadata = await sharp(bytes).metadata();
      expect([metadata.width, metadata.height, metadata.exif]).toEqual([variant.width, variant.height, undefined]);
      for (const marker of Object.values(EXIF_MARKERS)) expect(bytes.includes(Buffer.from(marker))).toBe(false);
    }
    const listed = await call('GET', `/api/sites/${siteId}/assets`, { cookie: viewer.cookie });
    expect(listed.body.assets.map((entry: { id: string }) => entry.id)).toEqual([asset.id]);
    expect(listed.body.storage.bytes).toBe(asset.variants.reduce((total: number, variant: { bytes: number }) => total + variant.bytes, 0));
    // The owner's account counts every site it owns: at least this one.
    expect(listed.body.storage.ownerBytes).toBeGreaterThanOrEqual(listed.body.storage.bytes);
    expect(listed.body.storage.bytes).toBeGreaterThan(0);
  });

  it('sets alt text, and refuses to delete a picture the site shows, naming where', async () => {
    const { asset } = (await upload([{ name: 'logo.png', bytes: await pngLogo(), type: 'image/png' }])).body;
    const named = await call('PATCH', `/api/sites/${siteId}/assets/${asset.id}`, { body: { alt: '  Crumb bakery logo ' } });
    expect(named.status).toBe(200);
    expect(named.body.asset.alt).toBe('Crumb bakery logo');
    expect((await call('PATCH', `/api/sites/${siteId}/assets/${asset.id}`, { body: { alt: 'x'.repeat(301) } })).body.errors[0].path).toBe('body/alt');

    await commit([{ op: 'add', path: '/theme/logo/src', value: `asset:${asset.id}` }]);
    const refused = await call('DELETE', `/api/sites/${siteId}/assets/${asset.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ASSET_IN_USE', usedIn: [{ place: 'Theme › Logo' }] });
    expect(refused.body.detail).toContain('Theme › Logo');
    expect((await call('GET', `/api/sites/${siteId}/assets/${asset.id}`)).body.usedIn).toEqual([{ place: 'Theme › Logo' }]);

    await commit([{ op: 'remove', path: '/theme/logo/src' }]);
    expect((await call('DELETE', `/api/sites/${siteId}/assets/${asset.id}`)).status).toBe(204);
    expect((await call('GET', `/api/sites/${siteId}/assets`)).body.assets.map((entry: { id: string }) => entry.id)).not.toContain(asset.id);
    expect((await call('DELETE', `/api/sites/${siteId}/assets/${asset.id}`)).status).toBe(404);
  });

  it('refuses hostile and broken files with a message naming each, and stores nothing', async () => {
    const before = { files: await storedFiles(), assets: (await call('GET', `/api/sites/${siteId}/assets`)).body.assets.length };
    for (const file of hostile) {
      const answer = await upload([{ name: file.name, bytes: file.bytes }]);
      expect(answer.status, file.name).toBe(file.status);
      expect(answer.type).toContain('application/problem+json');
      expect(answer.body.detail, file.name).toMatch(file.says);
      expect(answer.body.errors?.[0]?.path).toBe('body/file');
    }
    expect(await storedFiles()).toBe(before.files);
    expect((await call('GET', `/api/sites/${siteId}/assets`)).body.assets.length).toBe(before.assets);
  });

  it('refuses every hostile SVG naming the file and the reason, storing nothing; takes a clean SVG logo and serves its drawing locked down', async () => {
    const before = { files: await storedFiles(), assets: (await call('GET', `/api/sites/${siteId}/assets`)).body.assets.length };
    for (const [name, { svg, says }] of Object.entries(HOSTILE_SVGS)) {
      if (name === 'externalEntity' || name === 'malformed') continue; // not recognisably SVG by their first bytes: refused as unknown files
      const answer = await upload([{ name: `${name}.svg`, bytes: Buffer.from(svg), type: 'image/svg+xml' }]);
      expect(answer.status, name).toBe(422);
      expect(answer.body.detail, name).toContain(`"${name}.svg" was not stored: this SVG drawing`);
      expect(answer.body.detail, name).toMatch(says);
      expect(answer.body.errors?.[0]).toMatchObject({ path: 'body/file', message: expect.stringMatching(says) });
    }
    expect(await storedFiles()).toBe(before.files);
    expect((await call('GET', `/api/sites/${siteId}/assets`)).body.assets.length).toBe(before.assets);

    const answer = await upload([{ name: 'bakery-logo.svg', bytes: Buffer.from(cleanSvgLogo), type: 'image/svg+xml' }]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.asset).toMatchObject({ fileName: 'bakery-logo.svg', width: 1600, height: 533 });
    const drawing = (answer.body.asset.variants as { format: string; url: string }[]).find((variant) => variant.format === 'svg')!;
    const served = await harness.app.request(apiRequest(drawing.url, { cookie: owner.cookie }));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(await served.text()).toContain('<linearGradient id="brand"');
  });

  it('answers a logo’s colours, most-used first', async () => {
    const answer = await upload([{ name: 'two-colours.svg', bytes: Buffer.from(twoColourSvgLogo), type: 'image/svg+xml' }]);
    expect(answer.status).toBe(201);
    const palette = await call('GET', `/api/sites/${siteId}/assets/${answer.body.asset.id}/palette`);
    expect([palette.status, palette.body]).toEqual([200, { palette: ['#1d4ed8', '#ea580c'] }]);
    expect((await call('GET', `/api/sites/${siteId}/assets/${answer.body.asset.id}/palette`, { cookie: viewer.cookie })).status).toBe(200);
    expect((await call('GET', `/api/sites/${siteId}/assets/no-such-picture/palette`)).status).toBe(404);
  });

  it('refuses viewers, strangers, other origins, JSON bodies and forms without one file', async () => {
    const small = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#345' } }).jpeg().toBuffer();
    expect((await upload([{ name: 'a.jpg', bytes: small }], { cookie: viewer.cookie })).status).toBe(403);
    const stranger = await signUp(harness.app, `stranger-${storage}@example.com`);
    expect((await upload([{ name: 'a.jpg', bytes: small }], { cookie: stranger.cookie })).status).toBe(404);
    expect((await upload([{ name: 'a.jpg', bytes: small }], { origin: 'https://evil.example' })).body.code).toBe('CROSS_ORIGIN_REQUEST');
    const json = await call('POST', `/api/sites/${siteId}/assets`, { body: { file: 'data:image/png;base64,AAAA' } });
    expect([json.status, json.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const none = await upload([]);
    expect([none.status, none.body.errors?.[0]?.path]).toEqual([400, 'body/file']);
    const two = await upload([{ name: 'a.jpg', bytes: small }, { name: 'b.jpg', bytes: small }]);
    expect([two.status, two.body.errors?.[0]?.path]).toEqual([400, 'body/file']);
  });

  it('publishes an uploaded hero photo with the site, and the site server serves every variant of it', async () => {
    const site = (await call('GET', `/api/sites/${siteId}`)).body;
    const heroIndex = (site.document.pages[0].sections as { type: string }[]).findIndex((section) => section.type === 'hero');
    await commit([{ op: 'add', path: `/pages/0/sections/${heroIndex}/props/image`, value: { src: `asset:${photoId}`, alt: 'Sourdough loaves on the counter', width: 1200, height: 800 } }]);
    expect((await call('POST', `/api/sites/${siteId}/publish`, { body: { confirmSamples: true } })).status).toBe(200);

    const server = await startSiteServer({ database: harness.database, blobs: openBlobStore(harness.config), config: harness.config, listenForChanges: false });
    const http = createServer(server.handler((_request, response) => response.writeHead(404).end()));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const page = await siteRequest(port, 'crumb.localhost', '/');
      expect(page.status).toBe(200);
      const nodes = [...elements(parseDocument(page.text))];
      const hero = nodes.find((node) => node.tagName === 'img' && attribute(node, 'alt') === 'Sourdough loaves on the counter')!;
      expect([attribute(hero, 'width'), attribute(hero, 'height'), attribute(hero, 'fetchpriority')]).toEqual(['1200', '800', 'high']);
      const urls = nodes.filter((node) => node.tagName === 'source' || node === hero).flatMap((node) => (attribute(node, 'srcset') ?? '').split(', ').map((entry) => entry.split(' ')[0]!));
      expect(urls).toHaveLength(9);
      for (const url of urls) {
        const file = await siteRequest(port, 'crumb.localhost', url);
        expect(file.status, url).toBe(200);
        expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(file.headers['content-type']).toMatch(/^image\/(avif|webp|jpeg)$/);
        for (const marker of Object.values(EXIF_MARKERS)) expect(file.raw.includes(Buffer.from(marker))).toBe(false);
      }
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
    }
  });

  it('publishes favicons, an apple-touch icon and an Open Graph card made from an SVG logo, linked in every page and served for a year', async () => {
    const logo = await upload([{ name: 'crumb-logo.svg', bytes: Buffer.from(cleanSvgLogo), type: 'image/svg+xml' }]);
    await commit([{ op: 'add', path: '/theme/logo/src', value: `asset:${logo.body.asset.id}` }]);
    expect((await call('POST', `/api/sites/${siteId}/publish`, { body: { confirmSamples: true } })).status).toBe(200);
    const server = await startSiteServer({ database: harness.database, blobs: openBlobStore(harness.config), config: harness.config, listenForChanges: false });
    const http = createServer(server.handler((_request, response) => response.writeHead(404).end()));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const site = (await call('GET', `/api/sites/${siteId}`)).body;
      const pagePaths = (site.document.pages as { slug: string }[]).map((page) => (page.slug === '' ? '/' : `/${page.slug}/`));
      for (const path of pagePaths) {
        const page = await siteRequest(port, 'crumb.localhost', path);
        expect(page.status, path).toBe(200);
        const nodes = [...elements(parseDocument(page.text))];
        const links = nodes.filter((node) => node.tagName === 'link' && /icon/.test(attribute(node, 'rel') ?? ''));
        expect(links.map((node) => `${attribute(node, 'rel')} ${attribute(node, 'sizes')}`), path).toEqual(['icon 32x32', 'icon 192x192', 'icon 512x512', 'apple-touch-icon 180x180']);
        const meta = (property: string) => attribute(nodes.find((node) => node.tagName === 'meta' && attribute(node, 'property') === property)!, 'content');
        expect(meta('og:image'), path).toMatch(/^http:\/\/crumb\.localhost:\d+\/icons\/og\.[0-9a-f]{20}\.png$/);
        expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
        if (path !== '/') continue;
        const files = [...links.map((node) => [attribute(node, 'href')!, Number(attribute(node, 'sizes')!.split('x')[0])] as const), [new URL(meta('og:image')!).pathname, 1200] as const];
        for (const [href, width] of files) {
          const file = await siteRequest(port, 'crumb.localhost', href);
          expect([file.status, file.headers['content-type'], file.headers['cache-control']], href).toEqual([200, 'image/png', 'public, max-age=31536000, immutable']);
          expect((await sharp(file.raw).metadata()).width, href).toBe(width);
        }
        const headerLogo = nodes.find((node) => node.tagName === 'img' && (attribute(node, 'src') ?? '').endsWith('.svg'))!;
        expect([attribute(headerLogo, 'width'), attribute(headerLogo, 'height')]).toEqual(['120', '40']);
        const drawing = await siteRequest(port, 'crumb.localhost', attribute(headerLogo, 'src')!);
        expect([drawing.status, drawing.headers['content-type'], drawing.headers['content-security-policy']]).toEqual([200, 'image/svg+xml', "default-src 'none'; style-src 'unsafe-inline'; sandbox"]);
        expect(drawing.text).not.toContain('Exported by');
      }
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
    }
  });
});
