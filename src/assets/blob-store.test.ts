// One suite, every BlobStore: content addressing, idempotent puts, refusal of anything that is not a hash — on
// memory, the filesystem and a real S3-protocol server (s3rver, test/support/s3-server.ts). The filesystem store
// also must never leave a partial blob under its final name; the S3 store must refuse an object that was changed.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startS3Server } from '../../test/support/s3-server.ts';
import { createMemoryBlobStore, hashBytes, type BlobStore } from './blob-store.ts';
import { createFsBlobStore } from './fs-blob-store.ts';
import { openBlobStore } from './open-blob-store.ts';
import { createS3BlobStore } from './s3-blob-store.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-blobs-'));
const s3 = await startS3Server();
afterAll(async () => {
  await s3.close();
  await rm(workspace, { recursive: true, force: true });
});
const s3Options = {
  endpoint: s3.env.S3_ENDPOINT,
  bucket: s3.env.S3_BUCKET,
  region: s3.env.S3_REGION,
  accessKeyId: s3.env.S3_ACCESS_KEY_ID,
  secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY,
  forcePathStyle: true,
};

let directories = 0;
const STORES: { name: string; open(): Promise<BlobStore> }[] = [
  { name: 'memory', open: async () => createMemoryBlobStore() },
  { name: 'filesystem', open: async () => createFsBlobStore(join(workspace, `store-${(directories += 1)}`)) },
  { name: 's3', open: async () => openBlobStore(loadConfig({ ...s3.env, DATA_DIR: join(workspace, 'unused') })) },
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

  it('deletes what it is told to, and nothing else; deleting what is not there is fine', async () => {
    const blobs = await open();
    const kept = await blobs.put(Buffer.from('kept bytes'));
    const gone = await blobs.put(Buffer.from('bytes to drop'));
    await blobs.delete(gone);
    await blobs.delete(gone);
    await blobs.delete('../../etc/passwd');
    expect(await blobs.has(gone)).toBe(false);
    expect(await blobs.get(gone)).toBeUndefined();
    expect((await blobs.get(kept))?.toString()).toBe('kept bytes');
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

describe('S3 BlobStore', () => {
  it('keeps a blob as the object blobs/<sha-256>, byte for byte', async () => {
    const blobs = createS3BlobStore(s3Options);
    const bytes = Buffer.from([0, 1, 2, 3, 255, 254]);
    const hash = await blobs.put(bytes);
    const objects = (await readdir(s3.directory, { recursive: true })).map(String);
    expect(objects.some((path) => path.includes(`blobs/${hash}`))).toBe(true);
    expect((await blobs.get(hash))?.equals(bytes)).toBe(true);
    blobs.destroy();
  });

  it('refuses to serve an object whose bytes no longer match its name', async () => {
    const blobs = createS3BlobStore(s3Options);
    const hash = await blobs.put(Buffer.from('the real bytes'));
    const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
    const client = new S3Client({ endpoint: s3Options.endpoint, region: s3Options.region, forcePathStyle: true, credentials: s3Options });
    await client.send(new PutObjectCommand({ Bucket: s3Options.bucket, Key: `blobs/${hash}`, Body: Buffer.from('tampered bytes') }));
    client.destroy();
    await expect(blobs.get(hash)).rejects.toThrow(/does not hold the bytes/);
    blobs.destroy();
  });

  it('says when the bucket is missing or the credentials are wrong', async () => {
    await expect(createS3BlobStore(s3Options).check()).resolves.toBeUndefined();
    await expect(createS3BlobStore({ ...s3Options, bucket: 'no-such-bucket' }).check()).rejects.toThrow();
    await expect(createS3BlobStore({ ...s3Options, accessKeyId: 'NOBODY' }).put(Buffer.from('x'))).rejects.toThrow();
  });

  it('is chosen only when all of S3_ENDPOINT, S3_BUCKET and the keys are set', () => {
    expect(() => loadConfig({ S3_ENDPOINT: s3.env.S3_ENDPOINT, S3_BUCKET: 'pagehub' })).toThrow(/S3_ACCESS_KEY_ID: S3 storage needs/);
    expect(() => loadConfig({ ...s3.env, S3_BUCKET: 'No_Such' })).toThrow(/S3_BUCKET: expected a bucket name/);
    expect(() => loadConfig({ ...s3.env, S3_FORCE_PATH_STYLE: 'maybe' })).toThrow(/S3_FORCE_PATH_STYLE: expected true or false/);
    expect(loadConfig({ ...s3.env }).S3_FORCE_PATH_STYLE).toBe(true);
    expect(loadConfig({}).S3_ENDPOINT).toBeUndefined();
  });
});
