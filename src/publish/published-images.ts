import { getAsset } from '../assets/index.ts';
import { assetIdsIn, type ImageAssets, type ImageFile, type Site } from '../site/index.ts';
import type { Db, DeploymentManifest } from '../store/index.ts';
import { contentTypeOf } from './content-type.ts';

const EXTENSIONS: Record<ImageFile['format'], string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png', svg: 'svg' };

/**
 * The uploaded pictures a document shows, as a deployment publishes them: each variant at a fingerprinted path
 * (`assets/960w.<hash>.webp`, cached as immutable by the site server) that names the blob the upload already
 * stored — nothing is copied. Pictures since deleted from the library still publish (an older version may show
 * them); a reference to a picture that never existed is left out, and the renderer draws art in its place.
 */
export async function publishedImages(db: Db, siteId: string, document: Site): Promise<{ images: ImageAssets; files: DeploymentManifest }> {
  const images: Record<string, ImageAssets[string]> = {};
  const files: DeploymentManifest = {};
  for (const assetId of [...assetIdsIn(document)].sort()) {
    const asset = await getAsset(db, siteId, assetId, { includeDeleted: true });
    if (!asset) continue;
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
