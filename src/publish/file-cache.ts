// Published files in memory, ready to send: the bytes as stored plus, for text-like files, gzip and brotli
// versions compressed once when the file is first loaded. Keyed by blob hash (a hash always names the same
// bytes, so entries never go stale) and bounded by the bytes held: the least recently used files go first.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { BlobStore } from '../assets/index.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface CachedFile {
  hash: string;
  identity: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  /** Bytes held for this file, all encodings together. */
  bytes: number;
}

/** Below this size compression saves less than the headers it costs. */
const MIN_COMPRESSIBLE_BYTES = 256;

async function compressed(bytes: Buffer, algorithm: 'gzip' | 'br'): Promise<Buffer | null> {
  const output =
    algorithm === 'br'
      ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
      : await gzipAsync(bytes, { level: 9 });
  return output.length < bytes.length ? output : null;
}

export class FileCache {
  readonly #entries = new Map<string, CachedFile>();
  readonly #loading = new Map<string, Promise<CachedFile | undefined>>();
  #bytes = 0;

  /** `maxBytes`: the most the cache holds, all encodings together (default 128 MiB). */
  constructor(
    readonly blobs: BlobStore,
    readonly maxBytes = 128 * 1024 * 1024,
  ) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The file if it is in memory (and now the most recently used), without waiting. */
  peek(hash: string): CachedFile | undefined {
    const entry = this.#entries.get(hash);
    if (entry) {
      this.#entries.delete(hash);
      this.#entries.set(hash, entry);
    }
    return entry;
  }

  /** The file, read from the blob store (and compressed) on a miss; undefined when the store has no such blob. */
  load(hash: string, isCompressible: boolean): Promise<CachedFile | undefined> {
    const entry = this.peek(hash);
    if (entry) return Promise.resolve(entry);
    let loading = this.#loading.get(hash);
    if (!loading) {
      loading = this.#read(hash, isCompressible).finally(() => this.#loading.delete(hash));
      this.#loading.set(hash, loading);
    }
    return loading;
  }

  async #read(hash: string, isCompressible: boolean): Promise<CachedFile | undefined> {
    const identity = await this.blobs.get(hash);
    if (!identity) return undefined;
    const shouldCompress = isCompressible && identity.length >= MIN_COMPRESSIBLE_BYTES;
    const [gzipped, brotlied] = shouldCompress ? await Promise.all([compressed(identity, 'gzip'), compressed(identity, 'br')]) : [null, null];
    const file: CachedFile = { hash, identity, gzip: gzipped, br: brotlied, bytes: identity.length + (gzipped?.length ?? 0) + (brotlied?.length ?? 0) };
    this.#store(file);
    return file;
  }

  #store(file: CachedFile): void {
    if (file.bytes > this.maxBytes) return;
    const existing = this.#entries.get(file.hash);
    if (existing) {
      this.#bytes -= existing.bytes;
      this.#entries.delete(file.hash);
    }
    this.#entries.set(file.hash, file);
    this.#bytes += file.bytes;
    for (const [hash, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(hash);
      this.#bytes -= entry.bytes;
    }
  }
}
