import { readFileSync } from 'node:fs';
import { composeSite } from '../src/composer/index.ts';
import { render } from '../src/render/index.ts';
import { descriptionCases } from '../test/eval/eval-sets.ts';
import { sampleSite } from '../test/support/sample-site.ts';
import { measure, median, percentile, row } from './measure.ts';

/**
 * Render and compose times. The yardstick, measured in the same run, is a JSON round trip of the same
 * document (serialise + parse): the least work any renderer of this document must do.
 */
export function benchRenderAndCompose(): void {
  const site = sampleSite();
  const prompts = readFileSync(new URL('../../shared/fixtures/site-prompts.txt', import.meta.url), 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  const yardstick = measure(() => JSON.parse(JSON.stringify(site)), { runs: 200 });
  const renderTimes = measure(() => render(site), { runs: 200 });
  const composedSites = prompts.map((prompt) => composeSite(prompt).site);
  let next = 0;
  const renderComposed = measure(() => render(composedSites[next++ % composedSites.length]!), { runs: 200 });
  next = 0;
  const composeTimes = measure(() => composeSite(prompts[next++ % prompts.length]!), { runs: 200 });
  // Descriptions the composer has not seen in this process (no warm caches): the evaluation's tune half, each once.
  const unseen = descriptionCases('tune').map((entry) => entry.text);
  next = 0;
  const composeUnseen = measure(() => composeSite(unseen[next++]!), { runs: unseen.length, warmup: 0 });

  console.log('\nRender and compose (offline)');
  console.log(row('yardstick: JSON round trip of the document', yardstick));
  console.log(row(`render 6-page sample site (${site.pages.length} pages, all 18 section types)`, renderTimes, `  = ${(median(renderTimes) / median(yardstick)).toFixed(1)}× yardstick; goal < 10 ms`));
  console.log(row('render a composed fixture site', renderComposed, `  = ${(median(renderComposed) / median(yardstick)).toFixed(1)}× yardstick`));
  console.log(row('compose a site offline (24 fixture prompts)', composeTimes, `  = ${(median(composeTimes) / median(yardstick)).toFixed(1)}× yardstick`));
  console.log(row(`compose, ${unseen.length} descriptions each once`, composeUnseen, `  goal p95 < 50 ms: ${percentile(composeUnseen, 0.95) < 50 ? 'met' : 'MISSED'}`));
  console.log(`  vs the product plans: target 500–1000 ms, starting point 8–13 s → render+compose is ${(750 / (median(renderComposed) + median(composeTimes))).toFixed(0)}× faster than the 0.75 s midpoint`);
}
