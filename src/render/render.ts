import { resolveText, SECTION_CATALOG, type Page, type Site } from '../site/index.ts';
import { BASE_CSS } from './base-css.ts';
import { monogramFavicon } from './favicon.ts';
import { hashString } from './hash.ts';
import { html } from './html.ts';
import { assetPath, createHrefResolver, pageFile, pagePath } from './links.ts';
import { renderDocument, renderPage, type PageRenderEnvironment } from './render-page.ts';
import { ART_CSS } from './svg-art.ts';
import { themeCss } from './theme-css.ts';

export interface RenderOptions {
  /** The public origin, for canonical URLs, Open Graph and the sitemap. Default: the site's seo.siteUrl, else http://localhost:8080. */
  baseUrl?: string;
  /** Where contact forms post. Default: `/api/forms/<siteId>/<formId>` with `siteId` below. */
  formAction?: (formId: string) => string;
  /** The site's id on the platform, for form endpoints. */
  siteId?: string;
}

/** The stylesheet: theme tokens, base rules, generated-art rules, then every section type's rules. */
export function renderStylesheet(site: Site): string {
  return [themeCss(site.theme), BASE_CSS, ART_CSS, ...SECTION_CATALOG.map((definition) => definition.css)].map((part) => part.trim()).join('\n') + '\n';
}

function blogPosts(site: Site, locale: string, href: (target: string) => string): PageRenderEnvironment['posts'] {
  return site.pages
    .filter((page): page is Page & { date: string } => page.kind === 'post' && page.date !== undefined)
    .sort((first, second) => (first.date === second.date ? first.id.localeCompare(second.id) : second.date.localeCompare(first.date)))
    .map((page) => ({ title: resolveText(page.title, locale), href: href(`page:${page.id}`), date: page.date, excerpt: resolveText(page.excerpt, locale) }));
}

function sitemap(site: Site, baseUrl: string): string {
  const urls = site.pages.map((page) => `  <url><loc>${html`${baseUrl}${pagePath(page)}`.value}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

function notFoundPage(environment: PageRenderEnvironment): string {
  const main = html`<section class="section page-404 tone-base">
<div class="container">
<p class="code" aria-hidden="true">404</p>
<h1>We could not find that page</h1>
<p class="lead">The page may have moved, or the address may have a typo.</p>
<p class="actions"><a class="button" href="/">Go to the home page</a></p>
</div>
</section>`;
  return renderDocument({ title: `Page not found · ${environment.site.name}`, description: `The page you asked for is not on ${environment.site.name}.`, path: '/404.html', main, isIndexable: false }, environment);
}

/**
 * The whole site as files: one `index.html` per page (`about/index.html` …), a fingerprinted stylesheet,
 * `favicon.svg`, `404.html`, `sitemap.xml` and `robots.txt`. Pure and deterministic: the same document gives the
 * same bytes, in the browser as on the server.
 */
export function render(site: Site, options: RenderOptions = {}): Map<string, string> {
  const baseUrl = (options.baseUrl ?? site.seo.siteUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
  const locale = site.locales.default;
  const stylesheetText = renderStylesheet(site);
  const stylesheet = `styles.${hashString(stylesheetText).slice(0, 10)}.css`;
  const href = createHrefResolver(site);
  const siteId = options.siteId ?? 'local';
  const environment: PageRenderEnvironment = {
    site,
    locale,
    baseUrl,
    stylesheet,
    favicon: site.theme.logo.src ? assetPath(site.theme.logo.src) : '/favicon.svg',
    href,
    formAction: options.formAction ?? ((formId) => `/api/forms/${encodeURIComponent(siteId)}/${encodeURIComponent(formId)}`),
    posts: blogPosts(site, locale, href),
  };
  const files = new Map<string, string>();
  for (const page of site.pages) files.set(pageFile(page), renderPage(page, environment));
  files.set('404.html', notFoundPage(environment));
  files.set(stylesheet, stylesheetText);
  files.set('favicon.svg', monogramFavicon(site.name, site.theme.colors.primary));
  files.set('sitemap.xml', sitemap(site, baseUrl));
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`);
  return files;
}
