// The order part of a three-way merge: where each kept item of a list (pages, a page's sections) goes.
import { jsonEqual } from './json-equal.ts';

/**
 * Merges three orders of ids. Items present on all three sides keep the order of the side that changed it
 * (`undefined` when both sides reordered them differently: a conflict). Items added on one side are then
 * inserted after the nearest item that preceded them on that side (or first): `ours`' additions, then
 * `theirs`' (after `ours`' when both follow the same item). `kept` is the set of ids the merged list holds.
 */
export function mergeOrder(base: readonly string[], ours: readonly string[], theirs: readonly string[], kept: ReadonlySet<string>): string[] | undefined {
  const inOurs = new Set(ours);
  const inTheirs = new Set(theirs);
  const inBase = new Set(base);
  const isShared = (id: string) => inBase.has(id) && inOurs.has(id) && inTheirs.has(id) && kept.has(id);
  const [baseOrder, ourOrder, theirOrder] = [base, ours, theirs].map((order) => order.filter(isShared)) as [string[], string[], string[]];
  let merged: string[];
  if (jsonEqual(ourOrder, theirOrder) || jsonEqual(baseOrder, theirOrder)) merged = ourOrder;
  else if (jsonEqual(baseOrder, ourOrder)) merged = theirOrder;
  else return undefined;
  insertAdditions(merged, ours, kept);
  insertAdditions(merged, theirs, kept);
  return merged;
}

/** Each addition goes after its predecessor on `side` and after the other side's additions already there. */
function insertAdditions(merged: string[], side: readonly string[], kept: ReadonlySet<string>): void {
  const onSide = new Set(side);
  side.forEach((id, index) => {
    if (!kept.has(id) || merged.includes(id)) return;
    let position = 0;
    for (let before = index - 1; before >= 0; before -= 1) {
      const at = merged.indexOf(side[before]!);
      if (at !== -1) {
        position = at + 1;
        break;
      }
    }
    while (position < merged.length && !onSide.has(merged[position]!)) position += 1;
    merged.splice(position, 0, id);
  });
}
