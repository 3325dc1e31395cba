// Deep equality of JSON values, shared by `test` operations, diffs and merges.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys of `object` that hold a value (a key holding `undefined` does not survive JSON, so it counts as absent). */
export function definedKeys(object: Record<string, unknown>): string[] {
  return Object.keys(object).filter((key) => object[key] !== undefined);
}

/** Whether two JSON values are equal: same structure and values, object key order ignored. */
export function jsonEqual(first: unknown, second: unknown): boolean {
  if (first === second) return true;
  if (Array.isArray(first)) return Array.isArray(second) && first.length === second.length && first.every((item, index) => jsonEqual(item, second[index]));
  if (!isPlainObject(first) || !isPlainObject(second)) return false;
  const firstKeys = definedKeys(first);
  if (firstKeys.length !== definedKeys(second).length) return false;
  return firstKeys.every((key) => Object.hasOwn(second, key) && jsonEqual(first[key], second[key]));
}
