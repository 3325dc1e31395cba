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

function freshId(base: string, fallback: string, taken: ReadonlySet<string>): string {
  const stem = kebabCase(base).slice(0, MAX_STEM).replace(/-+$/, '') || fallback;
  if (!taken.has(stem)) return stem;
  for (let number = 2; ; number += 1) if (!taken.has(`${stem}-${number}`)) return `${stem}-${number}`;
}

/** A new id for a section of `type` on the page `pageId`: `home-testimonials`, then `home-testimonials-2`… */
export function freshSectionId(site: Site, pageId: string, type: string): string {
  return freshId(`${pageId}-${kebabCase(type)}`, 'section', takenIds(site));
}

/** A new page id from `base` (usually the slug): `careers`, then `careers-2`… */
export function freshPageId(site: Site, base: string): string {
  return freshId(base, 'page', takenIds(site));
}
