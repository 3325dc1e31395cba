// Three-way merge of sites at section granularity, for merging branches. The document is cut into units —
// each site setting (theme and business one level deeper), each page's metadata, each section as a whole,
// the order of pages and of each page's sections — and each unit is merged on its own: a unit changed on one
// side takes that side, changed the same way on both takes it, changed differently is a conflict. Conflicts
// are reported, never silently resolved.
import { validateSite, type Page, type Section, type Site } from '../site/index.ts';
import { diffSites } from './diff.ts';
import { jsonEqual } from './json-equal.ts';
import { formatPointer, type PatchOperation } from './json-patch.ts';
import { mergeOrder } from './merge-order.ts';

/**
 * A part of the document that cannot be merged. `path` is a JSON Pointer into `ours` when the part exists
 * there (else into `theirs`, else into `base`; for an invalid merged document, into that document); `part`
 * names it for people: `section "hero" on page "home"`, `theme colors`.
 */
export interface Conflict {
  path: string;
  part: string;
  message: string;
}

/** `patch` turns `ours` into the merged site: what a merge commit on our branch applies. */
export type MergeResult = { ok: true; site: Site; patch: PatchOperation[] } | { ok: false; conflicts: Conflict[] };

/** Settings merged one level deeper, so that a change to theme colors and one to theme fonts both land. */
const SPLIT_SETTINGS = new Set(['theme', 'business']);
const SETTING_LABELS: Record<string, string> = { name: 'site name', seo: 'site SEO settings', business: 'business details', locales: 'languages' };

type Sides<T> = { base: T; ours: T; theirs: T };
type Unit<T> = Sides<T | undefined>;

/** The merge in progress: the three documents and the conflicts found so far. */
interface Merging {
  readonly sites: Sides<Site>;
  readonly conflicts: Conflict[];
}

export function mergeSites(base: Site, ours: Site, theirs: Site): MergeResult {
  const merging: Merging = { sites: { base, ours, theirs }, conflicts: [] };
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

/**
 * One unit: changed on one side only → that side; the same on both → it; otherwise a conflict, recorded, and
 * `ours` stands in for the value so the merge can go on to find the other conflicts. `undefined` is absent.
 */
function mergeUnit<T>(merging: Merging, unit: Unit<T>, path: string, part: string): T | undefined {
  const { base, ours, theirs } = unit;
  if (jsonEqual(ours, theirs) || jsonEqual(base, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  const message =
    base === undefined ? `Ours and theirs both added ${part}, with different content`
    : ours === undefined ? `Ours deleted ${part}, theirs changed it`
    : theirs === undefined ? `Ours changed ${part}, theirs deleted it`
    : `Ours and theirs changed ${part} differently`;
  merging.conflicts.push({ path, part, message });
  return ours;
}

function mergeSetting(merging: Merging, key: string, unit: Unit<unknown>): unknown {
  const { base, ours, theirs } = unit;
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
  const order = mergeOrder(ids(base.pages), ids(ours.pages), ids(theirs.pages), new Set(kept.keys()));
  if (order === undefined) {
    merging.conflicts.push({ path: '/pages', part: 'page order', message: 'Ours and theirs reordered the pages differently' });
    return [...kept.values()];
  }
  return order.map((id) => kept.get(id)!);
}

/** A page present on all three sides: its metadata is one unit, each section another, its section order a third. */
function mergePage(merging: Merging, page: Sides<Page>): Page {
  const pageId = page.ours.id;
  const withoutSections = ({ sections: _sections, ...metadata }: Page) => metadata;
  const metadata = mergeUnit(
    merging,
    { base: withoutSections(page.base), ours: withoutSections(page.ours), theirs: withoutSections(page.theirs) },
    locate(merging, pageId),
    `page "${pageId}"`,
  )!;
  const kept = new Map<string, Section>();
  for (const id of unionIds([page.ours.sections, page.theirs.sections, page.base.sections])) {
    const unit = { base: findById(page.base.sections, id), ours: findById(page.ours.sections, id), theirs: findById(page.theirs.sections, id) };
    const section = mergeUnit(merging, unit, locate(merging, pageId, id), sectionPart(id, pageId));
    if (section !== undefined) kept.set(id, section);
  }
  const order = mergeOrder(ids(page.base.sections), ids(page.ours.sections), ids(page.theirs.sections), new Set(kept.keys()));
  if (order === undefined) {
    merging.conflicts.push({
      path: `${locate(merging, pageId)}/sections`,
      part: `section order on page "${pageId}"`,
      message: `Ours and theirs reordered the sections of page "${pageId}" differently`,
    });
  }
  return { ...metadata, sections: (order ?? [...kept.keys()]).map((id) => kept.get(id)!) };
}

/** The pointer to a page (or a section of it) in ours, else theirs, else base. */
function locate(merging: Merging, pageId: string, sectionId?: string): string {
  const { base, ours, theirs } = merging.sites;
  for (const site of [ours, theirs, base]) {
    const pageIndex = site.pages.findIndex((page) => page.id === pageId);
    if (pageIndex === -1) continue;
    if (sectionId === undefined) return formatPointer(['pages', pageIndex]);
    const sectionIndex = site.pages[pageIndex]!.sections.findIndex((section) => section.id === sectionId);
    if (sectionIndex !== -1) return formatPointer(['pages', pageIndex, 'sections', sectionIndex]);
  }
  return '/pages';
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

function isComplete<T>(unit: Unit<T>): unit is Sides<T> {
  return unit.base !== undefined && unit.ours !== undefined && unit.theirs !== undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(site: Site): Record<string, unknown> {
  return site as unknown as Record<string, unknown>;
}

function pick(records: Sides<Record<string, unknown>>, key: string): Unit<unknown> {
  const at = (record: Record<string, unknown>) => (Object.hasOwn(record, key) ? record[key] : undefined);
  return { base: at(records.base), ours: at(records.ours), theirs: at(records.theirs) };
}

/** Keys of ours, then those only theirs has, then those only base has. */
function unionKeys(records: Sides<Record<string, unknown>>): string[] {
  return [...new Set([...Object.keys(records.ours), ...Object.keys(records.theirs), ...Object.keys(records.base)])];
}

function unionIds(lists: readonly (readonly { id: string }[])[]): string[] {
  return [...new Set(lists.flatMap((list) => list.map((item) => item.id)))];
}

function findById<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}
