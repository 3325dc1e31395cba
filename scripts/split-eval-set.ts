// Splits a new evaluation set (test/fixtures/eval/<name>.jsonl) into its two halves, <name>-tune.jsonl and
// <name>-test.jsonl, by the hash of each case's id (halfOf in test/eval/eval-sets.ts), and removes the unsplit
// file. Run once when a set is written: `tsx scripts/split-eval-set.ts test/fixtures/eval/chat-prompts.jsonl`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { halfOf, HALVES } from '../test/eval/eval-sets.ts';

for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const half of HALVES) {
    const chosen = lines.filter((line) => halfOf((JSON.parse(line) as { id: string }).id) === half);
    writeFileSync(file.replace(/\.jsonl$/, `-${half}.jsonl`), chosen.join('\n') + '\n');
    console.log(`${file}: ${chosen.length} in the ${half} half`);
  }
  rmSync(file);
}
