// The samples left in a site: list items PageHub wrote as examples (`sample: true`, ./primitives.ts) that the
// person has neither edited nor kept. Publishing asks before it puts them online; the editor lists them.
import type { Site } from './site.ts';
import { sectionDefinition } from './catalog.ts';
import { resolveText, type LocalizedText } from './text.ts';

export interface SampleItem {
  pageId: string;
  pageTitle: string;
  sectionId: string;
  /** The section's kind as the editor names it: `Testimonials`, `Pricing`. */
  sectionLabel: string;
  /** JSON Pointer of the item in the document: `/pages/0/sections/3/props/items/1`. */
  path: string;
  /** What names the item: `Jordan P.`, `Basic`. */
  name: string;
}

/** What names an item, in the order looked for. */
const NAMING_FIELDS = ['name', 'author', 'title', 'quote'] as const;

export function findSamples(site: Site): SampleItem[] {
  const locale = site.locales.default;
  return site.pages.flatMap((page, pageIndex) =>
    page.sections.flatMap((section, sectionIndex) => {
      const sectionLabel = sectionDefinition(section.type)?.label ?? section.type;
      return samplesIn(section.props, `/pages/${pageIndex}/sections/${sectionIndex}/props`).map(({ item, path }) => ({
        pageId: page.id,
        pageTitle: resolveText(page.title, locale),
        sectionId: section.id,
        sectionLabel,
        path,
        name: nameOf(item, locale),
      }));
    }),
  );
}

function samplesIn(value: unknown, path: string): { item: Record<string, unknown>; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => samplesIn(entry, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (record.sample === true) return [{ item: record, path }];
  return Object.entries(record).flatMap(([key, entry]) => samplesIn(entry, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
}

function nameOf(item: Record<string, unknown>, locale: string): string {
  for (const field of NAMING_FIELDS) {
    const value = item[field];
    const text = typeof value === 'string' || (value !== null && typeof value === 'object') ? resolveText(value as LocalizedText, locale) : '';
    if (text.trim() !== '') return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  }
  return 'an example';
}
