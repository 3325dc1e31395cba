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
}

/** The first `page-<n>` (counting on from the number of pages) that no page uses as its id or address. */
function untitledNumber(site: Site): number {
  const used = new Set(site.pages.flatMap((page) => [page.id, page.slug]));
  let number = site.pages.length + 1;
  while (used.has(`page-${number}`)) number += 1;
  return number;
}

/** A slug from `base` that no page uses yet: `careers`, then `careers-2`… */
function freshSlug(site: Site, base: string): string {
  const used = new Set(site.pages.map((page) => page.slug));
  const stem = kebabCase(base).slice(0, 100) || 'page';
  if (!used.has(stem)) return stem;
  for (let number = 2; ; number += 1) if (!used.has(`${stem}-${number}`)) return `${stem}-${number}`;
}

/** Adds an empty page with a fresh id and address. */
export function addPage(site: Site, { title, at }: AddPageOptions = {}): PatchOperation[] {
  const index = checkIndex(at ?? site.pages.length, site.pages.length, 'Position', true);
  const number = title === undefined ? untitledNumber(site) : 0;
  const slug = title === undefined ? `page-${number}` : freshSlug(site, title);
  const name = title ?? `New page ${number}`;
  // Written whole, defaults included, so the patch is exactly what is stored.
  const page: JsonValue = { id: freshPageId(site, slug), slug, title: name, kind: 'page', excerpt: '', seo: { title: '', description: '' }, sections: [] };
  return [{ op: 'add', path: `/pages/${index}`, value: page }];
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
