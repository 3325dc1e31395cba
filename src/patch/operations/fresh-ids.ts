// The one id rule for new sections and pages — the shape the composer and the chat editor already store:
// `<page id>-<section type in kebab case>` (`home-hero`, `about-rich-text`) for a section and a slug-like id for
// a page, with `-2`, `-3`… appended until the id is used nowhere in the site. Page and section ids share that
// check, since links name both (`page:about#about-team`). Stems stop at 58 characters so any suffix still fits
// the 64 characters `Id` allows.
import type { Site } from '../../site/index.ts';

const MAX_STEM = 58;

/** `richText` → `rich-text`, `Our Story!` → `our-story`: lowercase letters and digits joined by single hyphens. */
export function kebabCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every page and section id in the site. */
export function takenIds(site: Site): Set<string> {
  return new Set(site.pages.flatMap((page) => [page.id, ...page.sections.map((section) => section.id)]));
}

/**
 * The rule itself, for a caller that knows the ids in use but not the whole document (the chat editor sees only
 * the parts of the site in its context): `base` in kebab case, or `base-2`, `base-3`…, the first not in `taken`.
 */
export function freshIdAmong(base: string, taken: Iterable<string>, fallback = 'section'): string {
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  const stem = kebabCase(base).slice(0, MAX_STEM).replace(/-+$/, '') || fallback;
  if (!used.has(stem)) return stem;
  for (let number = 2; ; number += 1) if (!used.has(`${stem}-${number}`)) return `${stem}-${number}`;
}

/** A new id for a section of `type` on the page `pageId`, among the ids in `taken`. */
export function sectionIdAmong(pageId: string, type: string, taken: Iterable<string>): string {
  return freshIdAmong(`${pageId}-${kebabCase(type)}`, taken, 'section');
}

/** A new id for a section of `type` on the page `pageId`: `home-testimonials`, then `home-testimonials-2`… */
export function freshSectionId(site: Site, pageId: string, type: string): string {
  return sectionIdAmong(pageId, type, takenIds(site));
}

/** A new page id from `base` (usually the slug): `careers`, then `careers-2`… */
export function freshPageId(site: Site, base: string): string {
  return freshIdAmong(base, takenIds(site), 'page');
}
