// Three-way merge of sites at section granularity, for merging branches. The document is cut into units —
// each site setting (theme and business one level deeper), each page's metadata, each section as a whole,
// the order of pages and of each page's sections — and each unit is merged on its own: a unit changed on one
// side takes that side, changed the same way on both takes it, changed differently is a conflict. Conflicts
// are reported, never silently resolved. At field granularity (for rebasing one person's change onto another's)
// a unit changed on both sides is merged deeper by merge-fields.ts: every site setting, each page's metadata
// and each section down to its props, nested objects and lists of items with ids.
import { validateSite, type Page, type Section, type Site } from '../site/index.ts';
import { diffSites } from './diff.ts';
import { formatPointer, type PatchOperation } from './json-patch.ts';
import { mergeValue } from './merge-fields.ts';
import { mergeOrder } from './merge-order.ts';
import { conflictOf, findById, ids, isComplete, isRecord, mergeUnit, pick, preferredOrder, unionIds, unionKeys, type Conflict, type MergeGranularity, type Merging, type Sides, type Unit } from './merge-unit.ts';

export type { Conflict, MergeGranularity };

export interface MergeOptions {
  /** `section` (the default, for branches) or `field` (for rebasing a change; see merge-fields.ts). */
  granularity?: MergeGranularity;
  /**
   * Settle every conflict for one side instead of reporting it — only where a person has chosen that side (the
   * editor's "Keep mine" / "Take theirs"); branch merges and the server's rebase never pass it.
   */
  prefer?: 'ours' | 'theirs';
}

/** `patch` turns `ours` into the merged site: what a merge commit on our branch applies. */
export type MergeResult = { ok: true; site: Site; patch: PatchOperation[] } | { ok: false; conflicts: Conflict[] };

/** Settings merged one level deeper, so that a change to theme colors and one to theme fonts both land. */
const SPLIT_SETTINGS = new Set(['theme', 'business']);
const SETTING_LABELS: Record<string, string> = { name: 'site name', seo: 'site SEO settings', business: 'business details', locales: 'languages' };

export function mergeSites(base: Site, ours: Site, theirs: Site, options: MergeOptions = {}): MergeResult {
  const merging: Merging = { sites: { base, ours, theirs }, granularity: options.granularity ?? 'section', prefer: options.prefer, conflicts: [] };
  const documents = { base: asRecord(base), ours: asRecord(ours), theirs: asRecord(theirs) };
  const merged: Record<string, unknown> = {};
  for (const key of unionKeys(documents)) {
    const value = key === 'pages' ? mergePages(merging) : mergeSetting(merging, key, pick(documents, key));
    if (value !== undefined) merged[key] = value;
  }
  if (merging.conflicts.length > 0) return { ok: false, conflicts: merging.conflicts };
  const validation = validateSite(merged);
  if (!validation.ok) {
    const site = merged as unknown as Site;
    return {
      ok: false,
      conflicts: validation.errors.map((error) => ({
        path: error.path === '' ? '' : `/${error.path}`,
        part: partAt(site, error.path.split('/')),
        message: `The merged site would be invalid: ${error.message}`,
      })),
    };
  }
  return { ok: true, site: validation.site, patch: diffSites(ours, validation.site).patch };
}

function mergeSetting(merging: Merging, key: string, unit: Unit<unknown>): unknown {
  const { base, ours, theirs } = unit;
  if (merging.granularity === 'field') return mergeValue(merging, unit, { pointer: [key], container: settingLabel([key]), fields: [] });
  if (!SPLIT_SETTINGS.has(key) || !isRecord(base) || !isRecord(ours) || !isRecord(theirs)) {
    return mergeUnit(merging, unit, formatPointer([key]), settingLabel([key]));
  }
  const merged: Record<string, unknown> = {};
  for (const part of unionKeys({ base, ours, theirs })) {
    const value = mergeUnit(merging, pick({ base, ours, theirs }, part), formatPointer([key, part]), settingLabel([key, part]));
    if (value !== undefined) merged[part] = value;
  }
  return merged;
}

function mergePages(merging: Merging): Page[] {
  const { base, ours, theirs } = merging.sites;
  const kept = new Map<string, Page>();
  for (const id of unionIds([ours.pages, theirs.pages, base.pages])) {
    const unit = { base: findById(base.pages, id), ours: findById(ours.pages, id), theirs: findById(theirs.pages, id) };
    const page = isComplete(unit) ? mergePage(merging, unit) : mergeUnit(merging, unit, locate(merging, id), `page "${id}"`);
    if (page !== undefined) kept.set(id, page);
  }
  const order = mergeOrder(ids(base.pages), ids(ours.pages), ids(theirs.pages), new Set(kept.keys())) ?? preferredOrder(merging, { base: ids(base.pages), ours: ids(ours.pages), theirs: ids(theirs.pages) }, new Set(kept.keys()));
  if (order === undefined) {
    merging.conflicts.push(conflictOf('/pages', 'page order', 'Ours and theirs reordered the pages differently', { base: ids(base.pages), ours: ids(ours.pages), theirs: ids(theirs.pages) }));
    return [...kept.values()];
  }
  return order.map((id) => kept.get(id)!);
}

