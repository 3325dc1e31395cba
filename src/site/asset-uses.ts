import { sectionDefinition } from './catalog.ts';
import type { Site } from './site.ts';

/** One place in a site document that shows an uploaded picture. */
export interface AssetUse {
  /** In words for the person: "Home › Hero", "Theme › Logo", "About › Search preview". */
  place: string;
  pageId?: string;
  sectionId?: string;
}

function mentions(value: unknown, reference: string): boolean {
  if (value === reference) return true;
  if (Array.isArray(value)) return value.some((item) => mentions(item, reference));
  if (value !== null && typeof value === 'object') return Object.values(value).some((item) => mentions(item, reference));
  return false;
}

/** Every place in `site` that refers to the upload `assetId` (as `asset:<id>`): what must change before it can be deleted. */
export function assetUses(site: Site, assetId: string): AssetUse[] {
  const reference = `asset:${assetId}`;
  const uses: AssetUse[] = [];
  if (mentions(site.theme.logo, reference)) uses.push({ place: 'Theme › Logo' });
  if (mentions(site.seo, reference)) uses.push({ place: 'Site › Search preview' });
  for (const page of site.pages) {
    if (mentions(page.seo, reference)) uses.push({ place: `${page.title} › Search preview`, pageId: page.id });
    for (const section of page.sections) {
      if (mentions(section.props, reference)) uses.push({ place: `${page.title} › ${sectionDefinition(section.type)?.label ?? section.type}`, pageId: page.id, sectionId: section.id });
    }
  }
  return uses;
}
