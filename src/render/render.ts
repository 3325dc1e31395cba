import { resolveText, SECTION_CATALOG, type ImageAssets, type LocalizedText, type Page, type Site, type SiteIcons } from '../site/index.ts';
import { BASE_CSS } from './base-css.ts';
import { chromeWords } from './chrome-words.ts';
import { monogramFavicon } from './favicon.ts';
import { hashString } from './hash.ts';
import { isRightToLeft } from './language-names.ts';
import { LANGUAGE_SWITCHER_CSS } from './language-switcher.ts';
import { createHrefResolver, pageFile } from './links.ts';
import { isMultilingual, localePrefix, localizePath, siteLocales } from './locales.ts';
import { notFoundPage } from './not-found-page.ts';
import { THANKS_FILE, thanksPage } from './thanks-page.ts';
import { imageCss, imageUrl } from './picture.ts';
import type { PageRenderEnvironment } from './page-environment.ts';
import { renderPage } from './render-page.ts';
import { sitemap } from './sitemap.ts';
import { ART_CSS } from './svg-art.ts';
import { themeCss } from './theme-css.ts';
import { DEFAULT_FONT_URL, fontFaceCss, headingFontFile, type FontUrl } from './font-faces.ts';

export interface RenderOptions {
  /** The public origin, for canonical URLs, Open Graph and the sitemap. Default: the site's seo.siteUrl, else http://localhost:8080. */
  baseUrl?: string;
  /** Where contact forms post. Default: `/api/forms/<siteId>/<formId>` with `siteId` below. */
  formAction?: (formId: string) => string;
  /** The site's id on the platform, for form endpoints. */
  siteId?: string;
  /** Uploaded pictures the document shows (`asset:<id>`), with the addresses of their files; missing ones get art. */
  images?: ImageAssets;
  /** The favicons, apple-touch icon and Open Graph card publishing made from the logo; without them the head links the logo's file or favicon.svg. */
  icons?: SiteIcons;
  /** Where the pages find the curated font files; default `/fonts/<file>`. Publishing gives fingerprinted paths. */
  fontUrl?: FontUrl;
  /** A "Made with PageHub" link in every footer, to this address (plans that carry the badge). */
  badge?: { href: string };
}

/**
 * The stylesheet: the theme's @font-face rules, theme tokens, base rules, the language switcher's rules (multi-locale
 * sites), generated-art rules, then every section type's rules. Every page carries it in a `<style>` element in its
 * head (see pageStyle); the file is written too, for the pages the platform answers on the site's behalf.
 */
export function renderStylesheet(site: Site, images?: ImageAssets, fontUrl: FontUrl = DEFAULT_FONT_URL): string {
  const languageSwitcher = isMultilingual(site) ? [LANGUAGE_SWITCHER_CSS] : [];
  const pictures = images && Object.keys(images).length > 0 ? [imageCss(images)] : [];
  const faces = fontFaceCss(site.theme, fontUrl);
  return [...(faces ? [faces] : []), themeCss(site.theme), BASE_CSS, ...languageSwitcher, ART_CSS, ...SECTION_CATALOG.map((definition) => definition.css), ...pictures].map((part) => part.trim()).join('\n') + '\n';
}

/**
 * The stylesheet as the text of a page's `<style>` element. Inline, not linked: after a linked stylesheet, Chromium
 * on a phone often shows the first frame a second late (docs/decisions/2026-12-05-inline-stylesheet.md), and a
 * phone on a slow network saves a round trip. Only a string in the CSS could hold `</`; `<\/` reads the same there.
 */
function pageStyle(stylesheet: string): string {
  return stylesheet.replaceAll('</', '<\\/');
}

function blogPosts(site: Site, localize: PageRenderEnvironment['localize'], href: (target: string) => string): PageRenderEnvironment['posts'] {
  return site.pages
    .filter((page): page is Page & { date: string } => page.kind === 'post' && page.date !== undefined)
    .sort((first, second) => (first.date === second.date ? first.id.localeCompare(second.id) : second.date.localeCompare(first.date)))
    .map((page) => ({ title: localize(page.title), href: href(`page:${page.id}`), date: page.date, excerpt: localize(page.excerpt) }));
}

