import { attr, html, join, type SafeHtml } from '../markup/index.ts';
import { assetIdOf, type ArtMotif, type Image, type ImageAsset, type ImageAssets, type ImageFile, type ImageOptions } from '../site/index.ts';
import { assetPath } from './links.ts';
import { placeholderArt } from './svg-art.ts';

/** The largest fallback file a browser without srcset support gets: sharp enough, not the heaviest. */
const FALLBACK_WIDTH = 1600;

/** The class that paints an uploaded picture's loading colour (rules in imageCss: the sites' CSP forbids style attributes). */
export function imageClassOf(assetId: string): string {
  return `ph-${assetId.replace(/[^a-z0-9]/gi, '').slice(0, 12).toLowerCase()}`;
}

/** `.ph-… { background-color }` for each uploaded picture the pages show. */
export function imageCss(images: ImageAssets | undefined): string {
  return Object.entries(images ?? {})
    .map(([id, image]) => `.${imageClassOf(id)}{background-color:${/^#[0-9a-f]{6}$/i.test(image.dominantColor) ? image.dominantColor : 'transparent'}}`)
    .join('\n');
}

const srcset = (files: readonly ImageFile[]) => files.map((file) => `${file.url} ${file.width}w`).join(', ');

function fallbackOf(asset: ImageAsset): ImageFile[] {
  return asset.files.filter((file) => file.format === 'jpeg' || file.format === 'png').sort((a, b) => a.width - b.width);
}

/**
 * One address for an image source where a single file is wanted (favicon, logo, Open Graph): for an uploaded
 * picture, its JPEG/PNG file closest above `width` (or its largest); undefined when the picture is not in `images`.
 */
export function imageUrl(source: string, images: ImageAssets | undefined, width: number): string | undefined {
  const assetId = assetIdOf(source);
  if (assetId === undefined) return assetPath(source);
  return imageFileFor(source, images, width)?.url;
}

/** Like imageUrl for an uploaded picture, with the chosen file's pixel size; undefined for addresses and missing pictures. */
export function imageFileFor(source: string, images: ImageAssets | undefined, width: number): { url: string; width: number; height: number } | undefined {
  const assetId = assetIdOf(source);
  const asset = assetId === undefined ? undefined : images?.[assetId];
  const fallback = asset ? fallbackOf(asset) : [];
  const file = fallback.find((candidate) => candidate.width >= width) ?? fallback.at(-1);
  return asset && file ? { url: file.url, width: file.width, height: Math.round((file.width * asset.height) / asset.width) } : undefined;
}

/** How the header shows a logo picture: its sanitized SVG drawing when it was uploaded as one (sharp at any size), else a raster file `width` wide or wider. */
export function logoFileOf(source: string, images: ImageAssets | undefined, width: number): string | undefined {
  const assetId = assetIdOf(source);
  const drawing = assetId === undefined ? undefined : images?.[assetId]?.files.find((file) => file.format === 'svg');
  return drawing?.url ?? imageUrl(source, images, width);
}

/** An uploaded picture's intrinsic size, or undefined. */
export function imageSizeOf(source: string, images: ImageAssets | undefined): { width: number; height: number } | undefined {
  const assetId = assetIdOf(source);
  const asset = assetId === undefined ? undefined : images?.[assetId];
  return asset ? { width: asset.width, height: asset.height } : undefined;
}

/** How a priority image is preloaded: the `<link rel="preload">` a page puts in its head. */
export interface ImagePreload {
  imagesrcset: string;
  imagesizes: string;
  type: string;
  href: string;
}

export interface PictureContext {
  images: ImageAssets | undefined;
  /** Told about the page's priority image, for its `<link rel="preload">`. */
  onPreload(preload: ImagePreload): void;
  /** Art for a picture the renderer has no files for: its seed and the site's drawings. */
  seed: string;
  motifs?: readonly ArtMotif[];
}

/**
 * An image in a page. An uploaded picture becomes `<picture>` with AVIF and WebP `srcset`s and a JPEG/PNG `<img>`
 * carrying `width`/`height` (no layout shift), `decoding="async"`, lazy loading below the fold and
 * `fetchpriority="high"` for the page's main image. A picture missing from `images` (deleted, or a preview without
 * the library) gets generated art rather than a broken image.
 */
export function renderPicture(image: Image, alt: string, options: ImageOptions, context: PictureContext): SafeHtml {
  const loading = options.isPriority || options.isEager ? '' : 'lazy';
  const common = html`${attr('class', options.className)} alt="${alt || options.fallbackAlt || ''}"${attr('loading', loading || undefined)} decoding="async"${options.isPriority ? html` fetchpriority="high"` : ''}`;
  const assetId = assetIdOf(image.src);
  if (assetId === undefined) return html`<img src="${assetPath(image.src)}"${common} width="${image.width}" height="${image.height}">`;
  const asset = context.images?.[assetId];
  const fallback = asset ? fallbackOf(asset) : [];
  if (!asset || fallback.length === 0) return placeholderArt(context.seed, alt, 'wide', context.motifs);
  const src = (fallback.filter((file) => file.width <= FALLBACK_WIDTH).at(-1) ?? fallback[0]!).url;
  const sources = (['avif', 'webp'] as const).map((format) => {
    const files = asset.files.filter((file) => file.format === format);
    return files.length > 0 ? html`<source type="image/${format}" srcset="${srcset(files)}" sizes="${options.sizes}">` : '';
  });
  if (options.isPriority) {
    // A large photo still being prepared (editor preview) has only its display JPEG: preload that.
    const best = (['avif', 'webp'] as const).find((format) => asset.files.some((file) => file.format === format));
    const preloaded = best ? asset.files.filter((file) => file.format === best) : fallback;
    context.onPreload({ imagesrcset: srcset(preloaded), imagesizes: options.sizes, type: `image/${best ?? fallback[0]!.format}`, href: src });
  }
  return html`<picture class="${imageClassOf(assetId)}">${join(sources, '')}<img src="${src}" srcset="${srcset(fallback)}" sizes="${options.sizes}"${common} width="${asset.width}" height="${asset.height}"></picture>`;
}
