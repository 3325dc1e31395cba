import type { Page, Site } from '../site/index.ts';

/** The URL path a page is served at: `/` for home, `/about/` otherwise. */
export function pagePath(page: Pick<Page, 'slug'>): string {
  return page.slug === '' ? '/' : `/${page.slug}/`;
}

/** The file a page is written to. */
export function pageFile(page: Pick<Page, 'slug'>): string {
  return page.slug === '' ? 'index.html' : `${page.slug}/index.html`;
}

/** Resolves an Href: `page:<id>[#section]` to the page's path, `asset:<id>` to its published path. */
export function createHrefResolver(site: Site): (target: string) => string {
  const paths = new Map(site.pages.map((page) => [page.id, pagePath(page)]));
  return (target) => {
    const internal = /^page:([^#]+)(#.+)?$/.exec(target);
    if (internal) return `${paths.get(internal[1] ?? '') ?? '/'}${internal[2] ?? ''}`;
    return target;
  };
}

export function assetPath(source: string): string {
  return source.startsWith('asset:') ? `/assets/${source.slice('asset:'.length)}` : source;
}
