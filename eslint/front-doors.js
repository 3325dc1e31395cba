// Lint rule `pagehub/front-doors`: every folder directly under src/ and web/src/ is an area, and its index.ts is
// its front door. A file may import anything inside its own area, and only the index.ts of another area — so an
// area's internals can change without breaking its callers, and what an area offers is written in one place.
// A file directly under src/ (config.ts, errors.ts, server.ts…) is its own front door. Files outside these roots
// (test/, bench/, scripts/) may reach in: they test and measure the insides.
import { dirname, relative, resolve, sep } from 'node:path';

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
    },
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split(sep).join('/');
    const own = areaOf(file);
    const check = (node, source) => {
      const spec = source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
      if (!spec?.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), spec)).split(sep).join('/');
      const area = areaOf(target);
      if (!area || area.name === own?.name || target === area.door) return;
      context.report({ node: source, messageId: 'deep', data: { spec, area: area.name, door: area.door } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

