import { getAsset, makeSiteIcons, type BlobStore } from '../assets/index.ts';
import { assetIdOf, type Site, type SiteIcons } from '../site/index.ts';
import type { Db, DeploymentManifest } from '../store/index.ts';

const entry = async (blobs: BlobStore, bytes: Buffer) => ({ hash: await blobs.put(bytes), size: bytes.byteLength, type: 'image/png' });
const fingerprinted = (name: string, hash: string) => `icons/${name}.${hash.slice(0, 20)}.png`;

/**
 * The icons a deployment publishes from the site's logo picture — favicons (32, 192, 512), the apple-touch icon
 * and the Open Graph card, made at publish time because the touch icon and the card are painted in the theme's
 * background colour — at fingerprinted paths, each a content-addressed blob. Undefined when the logo is text (the
 * monogram favicon.svg stands) or its picture has no raster file.
 */
export async function publishedIcons(db: Db, blobs: BlobStore, siteId: string, document: Site): Promise<{ icons: SiteIcons; files: DeploymentManifest } | undefined> {
  const assetId = document.theme.logo.src ? assetIdOf(document.theme.logo.src) : undefined;
  if (assetId === undefined) return undefined;
  const asset = await getAsset(db, siteId, assetId, { includeDeleted: true });
  const largest = asset?.variants.filter((variant) => variant.format === 'png' || variant.format === 'jpeg').sort((a, b) => b.width - a.width)[0];
  const logo = largest && (await blobs.get(largest.hash));
  if (!logo) return undefined;
  const made = await makeSiteIcons(logo, document.theme.colors.background);
  const files: DeploymentManifest = {};
  const add = async (name: string, bytes: Buffer) => {
    const stored = await entry(blobs, bytes);
    const path = fingerprinted(name, stored.hash);
    files[path] = stored;
    return `/${path}`;
  };
  const favicons = [];
  for (const favicon of made.favicons) favicons.push({ size: favicon.size, url: await add(`favicon-${favicon.size}`, favicon.bytes) });
  const appleTouchIcon = await add('apple-touch-icon', made.appleTouchIcon);
  const openGraph = { url: await add('og', made.openGraph.bytes), width: made.openGraph.width, height: made.openGraph.height };
  return { icons: { favicons, appleTouchIcon, openGraph }, files };
}
