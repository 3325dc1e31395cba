// The public RFC 6902 test suite (json-patch/json-patch-tests, in ../shared/fixtures beside the repository, as
// in CI). The fixtures are imported as JSON modules rather than read with node:fs, so this test stays within
// patch/'s no-Node-built-ins lint rule like the code it checks.
import { describe, expect, it } from 'vitest';
import specTests from '../../../shared/fixtures/json-patch-tests/spec_tests.json' with { type: 'json' };
import tests from '../../../shared/fixtures/json-patch-tests/tests.json' with { type: 'json' };
import { applyPatch, PatchError, type JsonValue, type PatchOperation } from './json-patch.ts';

/** One record of the suite (its README): `expected` is the result, `error` means the patch must fail. */
interface ConformanceRecord {
  comment?: string;
  doc?: JsonValue;
  patch?: PatchOperation[];
  expected?: JsonValue;
  error?: string;
  disabled?: boolean;
}

interface ConformanceCase {
  name: string;
  record: ConformanceRecord & { doc: JsonValue; patch: PatchOperation[] };
}

/** The enabled records that carry a patch (a record with only a comment is a note), named by file, index and comment. */
function casesOf(file: string, records: readonly unknown[]): ConformanceCase[] {
  return (records as ConformanceRecord[]).flatMap((record, index) => {
    if (record.disabled === true || record.patch === undefined) return [];
    const name = `${file} #${index}: ${record.comment ?? record.error ?? JSON.stringify(record.patch)}`;
    return [{ name, record: { ...record, doc: record.doc as JsonValue, patch: record.patch } }];
  });
}

const files = [
  { file: 'tests.json', cases: casesOf('tests.json', tests) },
  { file: 'spec_tests.json', cases: casesOf('spec_tests.json', specTests) },
];

/** A deep copy through JSON, so results compare as JSON (key order ignored, no `undefined`, no prototypes). */
function asJson(value: JsonValue): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

for (const { file, cases } of files) {
  describe(`JSON Patch conformance: ${file}`, () => {
    it('has cases to run', () => {
      expect(cases.length).toBeGreaterThan(10);
    });

    for (const { name, record } of cases) {
      it(name, () => {
        const before = JSON.stringify(record.doc);
        if ('error' in record) {
          expect(() => applyPatch(record.doc, record.patch)).toThrow(PatchError);
          expect(JSON.stringify(record.doc)).toBe(before);
          return;
        }
        const { document, inverse } = applyPatch(record.doc, record.patch);
        // toStrictEqual, not a JSON round trip, so a value written as `undefined` cannot pass as missing or null.
        if ('expected' in record) expect(document).toStrictEqual(record.expected);
        expect(JSON.stringify(record.doc)).toBe(before);
        expect(asJson(applyPatch(document, inverse).document)).toStrictEqual(record.doc);
      });
    }
  });
}
