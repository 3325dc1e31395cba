// RFC 6902 JSON Patch, applied immutably (copy-on-write along each path) and inverted as it is applied, so
// every change can be undone exactly. RFC 6901 pointers. Pure: no Node APIs.
import { jsonEqual } from './json-equal.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type PatchOperation =
  | { op: 'add'; path: string; value: JsonValue }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: JsonValue }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: JsonValue };

export class PatchError extends Error {
  constructor(
    readonly index: number,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'PatchError';
  }
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON Pointer (it must start with /)`);
  return pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

type Container = JsonValue[] | { [key: string]: JsonValue };

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/**
 * Names that reach an object's prototype machinery instead of its data. `add /business/socials/__proto__` used
 * to replace the object's prototype, change nothing visible ("No changes") and store an inverse that could never
 * apply, blocking every later undo on the branch. No Site document has such a key, so every pointer segment
 * with one of these names is refused, in `path` and `from`, at any depth (so other JSON holding such keys, like
 * fast-check's random values, cannot be patched there).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * `operations` without those that name a reserved key. Commits stored before reserved keys were refused may
 * hold such operations; they never changed the stored JSON (only a prototype), so dropping them when a commit is
 * read keeps replays and undos of those commits working.
 */
export function withoutReservedKeyOperations(operations: readonly PatchOperation[]): PatchOperation[] {
  const touchesReserved = (pointer: unknown) => typeof pointer === 'string' && pointer.split('/').some((segment) => RESERVED_KEYS.has(segment.replace(/~1/g, '/').replace(/~0/g, '~')));
  return operations.filter((operation) => !touchesReserved(operation.path) && !touchesReserved((operation as { from?: unknown }).from));
}

/** The segments of `pointer`, refusing reserved names. */
function keysOf(pointer: string): string[] {
  const segments = parsePointer(pointer);
  const reserved = segments.find((segment) => RESERVED_KEYS.has(segment));
  if (reserved !== undefined) throw new Error(`"${reserved}" is a reserved name and cannot be used as a key`);
  return segments;
}

/**
 * Stores `value` under `key` as an own data property. Plain assignment runs setters and, for `__proto__`,
 * replaces the prototype; a property definition can do neither, whatever the key — a second line of defence
 * behind RESERVED_KEYS.
 */
function setChild(parent: Container, key: string | number, value: JsonValue): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Refuses operations that lack a member their kind needs. The types promise the members, but patches also
 * arrive as untyped JSON (requests, stored inverses), and a missing `value` would otherwise be written as
 * `undefined` (the public JSON Patch suite's "add /- without value" and "replace /0 without value").
 */
function requireMembers(operation: PatchOperation): void {
  const { op } = operation;
  if (typeof operation.path !== 'string') throw new Error('the operation has no "path" string');
  if ((op === 'add' || op === 'replace' || op === 'test') && !('value' in operation)) throw new Error(`the "${op}" operation needs a "value" member`);
  if ((op === 'move' || op === 'copy') && typeof (operation as { from?: unknown }).from !== 'string') throw new Error(`the "${op}" operation needs a "from" member (a JSON Pointer)`);
}

function arrayIndex(segment: string, length: number, allowEnd: boolean): number {
  if (allowEnd && segment === '-') return length;
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) throw new Error(`"${segment}" is not an array index`);
  const index = Number(segment);
  if (index > length || (!allowEnd && index === length)) throw new Error(`index ${index} is out of bounds (length ${length})`);
  return index;
}

export function getAt(document: JsonValue, segments: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else if (isContainer(current)) {
      current = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}

/** Copies the containers along `segments[0..-1]` and hands the (copied) parent to `change`. */
function updateParent(document: JsonValue, segments: readonly string[], change: (parent: Container, key: string) => void): JsonValue {
  if (segments.length === 0) throw new Error('the root cannot be changed in place');
  const root = Array.isArray(document) ? [...document] : isContainer(document) ? { ...document } : undefined;
  if (root === undefined) throw new Error('the document is not an object or array');
  let parent: Container = root;
  for (let depth = 0; depth < segments.length - 1; depth += 1) {
    const segment = segments[depth]!;
    const child: JsonValue | undefined = Array.isArray(parent) ? parent[arrayIndex(segment, parent.length, false)] : Object.prototype.hasOwnProperty.call(parent, segment) ? parent[segment] : undefined;
    if (!isContainer(child)) throw new Error(`${formatPointer(segments.slice(0, depth + 1))} does not exist`);
    const copy: Container = Array.isArray(child) ? [...child] : { ...child };
    setChild(parent, Array.isArray(parent) ? Number(segment) : segment, copy);
    parent = copy;
  }
  change(parent, segments[segments.length - 1]!);
  return root;
}

function add(document: JsonValue, segments: string[], value: JsonValue): { document: JsonValue; inverse: PatchOperation[] } {
  if (segments.length === 0) return { document: value, inverse: [{ op: 'replace', path: '', value: document }] };
  let inverse: PatchOperation[] = [];
  const next = updateParent(document, segments, (parent, key) => {
    if (Array.isArray(parent)) {
      const index = arrayIndex(key, parent.length, true);
      parent.splice(index, 0, value);
      inverse = [{ op: 'remove', path: formatPointer([...segments.slice(0, -1), index]) }];
    } else {
      const existed = Object.prototype.hasOwnProperty.call(parent, key);
      inverse = existed ? [{ op: 'replace', path: formatPointer(segments), value: parent[key]! }] : [{ op: 'remove', path: formatPointer(segments) }];
      setChild(parent, key, value);
    }
  });
  return { document: next, inverse };
}

function remove(document: JsonValue, segments: string[]): { document: JsonValue; inverse: PatchOperation[]; removed: JsonValue } {
  let removed: JsonValue = null;
  const next = updateParent(document, segments, (parent, key) => {
    if (Array.isArray(parent)) {
      const index = arrayIndex(key, parent.length, false);
      removed = parent.splice(index, 1)[0]!;
    } else {
      if (!Object.prototype.hasOwnProperty.call(parent, key)) throw new Error(`${formatPointer(segments)} does not exist`);
      removed = parent[key]!;
      delete parent[key];
    }
  });
  return { document: next, inverse: [{ op: 'add', path: formatPointer(segments), value: removed }], removed };
}

function applyOne(document: JsonValue, operation: PatchOperation): { document: JsonValue; inverse: PatchOperation[] } {
  requireMembers(operation);
  const segments = keysOf(operation.path);
  switch (operation.op) {
    case 'add':
      return add(document, segments, operation.value);
    case 'remove':
      return remove(document, segments);
    case 'replace': {
      if (segments.length === 0) return { document: operation.value, inverse: [{ op: 'replace', path: '', value: document }] };
      const previous = getAt(document, segments);
      if (previous === undefined) throw new Error(`${operation.path} does not exist`);
      const next = updateParent(document, segments, (parent, key) => {
        setChild(parent, Array.isArray(parent) ? arrayIndex(key, parent.length, false) : key, operation.value);
      });
      return { document: next, inverse: [{ op: 'replace', path: operation.path, value: previous }] };
    }
    case 'move': {
      const from = keysOf(operation.from);
      if (operation.path.startsWith(`${operation.from}/`)) throw new Error('cannot move a value into itself');
      if (operation.from === operation.path) return { document, inverse: [] };
      const removed = remove(document, from);
      const added = add(removed.document, segments, removed.removed);
      return { document: added.document, inverse: [...added.inverse, ...removed.inverse] };
    }
    case 'copy': {
      const value = getAt(document, keysOf(operation.from));
      if (value === undefined) throw new Error(`${operation.from} does not exist`);
      return add(document, segments, structuredClone(value));
    }
    case 'test': {
      if (!jsonEqual(getAt(document, segments), operation.value)) throw new Error(`test failed at ${operation.path}`);
      return { document, inverse: [] };
    }
    default:
      throw new Error(`unknown operation "${(operation as { op: unknown }).op}"`);
  }
}

/**
 * Applies `operations` in order without touching `document`; returns the new document and the inverse
 * patch (apply it to the result to get the original back). Throws PatchError naming the failing operation.
 */
export function applyPatch(document: JsonValue, operations: readonly PatchOperation[]): { document: JsonValue; inverse: PatchOperation[] } {
  let current = document;
  const inverses: PatchOperation[][] = [];
  operations.forEach((operation, index) => {
    try {
      if (!isContainer(operation) || Array.isArray(operation)) throw new Error('an operation must be an object');
      const result = applyOne(current, operation);
      current = result.document;
      inverses.push(result.inverse);
    } catch (error) {
      // Untyped input may lack `op` or `path`; the error still names what it was given.
      const { op, path } = (isContainer(operation) ? operation : {}) as { op?: unknown; path?: unknown };
      const pointer = typeof path === 'string' ? path : '';
      throw new PatchError(index, pointer, `Operation ${index} (${String(op)} ${pointer}): ${(error as Error).message}`);
    }
  });
  return { document: current, inverse: inverses.reverse().flat() };
}
