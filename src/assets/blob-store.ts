import { createHash } from 'node:crypto';

/**
 * Content-addressed storage for published files: a blob's key is the sha-256 of its bytes (64 lowercase hex
 * digits), so storing the same bytes twice stores them once, and a key always names the same bytes. Passed in as
 * infrastructure: the filesystem under DATA_DIR by default (fs-blob-store.ts), an S3-compatible bucket when
 * configured (s3-blob-store.ts), memory in tests.
 */
export interface BlobStore {
  /** Stores `bytes` durably (once this resolves, a crash does not lose them) and returns their hash. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `hash`, or undefined when there are none (or `hash` is not a sha-256 hex digest). */
  get(hash: string): Promise<Buffer | undefined>;
  has(hash: string): Promise<boolean>;
  /** Removes the bytes under `hash` (nothing to remove is fine). Only for blobs nothing else can name: an upload's original once its sizes exist. */
  delete(hash: string): Promise<void>;
  /** Resolves when the store can be written to now; rejects with the reason otherwise (/api/health asks). */
  check(): Promise<void>;
}

const HASH = /^[0-9a-f]{64}$/;

export function isBlobHash(value: string): boolean {
  return HASH.test(value);
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A BlobStore in memory, for tests and throw-away servers. */
export function createMemoryBlobStore(): BlobStore & { readonly size: number } {
  const blobs = new Map<string, Buffer>();
  return {
    async put(bytes) {
      const hash = hashBytes(bytes);
      if (!blobs.has(hash)) blobs.set(hash, Buffer.from(bytes));
      return hash;
    },
    async get(hash) {
      return blobs.get(hash);
    },
    async has(hash) {
      return blobs.has(hash);
    },
    async delete(hash) {
      blobs.delete(hash);
    },
    async check() {},
    get size() {
      return blobs.size;
    },
  };
}
