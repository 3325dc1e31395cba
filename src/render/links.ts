import type { Page, Site } from '../site/index.ts';

/** The URL path a page is served at: `/` for home, `/about/` otherwise. */
export function pagePath(page: Pick<Page, 'slug'>): string {
  return page.slug === '' ? '/' : `/${page.slug}/`;
}

/** The file a page is written to. */
export function pageFile(page: Pick<Page, 'slug'>): string {
  return page.slug === '' ? 'index.html' : `${page.slug}/index.html`;
}

/**
 * Resolves an Href: `page:<id>[#section]` to the page's path. On a locale's pages (`localePrefix` `/es`) page links
 * — and site paths naming a page, like `/about/#team` — get the prefix, so visitors stay in their language.
 * Other targets (`/assets/…`, `https://…`, `#id`) are written as they are.
 */
export function createHrefResolver(site: Site, localePrefix = ''): (target: string) => string {
  const paths = new Map(site.pages.map((page) => [page.id, pagePath(page)]));
  const pagePaths = new Set(paths.values());
  return (target) => {
    const internal = /^page:([^#]+)(#.+)?$/.exec(target);
    if (internal) return `${localePrefix}${paths.get(internal[1] ?? '') ?? '/'}${internal[2] ?? ''}`;
    if (localePrefix !== '' && pagePaths.has(target.replace(/[?#].*$/, ''))) return `${localePrefix}${target}`;
    return target;
  };
}

export function assetPath(source: string): string {
  return source.startsWith('asset:') ? `/assets/${source.slice('asset:'.length)}` : source;
}
