import { applyPatch } from '../src/patch/index.ts';
import { sampleSite } from '../test/support/sample-site.ts';
const patches = Array.from({ length: 255 }, (_, i) => [{ op: 'replace' as const, path: `/pages/${i % 4}/sections/0/props/heading`, value: `H ${i}` }]);
for (let r = 0; r < 5; r++) { const t = performance.now(); let d: any = sampleSite(); for (const p of patches) d = applyPatch(d, p).document; console.log('replay 255', (performance.now() - t).toFixed(2), 'ms'); }