/**
 * A page present on all three sides: its metadata is one unit, each section another, its section order a
 * third. At field granularity the metadata and each section present on all sides are merged field by field.
 */
function mergePage(merging: Merging, page: Sides<Page>): Page {
  const pageId = page.ours.id;
  const isFieldLevel = merging.granularity === 'field';
  const withoutSections = ({ sections: _sections, ...metadata }: Page) => metadata;
  const metadataUnit = { base: withoutSections(page.base), ours: withoutSections(page.ours), theirs: withoutSections(page.theirs) };
  const metadata = (
    isFieldLevel
      ? mergeValue(merging, metadataUnit, { pointer: locateSegments(merging, pageId), container: `page "${pageId}"`, fields: [] })
      : mergeUnit(merging, metadataUnit, locate(merging, pageId), `page "${pageId}"`)
  ) as Omit<Page, 'sections'>;
  const kept = new Map<string, Section>();
  for (const id of unionIds([page.ours.sections, page.theirs.sections, page.base.sections])) {
    const unit = { base: findById(page.base.sections, id), ours: findById(page.ours.sections, id), theirs: findById(page.theirs.sections, id) };
    const section =
      isFieldLevel && isComplete(unit)
        ? (mergeValue(merging, unit, { pointer: locateSegments(merging, pageId, id), container: sectionPart(id, pageId), fields: [] }) as Section)
        : mergeUnit(merging, unit, locate(merging, pageId, id), sectionPart(id, pageId));
    if (section !== undefined) kept.set(id, section);
  }
  const order = mergeOrder(ids(page.base.sections), ids(page.ours.sections), ids(page.theirs.sections), new Set(kept.keys())) ?? preferredOrder(merging, { base: ids(page.base.sections), ours: ids(page.ours.sections), theirs: ids(page.theirs.sections) }, new Set(kept.keys()));
  if (order === undefined) {
    merging.conflicts.push(
      conflictOf(`${locate(merging, pageId)}/sections`, `section order on page "${pageId}"`, `Ours and theirs reordered the sections of page "${pageId}" differently`, {
        base: ids(page.base.sections),
        ours: ids(page.ours.sections),
        theirs: ids(page.theirs.sections),
      }),
    );
  }
  return { ...metadata, sections: (order ?? [...kept.keys()]).map((id) => kept.get(id)!) };
}

/** The pointer to a page (or a section of it) in ours, else theirs, else base. */
function locate(merging: Merging, pageId: string, sectionId?: string): string {
  return formatPointer(locateSegments(merging, pageId, sectionId));
}

function locateSegments(merging: Merging, pageId: string, sectionId?: string): (string | number)[] {
  const { base, ours, theirs } = merging.sites;
  for (const site of [ours, theirs, base]) {
    const pageIndex = site.pages.findIndex((page) => page.id === pageId);
    if (pageIndex === -1) continue;
    if (sectionId === undefined) return ['pages', pageIndex];
    const sectionIndex = site.pages[pageIndex]!.sections.findIndex((section) => section.id === sectionId);
    if (sectionIndex !== -1) return ['pages', pageIndex, 'sections', sectionIndex];
  }
  return ['pages'];
}

/** The part of `site` that a validation error's path points into. */
function partAt(site: Site, segments: readonly string[]): string {
  if (segments[0] !== 'pages') return settingLabel(segments);
  const page = site.pages[Number(segments[1])];
  if (segments.length < 2 || page === undefined) return 'pages';
  const section = segments[2] === 'sections' && segments.length > 3 ? page.sections[Number(segments[3])] : undefined;
  return section === undefined ? `page "${page.id}"` : sectionPart(section.id, page.id);
}

function sectionPart(sectionId: string, pageId: string): string {
  return `section "${sectionId}" on page "${pageId}"`;
}

/** `['theme', 'colors']` → "theme colors", `['seo']` → "site SEO settings", `['']` → "site". */
function settingLabel(segments: readonly string[]): string {
  const [key = '', part] = segments;
  if (key === '') return 'site';
  if (part !== undefined && SPLIT_SETTINGS.has(key)) return `${key} ${part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()}`;
  return SETTING_LABELS[key] ?? key;
}

function asRecord(site: Site): Record<string, unknown> {
  return site as unknown as Record<string, unknown>;
}