type SharedEnvironment = Pick<PageRenderEnvironment, 'site' | 'baseUrl' | 'style' | 'fontPreload' | 'favicon' | 'formAction' | 'images' | 'icons' | 'badge'>;

/** Everything the pages of one locale share: its text, its links (under its prefix), its words. */
function localeEnvironment(shared: SharedEnvironment, locale: string): PageRenderEnvironment {
  const { site } = shared;
  const isMultiple = isMultilingual(site);
  const localize = (text: LocalizedText | undefined) => resolveText(text, locale, site.locales.default);
  const href = createHrefResolver(site, localePrefix(site, locale));
  return {
    ...shared,
    locale,
    localize,
    ...(isMultiple && isRightToLeft(locale) ? { direction: 'rtl' as const } : {}),
    homePath: localizePath(site, locale, '/'),
    words: chromeWords(locale),
    href,
    posts: blogPosts(site, localize, href),
  };
}

/** The file a page is written to in `locale`: `about/index.html`, or `es/about/index.html`. */
function localeFile(site: Site, locale: string, file: string): string {
  const prefix = localePrefix(site, locale);
  return prefix === '' ? file : `${prefix.slice(1)}/${file}`;
}

/**
 * The whole site as files: one `index.html` per page (`about/index.html` …) with the stylesheet in its head, the
 * stylesheet as a fingerprinted file too, `favicon.svg`, `404.html`, `thanks/index.html` (after a contact form;
 * unless a page is there), `sitemap.xml` and `robots.txt`. A site with several locales gets every page once more
 * per other locale under the locale's code (`es/about/index.html`); the default locale stays at the root, and where
 * a page's slug would take a locale's place (a page at `/es/`), the page keeps it. Pure and deterministic: the same
 * document gives the same bytes, in the browser as on the server.
 */
export function render(site: Site, options: RenderOptions = {}): Map<string, string> {
  const baseUrl = (options.baseUrl ?? site.seo.siteUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
  const fontUrl = options.fontUrl ?? DEFAULT_FONT_URL;
  const stylesheetText = renderStylesheet(site, options.images, fontUrl);
  const preloadFile = headingFontFile(site.theme);
  const stylesheet = `styles.${hashString(stylesheetText).slice(0, 10)}.css`;
  const siteId = options.siteId ?? 'local';
  const shared: SharedEnvironment = {
    site,
    baseUrl,
    style: pageStyle(stylesheetText),
    fontPreload: preloadFile === undefined ? undefined : fontUrl(preloadFile),
    favicon: (site.theme.logo.src && imageUrl(site.theme.logo.src, options.images, 192)) || '/favicon.svg',
    images: options.images,
    icons: options.icons,
    badge: options.badge,
    formAction: options.formAction ?? ((formId) => `/api/forms/${encodeURIComponent(siteId)}/${encodeURIComponent(formId)}`),
  };
  const files = new Map<string, string>();
  for (const locale of siteLocales(site)) {
    const environment = localeEnvironment(shared, locale);
    for (const page of site.pages) {
      const file = localeFile(site, locale, pageFile(page));
      if (!files.has(file)) files.set(file, renderPage(page, environment));
    }
  }
  const defaultEnvironment = localeEnvironment(shared, site.locales.default);
  files.set('404.html', notFoundPage(defaultEnvironment));
  // Where a browser lands after a contact form, unless the site has its own page at that address.
  const thanks = files.has(THANKS_FILE) ? undefined : thanksPage(defaultEnvironment);
  if (thanks !== undefined) files.set(THANKS_FILE, thanks);
  files.set(stylesheet, stylesheetText);
  files.set('favicon.svg', monogramFavicon(site.name, site.theme.colors.primary));
  files.set('sitemap.xml', sitemap(site, baseUrl));
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`);
  return files;
}
