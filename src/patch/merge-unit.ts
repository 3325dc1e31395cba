// The smallest step of a three-way merge, shared by the section-level merge (merge.ts) and the field-level one
// (merge-fields.ts): one unit, taken from the side that changed it, or a conflict that carries the three values.
import { jsonEqual } from './json-equal.ts';
import type { JsonValue } from './json-patch.ts';
import type { Site } from '../site/index.ts';

/**
 * A part of the document that cannot be merged. `path` is a JSON Pointer into `ours` when the part exists
 * there (else into `theirs`, else into `base`; for an invalid merged document, into that document); `part`
 * names it for people: `section "hero" on page "home"`, `theme colors`. `base`, `ours` and `theirs` are the
 * part's value on each side (absent where the part is absent) so that a person can be shown both changes.
 */
export interface Conflict {
  path: string;
  part: string;
  message: string;
  base?: JsonValue;
  ours?: JsonValue;
  theirs?: JsonValue;
}

/** `section` (the default) merges each section as a whole: for branches. `field` merges a section changed on both sides prop by prop: for rebasing one person's change onto another's. */
export type MergeGranularity = 'section' | 'field';

export type Sides<T> = { base: T; ours: T; theirs: T };
export type Unit<T> = Sides<T | undefined>;

/** The merge in progress: the three documents, how deep to merge, and the conflicts found so far. */
export interface Merging {
  readonly sites: Sides<Site>;
  readonly granularity: MergeGranularity;
  /** Settles every conflict for that side instead of recording it: a person chose (see MergeOptions.prefer). */
  readonly prefer?: 'ours' | 'theirs' | undefined;
  readonly conflicts: Conflict[];
}

/** A conflict at `path` naming `part`, with whichever of the three values exist. */
export function conflictOf(path: string, part: string, message: string, values: Unit<unknown>): Conflict {
  const conflict: Conflict = { path, part, message };
  for (const side of ['base', 'ours', 'theirs'] as const) {
    if (values[side] !== undefined) conflict[side] = structuredClone(values[side]) as JsonValue;
  }
  return conflict;
}

/**
 * One unit: changed on one side only → that side; the same on both → it; otherwise a conflict, recorded, and
 * `ours` stands in for the value so the merge can go on to find the other conflicts. `undefined` is absent.
 */
export function mergeUnit<T>(merging: Merging, unit: Unit<T>, path: string, part: string): T | undefined {
  const { base, ours, theirs } = unit;
  if (jsonEqual(ours, theirs) || jsonEqual(base, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  if (merging.prefer) return unit[merging.prefer];
  const message =
    base === undefined ? `Ours and theirs both added ${part}, with different content`
    : ours === undefined ? `Ours deleted ${part}, theirs changed it`
    : theirs === undefined ? `Ours changed ${part}, theirs deleted it`
    : `Ours and theirs changed ${part} differently`;
  merging.conflicts.push(conflictOf(path, part, message, unit));
  return ours;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pick(records: Sides<Record<string, unknown>>, key: string): Unit<unknown> {
  const at = (record: Record<string, unknown>) => (Object.hasOwn(record, key) ? record[key] : undefined);
  return { base: at(records.base), ours: at(records.ours), theirs: at(records.theirs) };
}

/** Keys of ours, then those only theirs has, then those only base has. */
export function unionKeys(records: Sides<Record<string, unknown>>): string[] {
  return [...new Set([...Object.keys(records.ours), ...Object.keys(records.theirs), ...Object.keys(records.base)])];
}

export function unionIds(lists: readonly (readonly { id: string }[])[]): string[] {
  return [...new Set(lists.flatMap((list) => list.map((item) => item.id)))];
}

export function findById<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

export function isComplete<T>(unit: Unit<T>): unit is Sides<T> {
  return unit.base !== undefined && unit.ours !== undefined && unit.theirs !== undefined;
}

/** With `prefer`, an order both sides changed is the preferred side's, then the kept ids it lacks; else undefined. */
export function preferredOrder(merging: Merging, orders: Sides<string[]>, kept: ReadonlySet<string>): string[] | undefined {
  if (!merging.prefer) return undefined;
  const first = orders[merging.prefer].filter((id) => kept.has(id));
  return [...first, ...[...kept].filter((id) => !first.includes(id))];
}
