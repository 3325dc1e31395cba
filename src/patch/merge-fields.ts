// The field-level part of a three-way merge, used when one person's change is rebased onto another's: a value
// changed on both sides is merged deeper instead of conflicting as a whole. Plain objects are merged key by
// key, lists whose items all carry a distinct string `id` are merged by id (an item changed on one side and
// another changed on the other both land; the order through merge-order.ts), and anything else — strings,
// numbers, other lists — is one unit.
import { formatPointer } from './json-patch.ts';
import { mergeOrder } from './merge-order.ts';
import { conflictOf, findById, ids, isComplete, isRecord, mergeUnit, pick, preferredOrder, unionIds, unionKeys, type Merging, type Sides, type Unit } from './merge-unit.ts';

/** Where a value sits: its pointer (in ours, where it exists there), the part that holds it, and the fields leading to it from that part. */
export interface FieldLocation {
  readonly pointer: readonly (string | number)[];
  readonly container: string;
  readonly fields: readonly string[];
}

type Identified = Record<string, unknown> & { id: string };

export function mergeValue(merging: Merging, unit: Unit<unknown>, at: FieldLocation): unknown {
  const { base, ours, theirs } = unit;
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) return mergeRecords(merging, { base, ours, theirs }, at);
  if (isIdentifiedList(base) && isIdentifiedList(ours) && isIdentifiedList(theirs)) return mergeIdentifiedList(merging, { base, ours, theirs }, at);
  return mergeUnit(merging, unit, formatPointer(at.pointer), fieldLabel(at));
}

function mergeRecords(merging: Merging, records: Sides<Record<string, unknown>>, at: FieldLocation): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of unionKeys(records)) {
    const value = mergeValue(merging, pick(records, key), { pointer: [...at.pointer, key], container: at.container, fields: [...at.fields, key] });
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeIdentifiedList(merging: Merging, lists: Sides<Identified[]>, at: FieldLocation): Identified[] {
  const kept = new Map<string, Identified>();
  for (const id of unionIds([lists.ours, lists.theirs, lists.base])) {
    const unit = { base: findById(lists.base, id), ours: findById(lists.ours, id), theirs: findById(lists.theirs, id) };
    const index = [lists.ours, lists.theirs, lists.base].map((list) => list.findIndex((item) => item.id === id)).find((position) => position !== -1)!;
    const location = { pointer: [...at.pointer, index], container: at.container, fields: [...at.fields, `"${id}"`] };
    const item = isComplete(unit) ? mergeValue(merging, unit, location) : mergeUnit(merging, unit, formatPointer(location.pointer), fieldLabel(location));
    if (item !== undefined) kept.set(id, item as Identified);
  }
  const order = mergeOrder(ids(lists.base), ids(lists.ours), ids(lists.theirs), new Set(kept.keys())) ?? preferredOrder(merging, { base: ids(lists.base), ours: ids(lists.ours), theirs: ids(lists.theirs) }, new Set(kept.keys()));
  if (order === undefined) {
    const part = `the order of ${fieldLabel(at)}`;
    merging.conflicts.push(conflictOf(formatPointer(at.pointer), part, `Ours and theirs reordered ${part} differently`, { base: ids(lists.base), ours: ids(lists.ours), theirs: ids(lists.theirs) }));
    return [...kept.values()];
  }
  return order.map((id) => kept.get(id)!);
}

/** A list whose items are all objects with distinct string ids (an empty list counts: items added to it are merged by id). */
function isIdentifiedList(value: unknown): value is Identified[] {
  if (!Array.isArray(value)) return false;
  const seen = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== 'string' || seen.has(item.id)) return false;
    seen.add(item.id);
  }
  return true;
}

/** `heading in section "hero" on page "home"`, `colors › primary in theme`; a section's `props` is left out of the words. */
export function fieldLabel(at: FieldLocation): string {
  const fields = at.fields[0] === 'props' ? at.fields.slice(1) : at.fields;
  if (fields.length === 0) return at.container;
  return `${fields.map((field) => (field.startsWith('"') ? field : field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())).join(' › ')} in ${at.container}`;
}
