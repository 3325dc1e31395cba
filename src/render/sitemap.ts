import type { Site } from '../site/index.ts';
import { html } from '../markup/index.ts';
import { pagePath } from './links.ts';
import { isMultilingual, localeVersions } from './locales.ts';

function singleLocaleSitemap(site: Site, baseUrl: string): string {
  const urls = site.pages.map((page) => `  <url><loc>${html`${baseUrl}${pagePath(page)}`.value}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Every locale's version of every page, each listing all versions as `xhtml:link` alternates (Google's format). */
function multilingualSitemap(site: Site, baseUrl: string): string {
  const urls = site.pages.flatMap((page) => {
    const versions = localeVersions(site, pagePath(page));
    const alternates = [...versions, { locale: 'x-default', path: pagePath(page) }]
      .map(({ locale, path }) => html`    <xhtml:link rel="alternate" hreflang="${locale}" href="${baseUrl}${path}"/>`.value)
      .join('\n');
    return versions.map(({ path }) => `  <url>\n    <loc>${html`${baseUrl}${path}`.value}</loc>\n${alternates}\n  </url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** sitemap.xml: one `<url>` per published page, in every locale the site has. */
export function sitemap(site: Site, baseUrl: string): string {
  return isMultilingual(site) ? multilingualSitemap(site, baseUrl) : singleLocaleSitemap(site, baseUrl);
}
