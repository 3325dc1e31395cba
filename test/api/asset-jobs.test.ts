// Large photos processed as a job, on both databases and both storages (the filesystem and a real S3-protocol
// server): a JPEG over BACKGROUND_ABOVE_PIXELS is answered before its variants exist — `processing`, with one
// display-size JPEG the editor shows at the picture's own width and height — and no stored byte carries its
// EXIF/GPS; publishing while it is processing is refused (409 PICTURE_NOT_READY); the job makes the full set and
// publishing then works; a job whose source turns out damaged marks the picture failed with the reason, references
// nothing it made, and publishing names it; a job the storage fails stays `processing` for its retries and is
// marked failed on the last attempt. Last, the same through pg-boss, as the server runs it.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_ABOVE_PIXELS, finishPicture, openBlobStore, PICTURE_NOT_PREPARED } from '../../src/assets/index.ts';
import { createLogger } from '../../src/logger.ts';
import { backends } from '../support/backends.ts';
import { startS3Server, type S3Server } from '../support/s3-server.ts';
import { cameraPhoto, EXIF_MARKERS } from '../support/test-images.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

const s3: S3Server = await startS3Server('pagehub-asset-jobs');
afterAll(() => s3.close());

const STORAGES = [
  { storage: 'filesystem', environment: () => ({}) },
  { storage: 's3', environment: () => s3.env },
];
const MATRIX = backends.flatMap((backend) => STORAGES.map((storage) => ({ ...storage, backend, name: `${backend.name} + ${storage.storage}` })));

/** One camera photo for every test: 2600 × 1800 (4.7 megapixels, over the threshold), with EXIF and GPS. */
const photo = await cameraPhoto(2600, 1800);
const silentLogger = createLogger('silent');

function uploadRequest(siteId: string, name: string, bytes: Uint8Array, cookie: string): Request {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name);
  return new Request(new URL(`/api/sites/${siteId}/assets`, TEST_PUBLIC_URL), { method: 'POST', headers: { origin: TEST_PUBLIC_URL, cookie }, body: form });
}

const hasExifMarker = (bytes: Buffer) => Object.values(EXIF_MARKERS).some((marker) => bytes.includes(Buffer.from(marker)));
const sizes = (asset: { variants: { format: string; width: number }[] }) => asset.variants.map((variant) => `${variant.format}@${variant.width}`).sort();

/** The app over `harness` with its own helpers, for one site. */
function siteClient(harness: () => TestApp, cookie: () => string, siteId: () => string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await harness().app.request(apiRequest(path, { method, cookie: cookie(), ...(body === undefined ? {} : { body }) }));
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
  return {
    call,
    async upload(name: string, bytes: Uint8Array) {
      const response = await harness().app.request(uploadRequest(siteId(), name, bytes, cookie()));
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    },
    async showInHero(assetId: string) {
      const site = (await call('GET', `/api/sites/${siteId()}`)).body;
      const heroIndex = (site.document.pages[0].sections as { type: string }[]).findIndex((section) => section.type === 'hero');
      const answer = await call('POST', `/api/sites/${siteId()}/commits`, {
        base: site.head.id,
        patch: [{ op: 'add', path: `/pages/0/sections/${heroIndex}/props/image`, value: { src: `asset:${assetId}`, alt: 'Loaves on the counter', width: 2600, height: 1800 } }],
      });
      expect(answer.status).toBe(201);
    },
    publish: () => call('POST', `/api/sites/${siteId()}/publish`, { confirmSamples: true }),
  };
}

