import { attr, html, join, type SafeHtml } from '../markup/index.ts';
import { imageFileFor, imageUrl } from './picture.ts';
import type { PageRenderEnvironment } from './page-environment.ts';

/**
 * The icon links of every page's head: with icons made from the logo (published sites), each PNG favicon with its
 * `sizes` and the apple-touch icon; otherwise the one favicon the environment names (the logo's file in the
 * editor's preview, or the monogram favicon.svg).
 */
export function iconLinks(environment: PageRenderEnvironment): SafeHtml {
  const { icons, favicon } = environment;
  if (!icons) return html`<link rel="icon" href="${favicon}"${attr('type', favicon.endsWith('.svg') ? 'image/svg+xml' : undefined)}>`;
  const favicons = icons.favicons.map((icon) => html`<link rel="icon" href="${icon.url}" sizes="${icon.size}x${icon.size}" type="image/png">`);
  return join([...favicons, html`<link rel="apple-touch-icon" href="${icons.appleTouchIcon}" sizes="180x180">`], '\n');
}

/**
 * The page's Open Graph image, as an absolute address with its size when known: the page's own SEO image, else the
 * site's, else the card made from the logo.
 */
export function openGraphImage(source: string | undefined, environment: PageRenderEnvironment): { url: string; width?: number; height?: number } | undefined {
  const absolute = (path: string) => (/^https?:/.test(path) ? path : `${environment.baseUrl}${path}`);
  if (source) {
    const file = imageFileFor(source, environment.images, 1200);
    if (file) return { ...file, url: absolute(file.url) };
    const path = imageUrl(source, environment.images, 1200);
    if (path) return { url: absolute(path) };
  }
  const card = environment.icons?.openGraph;
  return card ? { ...card, url: absolute(card.url) } : undefined;
}

/** `og:image` with its width and height when known. */
export function openGraphTags(image: { url: string; width?: number; height?: number }): SafeHtml {
  const size = image.width && image.height ? html`\n<meta property="og:image:width" content="${image.width}">\n<meta property="og:image:height" content="${image.height}">` : '';
  return html`<meta property="og:image" content="${image.url}">${size}`;
}
