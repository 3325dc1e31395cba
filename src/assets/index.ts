// Assets: where PageHub keeps bytes, and the sites' uploaded pictures. One content-addressed BlobStore for
// published files and picture variants — the filesystem under DATA_DIR by default, an S3-compatible bucket when
// S3_* are configured, memory in tests.
export { createMemoryBlobStore, hashBytes, isBlobHash, type BlobStore } from './blob-store.ts';
export { createFsBlobStore } from './fs-blob-store.ts';
export { createS3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.ts';
export { openBlobStore } from './open-blob-store.ts';
// Uploaded pictures: checking and variants (sharp), and each site's library of them.
export { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, VARIANT_WIDTHS } from './images/image-limits.ts';
export { makeVariants, SVG_RASTER_SIDE, type ImageVariant, type ProcessedImage, type VariantFormat } from './images/make-variants.ts';
export { sanitizeSvg, type SanitizedSvg } from './images/sanitize-svg.ts';
// From the logo: the published site's favicons, apple-touch icon and Open Graph card, and its colours for the theme.
export { APPLE_TOUCH_SIZE, FAVICON_SIZES, makeSiteIcons, OPEN_GRAPH_SIZE, type SiteIconImages } from './images/make-site-icons.ts';
export { extractPalette, MAX_PALETTE_COLORS, paletteOfPixels } from './images/extract-palette.ts';
export { assetPalette, cleanFileName, deleteAsset, getAsset, listAssets, setAssetAlt, ownerStorageBytes, siteStorageBytes, uploadAsset, type Asset, type AssetDeps, type UploadInput } from './site-assets.ts';
// Large photos: stored at once (metadata stripped, one display-size file), their variants made by a background job.
export { failPicture, finishPicture, pictureWork, PICTURE_NOT_PREPARED, type PictureJobDeps } from './finish-picture.ts';
export { BACKGROUND_ABOVE_PIXELS, DISPLAY_WIDTH } from './images/image-limits.ts';
export { stripJpegMetadata } from './images/strip-jpeg-metadata.ts';
export { suggestAlt } from './suggest-alt.ts';