describe.each(MATRIX)('large photos as jobs on $name', ({ backend, environment, storage }) => {
  let harness: TestApp;
  let owner = { cookie: '', userId: '' };
  let siteId = '';
  /** Jobs handed over and not yet run: the test runs them, so it sees the picture before and after. */
  const held: string[] = [];
  const client = siteClient(() => harness, () => owner.cookie, () => siteId);
  const jobDeps = () => ({ db: harness.database.db, blobs: openBlobStore(harness.config), clock: () => new Date(), logger: silentLogger });
  /** Every file the storage holds, read back. */
  const storedBytes = async () => {
    const directory = storage === 's3' ? s3.directory : join(harness.config.DATA_DIR, 'blobs');
    const names = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
    return Promise.all(names.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name))));
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, environment(), { pictures: { enqueue: async (assetId) => void held.push(assetId) } });
    owner = await signUp(harness.app, 'owner@example.com');
    siteId = (await client.call('POST', '/api/sites', { subdomain: 'crumb', name: 'Crumb bakery', template: 'bakery' })).body.id as string;
  }, 120_000);
  afterAll(() => harness?.close());

  it('answers a large upload before its variants exist, shows a display file without EXIF, refuses to publish until the job has made every size', async () => {
    expect(2600 * 1800).toBeGreaterThan(BACKGROUND_ABOVE_PIXELS);
    const answer = await client.upload('counter.jpg', photo);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const { asset } = answer.body;
    expect(asset).toMatchObject({ status: 'processing', failure: null, width: 2600, height: 1800, url: `/api/sites/${siteId}/assets/${asset.id}/1600.jpg` });
    expect(sizes(asset)).toEqual(['jpeg@1600']);
    expect(held).toEqual([asset.id]);

    const display = await harness.app.request(apiRequest(asset.url, { cookie: owner.cookie }));
    expect(display.status).toBe(200);
    const displayBytes = Buffer.from(await display.arrayBuffer());
    const metadata = await sharp(displayBytes).metadata();
    expect([metadata.width, metadata.height, metadata.exif]).toEqual([1600, 1108, undefined]);
    expect(hasExifMarker(displayBytes)).toBe(false);
    // Not one stored byte — display file or the source the job reads — carries the camera's EXIF or GPS.
    const stored = await storedBytes();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(stored.filter(hasExifMarker)).toEqual([]);

    const listed = (await client.call('GET', `/api/sites/${siteId}/assets`)).body.assets;
    expect(listed.map((entry: { id: string; status: string }) => `${entry.id} ${entry.status}`)).toEqual([`${asset.id} processing`]);

    await client.showInHero(asset.id);
    const refused = await client.publish();
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'PICTURE_NOT_READY', assetId: asset.id });
    expect(refused.body.detail).toContain('"counter.jpg" is still being prepared');

    await finishPicture(jobDeps(), held.shift()!);
    const ready = (await client.call('GET', `/api/sites/${siteId}/assets/${asset.id}`)).body.asset;
    expect(ready).toMatchObject({ status: 'ready', failure: null, width: 2600, height: 1800 });
    expect(sizes(ready)).toEqual(['avif', 'jpeg', 'webp'].flatMap((format) => [480, 960, 1600, 2400].map((width) => `${format}@${width}`)).sort());
    for (const variant of ready.variants as { url: string }[]) {
      const bytes = Buffer.from(await (await harness.app.request(apiRequest(variant.url, { cookie: owner.cookie }))).arrayBuffer());
      expect(hasExifMarker(bytes), variant.url).toBe(false);
    }
    expect((await storedBytes()).filter(hasExifMarker)).toEqual([]);
    // Running the job again (a retry after a crash) changes nothing.
    await finishPicture(jobDeps(), asset.id);
    expect((await client.call('GET', `/api/sites/${siteId}/assets/${asset.id}`)).body.asset.variants).toEqual(ready.variants);

    const published = await client.publish();
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  }, 60_000);

  it('marks the picture failed when its job finds the stored source damaged, references nothing the job made, and publishing names it', async () => {
    const answer = await client.upload('damaged-later.jpg', photo);
    expect(answer.body.asset.status).toBe('processing');
    const assetId = held.shift()!;
    expect(assetId).toBe(answer.body.asset.id);
    // The stored source turns out cut short (as a bad disk or an interrupted copy would leave it).
    const blobs = openBlobStore(harness.config);
    const row = await harness.database.db.selectFrom('assets').select('source_hash').where('id', '=', assetId).executeTakeFirstOrThrow();
    const source = (await blobs.get(row.source_hash!))!;
    const damagedHash = await blobs.put(source.subarray(0, Math.floor(source.length / 2)));
    await harness.database.db.updateTable('assets').set({ source_hash: damagedHash }).where('id', '=', assetId).execute();

    await finishPicture(jobDeps(), assetId);
    const failed = (await client.call('GET', `/api/sites/${siteId}/assets/${assetId}`)).body.asset;
    expect(failed).toMatchObject({ status: 'failed', width: 2600, height: 1800 });
    expect(failed.failure).toContain('"damaged-later.jpg" could not be read: the file looks damaged or cut short');
    expect(sizes(failed)).toEqual(['jpeg@1600']); // still the display file only
    const listed = (await client.call('GET', `/api/sites/${siteId}/assets`)).body.assets.find((entry: { id: string }) => entry.id === assetId);
    expect(listed.failure).toBe(failed.failure);

    await client.showInHero(assetId);
    const refused = await client.publish();
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PICTURE_NOT_READY');
    expect(refused.body.detail).toContain('"damaged-later.jpg" could not be prepared');
  }, 60_000);

  it.runIf(storage === 'filesystem')('retries a job the storage failed (the picture stays processing), and marks it failed on the last attempt', async () => {
    const answer = await client.upload('storage-trouble.jpg', photo);
    const assetId = held.shift()!;
    expect(assetId).toBe(answer.body.asset.id);
    // The source's file cannot be read (a directory stands where it should be): an error that is not the file's fault.
    const unreadable = 'e'.repeat(64);
    await mkdir(join(harness.config.DATA_DIR, 'blobs', unreadable.slice(0, 2), unreadable.slice(2)), { recursive: true });
    await harness.database.db.updateTable('assets').set({ source_hash: unreadable }).where('id', '=', assetId).execute();
    const status = async () => (await client.call('GET', `/api/sites/${siteId}/assets/${assetId}`)).body.asset;

    await expect(finishPicture(jobDeps(), assetId, { isLastAttempt: false })).rejects.toThrow(/EISDIR|directory/);
    expect(await status()).toMatchObject({ status: 'processing', failure: null });
    await expect(finishPicture(jobDeps(), assetId, { isLastAttempt: true })).rejects.toThrow(/EISDIR|directory/);
    expect(await status()).toMatchObject({ status: 'failed', failure: PICTURE_NOT_PREPARED });
  });

  it('refuses a large photo that is damaged at upload, naming it, and stores nothing', async () => {
    const before = { files: (await storedBytes()).length, assets: (await client.call('GET', `/api/sites/${siteId}/assets`)).body.assets.length };
    const answer = await client.upload('cut-short.jpg', photo.subarray(0, Math.floor(photo.length * 0.6)));
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toContain('"cut-short.jpg" could not be read');
    expect(held).toEqual([]);
    expect((await storedBytes()).length).toBe(before.files);
    expect((await client.call('GET', `/api/sites/${siteId}/assets`)).body.assets.length).toBe(before.assets);
  });
});

