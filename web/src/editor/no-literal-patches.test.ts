// The editor changes a document only through the named operations of src/patch (addSection, setField…): no
// screen or editor module writes a JSON Patch operation by hand. web/src/api is left out: it declares the wire
// types of the history API, where `op: 'add' | …` is a type, not an operation.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB_SOURCE = join(import.meta.dirname, '..');
const LITERAL_OPERATION = /\bop\s*:\s*['"`]|\{\s*op\s*:/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' && folder === WEB_SOURCE ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the web editor', () => {
  it('builds no JSON Patch operations by hand', () => {
    const files = sourceFiles(WEB_SOURCE);
    expect(files.some((file) => file.endsWith('sections-panel.tsx'))).toBe(true);
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (LITERAL_OPERATION.test(line) ? [`${relative(WEB_SOURCE, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('would notice one', () => {
    expect(LITERAL_OPERATION.test("editor.change([{ op: 'remove', path }], 'Delete')")).toBe(true);
    expect(LITERAL_OPERATION.test('change([{op:"add", path, value}])')).toBe(true);
    expect(LITERAL_OPERATION.test('change(removeSection(site, id), summary)')).toBe(false);
  });
});
