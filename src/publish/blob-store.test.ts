// One suite, every BlobStore: content addressing, idempotent puts, refusal of anything that is not a hash.
// The filesystem store also must never leave a partial blob under its final name.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryBlobStore, hashBytes, type BlobStore } from './blob-store.ts';
import { createFsBlobStore } from './fs-blob-store.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-blobs-'));
afterAll(() => rm(workspace, { recursive: true, force: true }));

let directories = 0;
const STORES: { name: string; open(): Promise<BlobStore> }[] = [
  { name: 'memory', open: async () => createMemoryBlobStore() },
  { name: 'filesystem', open: async () => createFsBlobStore(join(workspace, `store-${(directories += 1)}`)) },
];

describe.each(STORES)('BlobStore ($name)', ({ open }) => {
  it('stores bytes under their sha-256 and gives them back', async () => {
    const blobs = await open();
    const bytes = Buffer.from('<h1>Hello</h1>\n');
    const hash = await blobs.put(bytes);
    expect(hash).toBe(createHash('sha256').update('<h1>Hello</h1>\n').digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await blobs.has(hash)).toBe(true);
    expect((await blobs.get(hash))?.equals(bytes)).toBe(true);
  });

  it('stores the same bytes once, even when put concurrently', async () => {
    const blobs = await open();
    const bytes = Buffer.from('same bytes '.repeat(1000));
    const hashes = await Promise.all(Array.from({ length: 8 }, () => blobs.put(bytes)));
    expect(new Set(hashes).size).toBe(1);
    expect((await blobs.get(hashes[0] as string))?.equals(bytes)).toBe(true);
  });

  it('answers undefined / false for unknown hashes and for anything that is not a hash', async () => {
    const blobs = await open();
    const unknown = hashBytes(Buffer.from('never stored'));
    expect(await blobs.get(unknown)).toBeUndefined();
    expect(await blobs.has(unknown)).toBe(false);
    for (const probe of ['../../etc/passwd', `${unknown.slice(0, 2)}/../${unknown.slice(3)}`, unknown.toUpperCase(), '', 'abc']) {
      expect(await blobs.get(probe)).toBeUndefined();
      expect(await blobs.has(probe)).toBe(false);
    }
  });

  it('keeps empty and binary blobs intact', async () => {
    const blobs = await open();
    for (const bytes of [Buffer.alloc(0), Buffer.from([0, 255, 1, 254, 0, 0, 13, 10])]) {
      const hash = await blobs.put(bytes);
      expect((await blobs.get(hash))?.equals(bytes)).toBe(true);
    }
  });
});

describe('filesystem BlobStore layout', () => {
  it('writes ab/cdef… files and leaves no temporary files behind', async () => {
    const root = join(workspace, 'layout');
    const blobs = createFsBlobStore(root);
    const hashes = await Promise.all(['one', 'two', 'three', 'four'].map((text) => blobs.put(Buffer.from(text))));
    for (const hash of hashes) expect((await readFile(join(root, hash.slice(0, 2), hash.slice(2)))).length).toBeGreaterThan(0);
    const files = (await readdir(root, { recursive: true })).map(String);
    expect(files.filter((file) => file.includes('.tmp-'))).toEqual([]);
  });

  it('ignores a leftover temporary file from a crash and still stores the blob under its final name', async () => {
    const root = join(workspace, 'crashed');
    const blobs = createFsBlobStore(root);
    const bytes = Buffer.from('complete content');
    const hash = hashBytes(bytes);
    await blobs.put(Buffer.from('make the directory'));
    await mkdir(join(root, hash.slice(0, 2)), { recursive: true });
    await writeFile(join(root, hash.slice(0, 2), `.tmp-${hash.slice(2, 10)}-deadbeef`), bytes.subarray(0, 4));
    expect(await blobs.has(hash)).toBe(false);
    expect(await blobs.put(bytes)).toBe(hash);
    expect((await blobs.get(hash))?.equals(bytes)).toBe(true);
  });
});