describe('large photos through pg-boss, as the server runs them', () => {
  let harness: TestApp;
  let owner = { cookie: '', userId: '' };
  let siteId = '';
  const client = siteClient(() => harness, () => owner.cookie, () => siteId);

  beforeAll(async () => {
    harness = await openTestApp(backends[0]!, {}, { startQueue: true });
    owner = await signUp(harness.app, 'owner@example.com');
    siteId = (await client.call('POST', '/api/sites', { subdomain: 'crumb', name: 'Crumb bakery', template: 'bakery' })).body.id as string;
  }, 120_000);
  afterAll(() => harness?.close());

  it('a worker makes the variants after the answer, and the asset turns ready', async () => {
    const started = performance.now();
    const answer = await client.upload('counter.jpg', photo);
    const answeredMs = performance.now() - started;
    expect(answer.status).toBe(201);
    expect(answer.body.asset.status).toBe('processing');
    let asset = answer.body.asset;
    const deadline = Date.now() + 30_000;
    while (asset.status === 'processing' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      asset = (await client.call('GET', `/api/sites/${siteId}/assets/${asset.id}`)).body.asset;
    }
    expect(asset.status).toBe('ready');
    expect(asset.variants).toHaveLength(12);
    console.info(`large upload answered in ${Math.round(answeredMs)} ms; ready after ${Math.round(performance.now() - started)} ms`);
  }, 60_000);
});
