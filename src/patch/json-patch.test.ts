import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import { applyPatch, formatPointer, getAt, PatchError, RESERVED_KEYS, type JsonValue, type PatchOperation } from './json-patch.ts';

describe('applyPatch', () => {
  const document: JsonValue = { a: 1, list: ['x', 'y'], nested: { b: { c: true } } };

  it('applies RFC 6902 operations without touching the input', () => {
    const before = JSON.stringify(document);
    const { document: next } = applyPatch(document, [
      { op: 'add', path: '/list/-', value: 'z' },
      { op: 'replace', path: '/a', value: 2 },
      { op: 'move', from: '/nested/b', path: '/moved' },
      { op: 'copy', from: '/list/0', path: '/first' },
      { op: 'remove', path: '/list/1' },
      { op: 'test', path: '/a', value: 2 },
      { op: 'add', path: '/weird~1key', value: 'slash' },
    ]);
    expect(next).toEqual({ a: 2, list: ['x', 'z'], nested: {}, moved: { c: true }, first: 'x', 'weird/key': 'slash' });
    expect(JSON.stringify(document)).toBe(before);
  });

  it.each([
    [{ op: 'remove', path: '/missing' }, /Operation 0 \(remove \/missing\): \/missing does not exist/],
    [{ op: 'replace', path: '/list/5', value: 1 }, /does not exist/],
    [{ op: 'add', path: '/list/7', value: 1 }, /out of bounds/],
    [{ op: 'add', path: '/list/01', value: 1 }, /not an array index/],
    [{ op: 'test', path: '/a', value: 3 }, /test failed/],
    [{ op: 'move', from: '/nested', path: '/nested/inner' }, /into itself/],
    [{ op: 'add', path: 'a', value: 1 }, /not a JSON Pointer/],
  ] as [PatchOperation, RegExp][])('rejects %j', (operation, message) => {
    expect(() => applyPatch(document, [operation])).toThrow(message);
  });

  it.each([
    [{ op: 'add', path: '/nested/__proto__', value: { isAdmin: true } }, '/nested/__proto__', '__proto__'],
    [{ op: 'add', path: '/constructor', value: 1 }, '/constructor', 'constructor'],
    [{ op: 'replace', path: '/nested/prototype/b', value: 1 }, '/nested/prototype/b', 'prototype'],
    [{ op: 'remove', path: '/__proto__' }, '/__proto__', '__proto__'],
    [{ op: 'test', path: '/constructor', value: {} }, '/constructor', 'constructor'],
    [{ op: 'copy', from: '/__proto__', path: '/copied' }, '/copied', '__proto__'],
    [{ op: 'move', from: '/nested/constructor/name', path: '/moved' }, '/moved', 'constructor'],
    [{ op: 'move', from: '/a', path: '/list/0/prototype' }, '/list/0/prototype', 'prototype'],
  ] as [PatchOperation, string, string][])('refuses the reserved name in %j', (operation, path, name) => {
    const patch: PatchOperation[] = [{ op: 'replace', path: '/a', value: 2 }, operation];
    let thrown: unknown;
    try {
      applyPatch(document, patch);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PatchError);
    expect(thrown).toMatchObject({ index: 1, path, message: `Operation 1 (${operation.op} ${path}): "${name}" is a reserved name and cannot be used as a key` });
    expect(Object.getPrototypeOf(document.nested)).toBe(Object.prototype);
  });

  it.each([
    [{ op: 'add', path: '/list/-' }, 'Operation 0 (add /list/-): the "add" operation needs a "value" member'],
    [{ op: 'replace', path: '/a' }, 'Operation 0 (replace /a): the "replace" operation needs a "value" member'],
    [{ op: 'test', path: '/a' }, 'Operation 0 (test /a): the "test" operation needs a "value" member'],
    [{ op: 'move', path: '/b' }, 'Operation 0 (move /b): the "move" operation needs a "from" member (a JSON Pointer)'],
    [{ op: 'copy', path: '/b' }, 'Operation 0 (copy /b): the "copy" operation needs a "from" member (a JSON Pointer)'],
  ])('refuses %j, which lacks a member (untyped input)', (operation, message) => {
    expect(() => applyPatch(document, [operation as unknown as PatchOperation])).toThrow(new PatchError(0, operation.path, message));
  });

  it('refuses operations that are not objects or have no path, as a PatchError', () => {
    expect(() => applyPatch(document, [null as unknown as PatchOperation])).toThrow(/Operation 0 \(undefined \): an operation must be an object/);
    expect(() => applyPatch(document, [{ op: 'remove' } as unknown as PatchOperation])).toThrow(PatchError);
  });

  it('writes own properties, so an inherited setter never runs', () => {
    let setterCalls = 0;
    Object.defineProperty(Object.prototype, 'hijacked', { configurable: true, set: () => { setterCalls += 1; } });
    try {
      const { document: next } = applyPatch(document, [
        { op: 'add', path: '/hijacked', value: 1 },
        { op: 'add', path: '/nested/b/hijacked', value: 2 },
        { op: 'replace', path: '/nested/b/hijacked', value: 3 },
      ]);
      expect(setterCalls).toBe(0);
      expect(Object.hasOwn(next as object, 'hijacked')).toBe(true);
      expect(JSON.parse(JSON.stringify(next))).toEqual({ ...document, hijacked: 1, nested: { b: { c: true, hijacked: 3 } } });
    } finally {
      delete (Object.prototype as { hijacked?: unknown }).hijacked;
    }
  });
});

