/** One encoded file of an uploaded picture, at the address the page will load it from. */
export interface ImageFile {
  url: string;
  /** `svg` only for an SVG upload's sanitized drawing; every picture has raster files too. */
  format: 'avif' | 'webp' | 'jpeg' | 'png' | 'svg';
  width: number;
}

/** What the renderer knows about one uploaded picture: its size (so nothing shifts while it loads), the colour shown meanwhile, its files. */
export interface ImageAsset {
  width: number;
  height: number;
  /** `#rrggbb`. */
  dominantColor: string;
  files: readonly ImageFile[];
}

/** Uploaded pictures by asset id (`asset:<id>` in the document). */
export type ImageAssets = Readonly<Record<string, ImageAsset>>;

/** The icons a published site made from its logo, at their addresses in the deployment (render() links them in every head). */
export interface SiteIcons {
  /** Square PNG favicons, smallest first. */
  favicons: readonly { url: string; size: number }[];
  /** 180 × 180, opaque. */
  appleTouchIcon: string;
  /** The Open Graph card a page shows when it has no SEO image of its own. */
  openGraph: { url: string; width: number; height: number };
}

/** How a section shows an image. */
export interface ImageOptions {
  /** The image's width on the page at each viewport, as the `sizes` attribute: '(min-width: 60rem) 50vw, 100vw'. */
  sizes: string;
  /** The page's largest image above the fold: fetched first (fetchpriority="high") and preloaded. */
  isPriority?: boolean;
  /** Above the fold but not the main image: loaded at once, not lazily. */
  isEager?: boolean;
  className?: string;
  /** Alt text to use when the image has none (a logo's company name). */
  fallbackAlt?: string;
}

/** The asset id of an `asset:<id>` source, or undefined for URLs and paths. */
export function assetIdOf(source: string): string | undefined {
  return source.startsWith('asset:') ? source.slice('asset:'.length) : undefined;
}

/** Every uploaded picture a site document shows (theme logo, SEO images, section props), each once. */
export function assetIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const id = assetIdOf(value);
    if (id) found.add(id);
  } else if (Array.isArray(value)) for (const item of value) assetIdsIn(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) assetIdsIn(item, found);
  return found;
}
