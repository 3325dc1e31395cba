import { loadSharp } from './load-sharp.ts';

/** Browser-tab and home-screen icon sizes: the tab (32), Android and the web app manifest's (192, 512). */
export const FAVICON_SIZES = [32, 192, 512] as const;
/** iOS's home-screen icon: opaque (iOS paints transparency black), 180 × 180. */
export const APPLE_TOUCH_SIZE = 180;
/** The Open Graph card link previews show: 1200 × 630. */
export const OPEN_GRAPH_SIZE = { width: 1200, height: 630 } as const;

export interface SiteIconImages {
  favicons: { size: number; bytes: Buffer }[];
  appleTouchIcon: Buffer;
  openGraph: { width: number; height: number; bytes: Buffer };
}

/** The logo scaled to fit inside `width` × `height`, keeping its shape, on a transparent square canvas of that size. */
async function fitted(logo: Uint8Array, width: number, height: number): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(logo).resize({ width, height, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
}

/** The logo centred on an opaque canvas of `background`, inside the given share of it (the rest is margin). */
async function onBackground(logo: Uint8Array, width: number, height: number, share: number, background: string): Promise<Buffer> {
  const sharp = await loadSharp();
  const inner = await fitted(logo, Math.round(width * share), Math.round(height * share));
  const painted = await sharp({ create: { width, height, channels: 3, background } })
    .composite([{ input: inner, gravity: 'centre' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  // sharp composites last, after any flatten: the opaque result is made from its pixels in a second pass.
  return sharp(painted.data, { raw: painted.info }).removeAlpha().png({ compressionLevel: 9 }).toBuffer();
}

/**
 * The icons a published site links in every page's head, made from its logo (any picture sharp reads — the
 * largest raster variant of the upload): PNG favicons that keep the logo's transparency, an opaque apple-touch
 * icon on the theme's background colour, and a 1200 × 630 Open Graph card with the logo centred on it. Same logo
 * and colour, same bytes — so a deployment stores them once however often it is published.
 */
export async function makeSiteIcons(logo: Uint8Array, background: string): Promise<SiteIconImages> {
  const color = /^#[0-9a-f]{6}$/i.test(background) ? background : '#ffffff';
  const favicons = await Promise.all(FAVICON_SIZES.map(async (size) => ({ size, bytes: await fitted(logo, size, size) })));
  const appleTouchIcon = await onBackground(logo, APPLE_TOUCH_SIZE, APPLE_TOUCH_SIZE, 0.8, color);
  const openGraph = { ...OPEN_GRAPH_SIZE, bytes: await onBackground(logo, OPEN_GRAPH_SIZE.width, OPEN_GRAPH_SIZE.height, 0.6, color) };
  return { favicons, appleTouchIcon, openGraph };
}
