// Diffs: the RFC 6902 patch that turns one document into another, minimal and readable. Objects are compared
// key by key; lists of items with ids (pages, sections) are matched by id, so editing one heading is one
// `replace` at that heading, and reordering a section is one `move`.
import type { Site } from '../site/index.ts';
import { summarizeChanges } from './change-summary.ts';
import { definedKeys, jsonEqual } from './json-equal.ts';
import { formatPointer, type JsonValue, type PatchOperation } from './json-patch.ts';

type Path = readonly (string | number)[];
type JsonObject = { [key: string]: JsonValue };
type Identified = JsonObject & { id: string };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A list whose items are all objects with distinct string ids. */
function isIdentifiedList(items: readonly JsonValue[]): items is Identified[] {
  const ids = new Set<string>();
  for (const item of items) {
    if (!isObject(item) || typeof item.id !== 'string' || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

/**
 * The patch that turns `from` into `to`: `applyPatch(from, diffJson(from, to))` deep-equals `to`. `path` is
 * where `from` sits in a larger document (the operations' paths start with it).
 */
export function diffJson(from: JsonValue, to: JsonValue, path: Path = []): PatchOperation[] {
  if (jsonEqual(from, to)) return [];
  if (isObject(from) && isObject(to)) return diffObjects(from, to, path);
  if (Array.isArray(from) && Array.isArray(to)) {
    return isIdentifiedList(from) && isIdentifiedList(to) ? diffIdentifiedLists(from, to, path) : diffLists(from, to, path);
  }
  return [{ op: 'replace', path: formatPointer(path), value: to }];
}

function diffObjects(from: JsonObject, to: JsonObject, path: Path): PatchOperation[] {
  const operations: PatchOperation[] = [];
  for (const key of definedKeys(from)) {
    if (valueAt(to, key) === undefined) operations.push({ op: 'remove', path: formatPointer([...path, key]) });
  }
  for (const key of definedKeys(to)) {
    const before = valueAt(from, key);
    if (before === undefined) operations.push({ op: 'add', path: formatPointer([...path, key]), value: to[key]! });
    else operations.push(...diffJson(before, to[key]!, [...path, key]));
  }
  return operations;
}

/** Element by element (removing from the end), or one `replace` of the whole list when that is shorter. */
function diffLists(from: JsonValue[], to: JsonValue[], path: Path): PatchOperation[] {
  const operations: PatchOperation[] = [];
  const shared = Math.min(from.length, to.length);
  for (let index = 0; index < shared; index += 1) operations.push(...diffJson(from[index]!, to[index]!, [...path, index]));
  for (let index = shared; index < to.length; index += 1) operations.push({ op: 'add', path: formatPointer([...path, index]), value: to[index]! });
  for (let index = from.length - 1; index >= to.length; index -= 1) operations.push({ op: 'remove', path: formatPointer([...path, index]) });
  const whole: PatchOperation[] = [{ op: 'replace', path: formatPointer(path), value: to }];
  return JSON.stringify(whole).length < JSON.stringify(operations).length ? whole : operations;
}

/**
 * Matches items by id: removes vanished ones (from the end), then places the others in `to`'s order — items
 * on the longest run already in order stay put, each other item is added or moved once, right after the
 * item that precedes it in `to` — then diffs the items present on both sides at their final index.
 */
function diffIdentifiedLists(from: Identified[], to: Identified[], path: Path): PatchOperation[] {
  const operations: PatchOperation[] = [];
  const targetIds = to.map((item) => item.id);
  const wanted = new Set(targetIds);
  const current = from.map((item) => item.id);
  for (let index = current.length - 1; index >= 0; index -= 1) {
    if (wanted.has(current[index]!)) continue;
    operations.push({ op: 'remove', path: formatPointer([...path, index]) });
    current.splice(index, 1);
  }
  const staying = longestOrderedRun(current, targetIds);
  targetIds.forEach((id, index) => {
    if (staying.has(id)) return;
    const position = index === 0 ? 0 : current.indexOf(targetIds[index - 1]!) + 1;
    const existing = current.indexOf(id);
    if (existing === -1) {
      operations.push({ op: 'add', path: formatPointer([...path, position]), value: to[index]! });
      current.splice(position, 0, id);
      return;
    }
    const target = existing < position ? position - 1 : position;
    if (target === existing) return;
    operations.push({ op: 'move', from: formatPointer([...path, existing]), path: formatPointer([...path, target]) });
    current.splice(existing, 1);
    current.splice(target, 0, id);
  });
  const before = new Map(from.map((item) => [item.id, item]));
  to.forEach((item, index) => {
    const previous = before.get(item.id);
    if (previous !== undefined) operations.push(...diffJson(previous, item, [...path, index]));
  });
  return operations;
}

/** The largest set of ids of `current` that already appear in the same relative order in `target`. */
function longestOrderedRun(current: readonly string[], target: readonly string[]): Set<string> {
  const positions = new Map(current.map((id, index) => [id, index]));
  const sequence = target.filter((id) => positions.has(id));
  const lengths: number[] = [];
  const previous: number[] = [];
  sequence.forEach((id, index) => {
    lengths[index] = 1;
    previous[index] = -1;
    for (let earlier = 0; earlier < index; earlier += 1) {
      if (positions.get(sequence[earlier]!)! < positions.get(id)! && lengths[earlier]! + 1 > lengths[index]!) {
        lengths[index] = lengths[earlier]! + 1;
        previous[index] = earlier;
      }
    }
  });
  const run = new Set<string>();
  let last = lengths.indexOf(Math.max(0, ...lengths));
  while (last !== -1 && last < sequence.length) {
    run.add(sequence[last]!);
    last = previous[last]!;
  }
  return run;
}

/** The patch that turns site `from` into site `to`, and a one-line description of it for people. */
export function diffSites(from: Site, to: Site): { patch: PatchOperation[]; summary: string } {
  return { patch: diffJson(from as unknown as JsonValue, to as unknown as JsonValue), summary: summarizeChanges(from, to) };
}
