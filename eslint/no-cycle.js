// Lint rule `pagehub/no-cycle`: no chain of imports under src/ and web/src/ leads back to the file it starts from —
// type-only imports included, since a cycle of types is the same tangle of responsibilities as a cycle of values.
// Because areas import each other only through their front doors, a cycle between two areas shows up here as a
// cycle between files. The graph is read with TypeScript's own import scanner, each file again when it changes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOTS = ['src/', 'web/src/'];
const graphs = new Map(); // repository root → Map(file → { mtimeMs, imports })

function inScope(root, file) {
  const path = relative(root, file).split(sep).join('/');
  return ROOTS.some((prefix) => path.startsWith(prefix));
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const target = resolve(dirname(from), spec);
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function importsOf(root, file, text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => resolveImport(file, imported.fileName))
    .filter((target) => target !== undefined && inScope(root, target) && /\.tsx?$/.test(target));
}

function edgesFrom(root, file) {
  let graph = graphs.get(root);
  if (!graph) graphs.set(root, (graph = new Map()));
  const { mtimeMs } = statSync(file);
  let entry = graph.get(file);
  if (entry?.mtimeMs !== mtimeMs) graph.set(file, (entry = { mtimeMs, imports: importsOf(root, file, readFileSync(file, 'utf8')) }));
  return entry.imports;
}

/** The chain of files from `start` back to `goal`, or undefined when there is none. */
function pathBack(root, start, goal) {
  const seen = new Set([start]);
  const stack = [[start]];
  while (stack.length > 0) {
    const chain = stack.pop();
    for (const next of edgesFrom(root, chain.at(-1))) {
      if (next === goal) return chain;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push([...chain, next]);
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles between files (and so none between areas).' },
    schema: [],
    messages: { cycle: "'{{spec}}' closes an import cycle: {{chain}} → back here. Move what both sides need into a file that imports neither." },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    if (!inScope(root, file)) return {};
    return {
      Program(program) {
        const text = context.sourceCode.getText();
        for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
          const target = resolveImport(file, imported.fileName);
          if (!target || !inScope(root, target) || target === file) continue;
          const chain = pathBack(root, target, file);
          if (!chain) continue;
          const names = chain.map((step) => relative(root, step).split(sep).join('/'));
          const index = text.indexOf(imported.fileName, imported.pos - 1);
          const location = index >= 0 ? { start: context.sourceCode.getLocFromIndex(index), end: context.sourceCode.getLocFromIndex(index + imported.fileName.length) } : program.loc;
          context.report({ loc: location, messageId: 'cycle', data: { spec: imported.fileName, chain: names.join(' → ') } });
        }
      },
    };
  },
};
