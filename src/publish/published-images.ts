import { getAsset } from '../assets/index.ts';
import { AppError } from '../errors.ts';
import { assetIdsIn, type ImageAssets, type ImageFile, type Site } from '../site/index.ts';
import type { Db, DeploymentManifest } from '../store/index.ts';
import { contentTypeOf } from './content-type.ts';

const EXTENSIONS: Record<ImageFile['format'], string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png', svg: 'svg' };

/**
 * The uploaded pictures a document shows, as a deployment publishes them: each variant at a fingerprinted path
 * (`assets/960w.<hash>.webp`, cached as immutable by the site server) that names the blob the upload already
 * stored — nothing is copied. Pictures since deleted from the library still publish (an older version may show
 * them); a reference to a picture that never existed is left out, and the renderer draws art in its place.
 * A picture whose sizes are still being made, or could not be made, stops the publish (409 PICTURE_NOT_READY): a
 * deployment is immutable, and one published with a single display file would stay without AVIF and WebP.
 */
export async function publishedImages(db: Db, siteId: string, document: Site): Promise<{ images: ImageAssets; files: DeploymentManifest }> {
  const images: Record<string, ImageAssets[string]> = {};
  const files: DeploymentManifest = {};
  for (const assetId of [...assetIdsIn(document)].sort()) {
    const asset = await getAsset(db, siteId, assetId, { includeDeleted: true });
    if (!asset) continue;
    if (asset.status === 'processing') {
      throw new AppError('PICTURE_NOT_READY', { detail: `The picture "${asset.fileName}" is still being prepared, so nothing was published. Try again in a moment.`, extra: { assetId } });
    }
    if (asset.status === 'failed') {
      throw new AppError('PICTURE_NOT_READY', { detail: `The picture "${asset.fileName}" could not be prepared (${asset.failure ?? 'its file is damaged'}), so nothing was published. Replace it on the page, then publish again.`, extra: { assetId } });
    }
    const published: ImageFile[] = [];
    for (const variant of asset.variants) {
      const path = `assets/${variant.width}w.${variant.hash.slice(0, 20)}.${EXTENSIONS[variant.format]}`;
      files[path] = { hash: variant.hash, size: variant.size, type: contentTypeOf(path) };
      published.push({ url: `/${path}`, format: variant.format, width: variant.width });
    }
    images[assetId] = { width: asset.width, height: asset.height, dominantColor: asset.dominantColor, files: published };
  }
  return { images, files };
}
