// Lint rule `pagehub/front-doors`: every folder directly under src/ and web/src/ is an area, and its index.ts is
// its front door. A file may import anything inside its own area, and only the index.ts of another area — so an
// area's internals can change without breaking its callers, and what an area offers is written in one place —
// and only of an area that areas.js lets it use. A file directly under src/ (config.ts, errors.ts, server.ts…)
// is its own front door. Files outside these roots (test/, bench/, scripts/) may reach in: they test and measure
// the insides.
import { dirname, relative, resolve, sep } from 'node:path';
import { AREAS, BROWSER_AREAS, BROWSER_KERNEL, RESTRICTED_FILES } from './areas.js';

const ROOTS = ['web/src', 'src'];

/** The area a repository-relative path belongs to, or undefined for a top-level file or a file outside the roots. */
export function areaOf(path) {
  for (const root of ROOTS) {
    if (!path.startsWith(`${root}/`)) continue;
    const parts = path.slice(root.length + 1).split('/');
    return parts.length > 1 ? { name: `${root}/${parts[0]}`, door: `${root}/${parts[0]}/index.ts` } : undefined;
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const frontDoors = {
  meta: {
    type: 'problem',
    docs: { description: "Import another area only through its index.ts (docs/architecture.md 'Areas and their front doors')." },
    schema: [],
    messages: {
      deep: "'{{spec}}' reaches inside {{area}}: import it from {{door}} (export it there if it is meant for other areas).",
      notAllowed: "{{own}} may not depend on {{area}} ('{{spec}}'): eslint/areas.js lists what each area may use, docs/architecture.md says why.",
      unknownArea: '{{own}} is not in eslint/areas.js: add it there with the areas it may use (and to docs/architecture.md).',
      kernel: "{{own}} may not import {{file}} ('{{spec}}'){{why}}.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split(sep).join('/');
    const own = areaOf(file);
    // A test may set up what it needs from any area's front door; the code it tests may not.
    const isTest = /\.test\.tsx?$/.test(file);
    if (own && !(own.name in AREAS)) {
      return { Program: (node) => context.report({ node, messageId: 'unknownArea', data: { own: own.name } }) };
    }
    const check = (node, source) => {
      const spec = source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
      if (!spec?.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), spec)).split(sep).join('/');
      const area = areaOf(target);
      if (!area) return checkKernel(source, spec, target);
      if (area.name === own?.name) return;
      if (target !== area.door) {
        context.report({ node: source, messageId: 'deep', data: { spec, area: area.name, door: area.door } });
      } else if (own && !isTest && !AREAS[own.name].includes(area.name)) {
        context.report({ node: source, messageId: 'notAllowed', data: { spec, own: own.name, area: area.name } });
      }
    };
    // A file directly under src/: open to server areas, except the composition root; browser areas get the pure ones.
    const checkKernel = (source, spec, target) => {
      if (!own || isTest || !/^src\/[^/]+\.tsx?$/.test(target)) return;
      const allowedFor = RESTRICTED_FILES[target];
      if (allowedFor && !allowedFor.includes(own.name)) {
        context.report({ node: source, messageId: 'kernel', data: { own: own.name, file: target, spec, why: ': it starts the whole process' } });
      } else if (BROWSER_AREAS.includes(own.name) && !BROWSER_KERNEL.includes(target)) {
        context.report({ node: source, messageId: 'kernel', data: { own: own.name, file: target, spec, why: ': this area runs in the browser' } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

