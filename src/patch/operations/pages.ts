// The pages of a site: add, move, rename, describe for search engines, remove. Pages are named by id.
import type { Site } from '../../site/index.ts';
import type { JsonValue, PatchOperation } from '../json-patch.ts';
import { freshPageId, kebabCase } from './fresh-ids.ts';
import { checkIndex, DocumentOperationError, locatePage } from './locate.ts';
import { setText } from './set-value.ts';

export interface AddPageOptions {
  /** The page's title; `New page <n>` (at `/page-<n>`) when absent. */
  title?: string;
  /** Where it goes in the list of pages; the end when absent. */
  at?: number;
  /** Its address, as the person chose it (checked by the site's schema: form, and no other page using it); derived from the title when absent (`pageSlug`). */
  slug?: string;
  /** Adds a link to it at the end of the navigation bar. */
  showInNavigation?: boolean;
}

/** The first `page-<n>` (counting on from the number of pages) that no page uses as its id or address. */
function untitledNumber(site: Site): number {
  const used = new Set(site.pages.flatMap((page) => [page.id, page.slug]));
  let number = site.pages.length + 1;
  while (used.has(`page-${number}`)) number += 1;
  return number;
}

/** A slug from `base` that no page uses yet: `careers`, then `careers-2`… */
export function pageSlug(site: Site, base: string): string {
  const used = new Set(site.pages.map((page) => page.slug));
  const stem = kebabCase(base).slice(0, 100).replace(/-+$/, '') || 'page';
  if (!used.has(stem)) return stem;
  for (let number = 2; ; number += 1) if (!used.has(`${stem}-${number}`)) return `${stem}-${number}`;
}

/** Adds an empty page with a fresh id and address, linked from the navigation when asked. */
export function addPage(site: Site, { title, at, slug: chosenSlug, showInNavigation = false }: AddPageOptions = {}): PatchOperation[] {
  const index = checkIndex(at ?? site.pages.length, site.pages.length, 'Position', true);
  const number = title === undefined ? untitledNumber(site) : 0;
  const slug = chosenSlug ?? (title === undefined ? `page-${number}` : pageSlug(site, title));
  const name = title ?? `New page ${number}`;
  const id = freshPageId(site, slug || 'page');
  // Written whole, defaults included, so the patch is exactly what is stored.
  const page: JsonValue = { id, slug, title: name, kind: 'page', excerpt: '', seo: { title: '', description: '' }, sections: [] };
  const operations: PatchOperation[] = [{ op: 'add', path: `/pages/${index}`, value: page }];
  if (showInNavigation) operations.push({ op: 'add', path: `/navigation/items/${site.navigation.items.length}`, value: { label: name, href: `page:${id}` } });
  return operations;
}

/** Moves a page to `to` in the list of pages (`[]` when it is already there). */
export function movePage(site: Site, pageId: string, to: number): PatchOperation[] {
  const { pageIndex, path } = locatePage(site, pageId);
  checkIndex(to, site.pages.length, 'Position');
  return to === pageIndex ? [] : [{ op: 'move', from: path, path: `/pages/${to}` }];
}

/** Sets a page's title (its default locale's text when the title is translated). Its address stays. */
export function renamePage(site: Site, pageId: string, title: string): PatchOperation[] {
  return setText(site, `${locatePage(site, pageId).path}/title`, title);
}

/** Sets the title or description search engines show for a page. */
export function setPageSeo(site: Site, pageId: string, key: 'title' | 'description', text: string): PatchOperation[] {
  return setText(site, `${locatePage(site, pageId).path}/seo/${key}`, text);
}

/** Removes a page. The home page cannot go; links to the page make the result invalid, which the applier reports. */
export function removePage(site: Site, pageId: string): PatchOperation[] {
  const { page, path } = locatePage(site, pageId);
  if (page.slug === '') throw new DocumentOperationError('The home page cannot be removed: every site needs one');
  return [{ op: 'remove', path }];
}
