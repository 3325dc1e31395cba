// Assets: where PageHub keeps bytes. One content-addressed BlobStore interface for published files (and, next,
// uploaded images and their variants) — the filesystem under DATA_DIR by default, an S3-compatible bucket when
// S3_* are configured, memory in tests.
export { createMemoryBlobStore, hashBytes, isBlobHash, type BlobStore } from './blob-store.ts';
export { createFsBlobStore } from './fs-blob-store.ts';
export { createS3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.ts';
export { openBlobStore } from './open-blob-store.ts';
