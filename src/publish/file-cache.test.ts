import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createMemoryBlobStore, type BlobStore } from '../assets/index.ts';
import { FileCache } from './file-cache.ts';

const page = (label: string) => Buffer.from(`<!doctype html><title>${label}</title>${'<p>Fresh bread, every morning.</p>'.repeat(200)}`);

describe('FileCache', () => {
  it('loads a file once, with gzip and brotli versions that decode to the same bytes', async () => {
    const blobs = createMemoryBlobStore();
    const bytes = page('home');
    const hash = await blobs.put(bytes);
    let reads = 0;
    const counting: BlobStore = { ...blobs, get: (key) => ((reads += 1), blobs.get(key)) };
    const cache = new FileCache(counting);
    const [first, second] = await Promise.all([cache.load(hash, true), cache.load(hash, true)]);
    expect(first).toBe(second);
    expect(reads).toBe(1);
    expect(first?.identity.equals(bytes)).toBe(true);
    expect(gunzipSync(first?.gzip as Buffer).equals(bytes)).toBe(true);
    expect(brotliDecompressSync(first?.br as Buffer).equals(bytes)).toBe(true);
    expect((first?.br as Buffer).length).toBeLessThan(bytes.length / 10);
    expect(cache.peek(hash)).toBe(first);
    expect(cache.bytes).toBe(first?.bytes);
  });

  it('keeps images and tiny files as they are', async () => {
    const blobs = createMemoryBlobStore();
    const image = await blobs.put(Buffer.alloc(5_000, 7));
    const tiny = await blobs.put(Buffer.from('User-agent: *\n'));
    const cache = new FileCache(blobs);
    expect(await cache.load(image, false)).toMatchObject({ gzip: null, br: null });
    expect(await cache.load(tiny, true)).toMatchObject({ gzip: null, br: null });
  });

  it('stays within its byte budget, dropping the least recently used files first', async () => {
    const blobs = createMemoryBlobStore();
    const hashes = await Promise.all(['a', 'b', 'c', 'd'].map((label) => blobs.put(page(label))));
    const probe = new FileCache(blobs);
    const size = (await probe.load(hashes[0] as string, true))?.bytes as number;
    const cache = new FileCache(blobs, Math.floor(size * 3.5));
    for (const hash of hashes.slice(0, 3)) await cache.load(hash, true);
    cache.peek(hashes[0] as string); // a is now the most recent; b the least
    await cache.load(hashes[3] as string, true);
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
    expect(cache.peek(hashes[1] as string)).toBeUndefined();
    for (const hash of [hashes[0], hashes[2], hashes[3]]) expect(cache.peek(hash as string)).toBeDefined();
  });

  it('answers undefined for a blob the store does not have, and caches nothing', async () => {
    const cache = new FileCache(createMemoryBlobStore());
    expect(await cache.load('0'.repeat(64), true)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
