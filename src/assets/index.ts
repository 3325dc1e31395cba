// Assets: where PageHub keeps bytes, and the sites' uploaded pictures. One content-addressed BlobStore for
// published files and picture variants — the filesystem under DATA_DIR by default, an S3-compatible bucket when
// S3_* are configured, memory in tests.
export { createMemoryBlobStore, hashBytes, isBlobHash, type BlobStore } from './blob-store.ts';
export { createFsBlobStore } from './fs-blob-store.ts';
export { createS3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.ts';
export { openBlobStore } from './open-blob-store.ts';
// Uploaded pictures: checking and variants (sharp), and each site's library of them.
export { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, VARIANT_WIDTHS } from './images/image-limits.ts';
export { makeVariants, type ImageVariant, type ProcessedImage, type VariantFormat } from './images/make-variants.ts';
export { cleanFileName, deleteAsset, getAsset, listAssets, setAssetAlt, siteStorageBytes, uploadAsset, type Asset, type AssetDeps } from './site-assets.ts';
export { suggestAlt } from './suggest-alt.ts';
