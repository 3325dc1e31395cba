// Property: on any valid site, a change the history accepts can be undone, and the undo gives back the document
// as it was. Patches that name a reserved key (`__proto__`, `prototype`, `constructor`) are refused at commit
// and never stored — one such commit used to make every later undo on its branch fail. PGlite only: the
// property is about patches and inverses, which both backends store alike (the shared suites cover storage).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/backends.ts';
import { AUTHOR } from '../../../test/support/history.ts';
import { applySiteEdits, siteEdit, siteEdits } from '../../../test/support/random-site-edits.ts';
import { sampleSite } from '../../../test/support/sample-site.ts';
import { applyPatch, diffSites, formatPointer, getAt, type JsonValue, type PatchOperation, RESERVED_KEYS } from '../../patch/index.ts';
import { validateSite, type Site } from '../../site/index.ts';
import type { Database } from '../database.ts';
import { createHistory, InvalidPatchError } from './index.ts';

const RUNS = 60;

/** The type of the values an arbitrary generates. */
type Generated<Source> = Source extends fc.Arbitrary<infer Value> ? Value : never;

/**
 * A low-level edit at a pointer picked by `target` among those that fit `kind`. Several make the site invalid
 * (the commit must then refuse them and store nothing). No kind adds a key the schema does not know: such a
 * commit is accepted today, but validation drops the key from the stored document, so the stored inverse (a
 * `remove` of that key) cannot apply when undone — a separate problem, left to its own fix.
 */
const pointerEdit = fc.record({
  kind: fc.constantFrom('replaceText', 'replaceText', 'replaceAny', 'remove', 'moveItem', 'moveItem', 'copyText', 'test'),
  target: fc.nat(),
  other: fc.nat(),
  text: fc.string({ maxLength: 12 }),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
});
type PointerEdit = Generated<typeof pointerEdit>;

/** An operation that names a reserved key somewhere in `path` or `from`, spliced in at `position`. */
const reservedOperation = fc.record({
  name: fc.constantFrom(...RESERVED_KEYS),
  kind: fc.constantFrom('add', 'replace', 'remove', 'test', 'copyFrom', 'moveFrom', 'moveTo'),
  target: fc.nat(),
  isLastSegment: fc.boolean(),
  position: fc.nat(),
});
type ReservedOperation = Generated<typeof reservedOperation>;

const scenario = fc.record({
  /** Edits of the sample site that give this run's starting document. */
  siteEdits,
  /** Editor-like edits, turned into a patch by diffing. */
  changeEdits: fc.array(siteEdit, { minLength: 1, maxLength: 4 }),
  pointerEdits: fc.array(pointerEdit, { maxLength: 3 }),
  reserved: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: reservedOperation, weight: 1 }),
});

/**
 * Every pointer into `value` (root excluded), as segments — except through reserved keys, which `replaceAny`
 * values may hold (fast-check generates them on purpose); the reserved operation is the only one to try them.
 */
function pointersOf(value: JsonValue, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string, JsonValue][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value).filter(([key]) => !RESERVED_KEYS.has(key));
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pointersOf(child, [...prefix, key])]);
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function resolvePointerEdit(document: JsonValue, edit: PointerEdit): PatchOperation | undefined {
  const all = pointersOf(document);
  const isText = (segments: string[]) => typeof getAt(document, segments) === 'string';
  switch (edit.kind) {
    case 'replaceText': {
      const target = pick(all.filter(isText), edit.target);
      return target && { op: 'replace', path: formatPointer(target), value: edit.text };
    }
    case 'replaceAny': {
      const target = pick(all, edit.target);
      return target && { op: 'replace', path: formatPointer(target), value: edit.value };
    }
    case 'remove': {
      const target = pick(all, edit.target);
      return target && { op: 'remove', path: formatPointer(target) };
    }
    case 'moveItem': {
      const items = all.filter((segments) => { const parent = getAt(document, segments.slice(0, -1)); return Array.isArray(parent) && parent.length > 1; });
      const target = pick(items, edit.target);
      if (!target) return undefined;
      const length = (getAt(document, target.slice(0, -1)) as JsonValue[]).length;
      return { op: 'move', from: formatPointer(target), path: formatPointer([...target.slice(0, -1), String(edit.other % length)]) };
    }
    case 'copyText': {
      const texts = all.filter(isText);
      const from = pick(texts, edit.target);
      const to = pick(texts, edit.other);
      return from && to && { op: 'copy', from: formatPointer(from), path: formatPointer(to) };
    }
    case 'test': {
      const target = pick(all, edit.target);
      return target && { op: 'test', path: formatPointer(target), value: getAt(document, target)! };
    }
  }
}