/**
 * Every pointer into a JSON value (containers and leaves), root excluded — except through reserved keys, which
 * the applier refuses (fast-check generates `__proto__` and `constructor` keys on purpose).
 */
function pointers(value: JsonValue, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, JsonValue][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value).filter(([key]) => !RESERVED_KEYS.has(key));
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pointers(child, [...prefix, key])]);
}

/** A random patch that is applicable to `document`, built one operation at a time. */
interface Dice {
  nextInt(min: number, max: number): number;
}

/** A seeded generator (mulberry32), so a failing case replays from its seed. */
function dice(seed: number): Dice {
  let state = seed >>> 0;
  return {
    nextInt(min, max) {
      state = (state + 0x6d2b79f5) >>> 0;
      let value = state;
      value = Math.imul(value ^ (value >>> 15), value | 1);
      value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
      const unit = ((value ^ (value >>> 14)) >>> 0) / 4294967296;
      return min + Math.floor(unit * (max - min + 1));
    },
  };
}

function randomPatch(document: JsonValue, random: Dice, values: JsonValue[]): PatchOperation[] {
  const operations: PatchOperation[] = [];
  let current = document;
  const length = 1 + random.nextInt(0, 5);
  for (let step = 0; step < length; step += 1) {
    const all = pointers(current);
    const pick = <T,>(items: readonly T[]) => items[random.nextInt(0, items.length - 1)]!;
    const value = pick(values);
    let operation: PatchOperation;
    const kind = all.length === 0 ? 0 : random.nextInt(0, 4);
    const target = all.length > 0 ? pick(all) : [];
    const parent = target.slice(0, -1);
    const parentValue = getAt(current, parent.map(String));
    if (kind === 0 || all.length === 0) {
      const containers = [[], ...all].filter((path) => { const found = getAt(current, path.map(String)); return found !== null && typeof found === 'object'; });
      const at = pick(containers);
      const container = getAt(current, at.map(String));
      const key = Array.isArray(container) ? random.nextInt(0, container.length) : `k${random.nextInt(0, 5)}`;
      operation = { op: 'add', path: formatPointer([...at, key]), value };
    } else if (kind === 1) {
      operation = { op: 'remove', path: formatPointer(target) };
    } else if (kind === 2) {
      operation = { op: 'replace', path: formatPointer(target), value };
    } else if (kind === 3 && Array.isArray(parentValue) && parentValue.length > 1) {
      operation = { op: 'move', from: formatPointer(target), path: formatPointer([...parent, random.nextInt(0, parentValue.length - 1)]) };
    } else {
      const containers = [[], ...all].filter((path) => { const found = getAt(current, path.map(String)); return found !== null && typeof found === 'object' && !Array.isArray(found); });
      operation = { op: 'copy', from: formatPointer(target), path: formatPointer([...pick(containers), `c${random.nextInt(0, 3)}`]) };
      if (operation.path.startsWith(`${operation.from}/`)) operation = { op: 'replace', path: formatPointer(target), value };
    }
    current = applyPatch(current, [operation]).document;
    operations.push(operation);
  }
  return operations;
}

describe('inverse patches (property)', () => {
  const jsonValues = fc.array(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>, { minLength: 1, maxLength: 5 });
  const documents = fc.oneof(
    fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })) as fc.Arbitrary<JsonValue>,
    fc.constant(sampleSite() as unknown as JsonValue),
  );

  it('apply then inverse gives back the original, also after a JSON round trip', () => {
    fc.assert(
      fc.property(documents, jsonValues, fc.integer(), (document, values, seed) => {
        const patch = randomPatch(document, dice(seed), values);
        const { document: changed, inverse } = applyPatch(document, patch);
        expect(applyPatch(changed, inverse).document).toEqual(document);
        const roundTripped = JSON.parse(JSON.stringify({ changed, inverse })) as { changed: JsonValue; inverse: PatchOperation[] };
        expect(applyPatch(roundTripped.changed, roundTripped.inverse).document).toEqual(JSON.parse(JSON.stringify(document)));
      }),
      { numRuns: 300 },
    );
  });
});