function resolveReserved(document: JsonValue, reserved: ReservedOperation): PatchOperation {
  const containers = [[], ...pointersOf(document).filter((segments) => { const found = getAt(document, segments); return found !== null && typeof found === 'object'; })];
  const base = pick(containers, reserved.target)!;
  const pointer = formatPointer(reserved.isLastSegment ? [...base, reserved.name] : [...base, reserved.name, 'x']);
  switch (reserved.kind) {
    case 'add':
      return { op: 'add', path: pointer, value: { isAdmin: true } };
    case 'replace':
      return { op: 'replace', path: pointer, value: 'x' };
    case 'remove':
      return { op: 'remove', path: pointer };
    case 'test':
      return { op: 'test', path: pointer, value: {} };
    case 'copyFrom':
      return { op: 'copy', from: pointer, path: '/name' };
    case 'moveFrom':
      return { op: 'move', from: pointer, path: '/name' };
    case 'moveTo':
      return { op: 'move', from: '/name', path: pointer };
  }
}

/** The patch of a run (applicable to `site` up to any reserved operation) and where its reserved operation sits. */
function patchOf(site: Site, input: Generated<typeof scenario>): { patch: PatchOperation[]; reservedAt: number | undefined } {
  const patch = [...diffSites(site, applySiteEdits(site, input.changeEdits, 'change')).patch];
  if (patch.length === 0) patch.push({ op: 'replace', path: '/name', value: `${site.name} (renamed)` });
  let current = applyPatch(site as unknown as JsonValue, patch).document;
  for (const edit of input.pointerEdits) {
    const operation = resolvePointerEdit(current, edit);
    if (!operation) continue;
    current = applyPatch(current, [operation]).document;
    patch.push(operation);
  }
  if (!input.reserved) return { patch, reservedAt: undefined };
  const reservedAt = input.reserved.position % (patch.length + 1);
  patch.splice(reservedAt, 0, resolveReserved(current, input.reserved));
  return { patch, reservedAt };
}

describe('commit then undo (property, PGlite)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await backends.find((backend) => backend.name === 'pglite')!.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it(`restores the previous document after any accepted change, and stores no patch with a reserved key (${RUNS} runs)`, async () => {
    let now = Date.parse('2026-11-22T09:00:00.000Z');
    const writer = createHistory(database, { clock: () => new Date((now += 1_000)) });
    const outcomes = { undone: 0, refusedAsInvalid: 0, refusedAsReserved: 0 };
    let runNumber = 0;

    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const validated = validateSite(applySiteEdits(sampleSite(), input.siteEdits, 'site'));
        fc.pre(validated.ok);
        if (!validated.ok) return; // fc.pre has skipped the run already; this narrows the type.
        runNumber += 1;
        const siteId = `site-property-${runNumber}`;
        await database.db.insertInto('sites').values({ id: siteId, subdomain: `property-${runNumber}`, name: 'Property', created_by: AUTHOR }).execute();
        const root = await writer.initialize(siteId, validated.site, AUTHOR);
        const before = (await writer.head(siteId)).document;
        const { patch, reservedAt } = patchOf(before, input);

        let committed;
        try {
          committed = await writer.commit({ siteId, branch: 'main', base: root.id, patch, author: AUTHOR, source: 'api' });
        } catch (error) {
          if (!(error instanceof InvalidPatchError)) throw error;
          if (reservedAt !== undefined) {
            expect(error.errors).toEqual([{ path: `patch/${reservedAt}`, message: expect.stringContaining('is a reserved name and cannot be used as a key') }]);
            outcomes.refusedAsReserved += 1;
          } else {
            outcomes.refusedAsInvalid += 1;
          }
          expect((await writer.log(siteId)).commits.map((commit) => commit.id)).toEqual([root.id]);
          expect((await writer.head(siteId)).document).toEqual(before);
          return;
        }
        expect(reservedAt, 'a patch with a reserved key was stored').toBeUndefined();

        // Undo in a history with empty caches, so the inverse and the patches are read back from the database.
        const reader = createHistory(database);
        const undo = await reader.undo(siteId, 'main', AUTHOR);
        expect(undo).toMatchObject({ action: 'undo', reverts: committed.id });
        expect((await reader.head(siteId)).document).toEqual(before);
        expect((await writer.head(siteId)).document).toEqual(before);
        outcomes.undone += 1;
      }),
      { numRuns: RUNS },
    );

    // Guards against a generator that drifted into testing nothing (about 40 % of runs commit and undo, a quarter
    // try a reserved key); the bounds sit far below the expected counts so that they never fail by chance.
    expect(outcomes.undone).toBeGreaterThanOrEqual(10);
    expect(outcomes.refusedAsReserved).toBeGreaterThan(0);
  });
});
