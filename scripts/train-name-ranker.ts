// Learns the weights `chooseName` gives each feature of a candidate business name (src/composer/names/name-weights.ts)
// from labelled descriptions that may be trained on: name-cases.jsonl, the tuned two-thirds of fresh-name-cases.jsonl,
// unseen-name-cases.jsonl, written-name-cases.jsonl and unmarked-name-cases.jsonl (their held-back thirds never), and the evaluation's TUNE half
// (never its test half).
// Every labelled description teaches what a name looks like; one without a name teaches "no name". Then the margin a
// span must lead "no name" by is chosen, by cross-validation, on the descriptions the rules read no name in — where
// the model decides. `--check` prints the figures and writes nothing.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { detectLocale } from '../src/composer/detect-locale.ts';
import { readNameCandidates } from '../src/composer/extract-name.ts';
import type { NameCandidate } from '../src/composer/names/name-candidates.ts';
import { scoreOf, train, weightsSource, type Example } from './conditional-logit.ts';
import { descriptionCases } from '../test/eval/eval-sets.ts';

interface Labelled {
  set: string;
  text: string;
  name: string | null;
}

const NAMES = new URL('../src/composer/names/', import.meta.url);
const readJsonl = (file: string) =>
  readFileSync(new URL(file, NAMES), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; name: string | null });
/** The held-back third of a development set (the hash its test uses): never trained on. */
const isHeldBack = (text: string) => createHash('sha256').update(text).digest()[0]! % 3 === 0;

function trainingCases(): Labelled[] {
  return [
    ...readJsonl('name-cases.jsonl').map((entry) => ({ set: 'name-cases', ...entry })),
    ...readJsonl('fresh-name-cases.jsonl').filter((entry) => !isHeldBack(entry.text)).map((entry) => ({ set: 'fresh', ...entry })),
    ...readJsonl('unseen-name-cases.jsonl').filter((entry) => !isHeldBack(entry.text)).map((entry) => ({ set: 'unseen', ...entry })),
    ...readJsonl('written-name-cases.jsonl').filter((entry) => !isHeldBack(entry.text)).map((entry) => ({ set: 'written', ...entry })),
    ...readJsonl('unmarked-name-cases.jsonl').filter((entry) => !isHeldBack(entry.text)).map((entry) => ({ set: 'unmarked', ...entry })),
    ...descriptionCases('tune').map((entry) => ({ set: 'eval-tune', text: entry.text, name: entry.name })),
  ];
}

const normalise = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'").replace(/[.!,;:]+$/u, '').trim();

const OPTIONS = { l2: Number(process.env.L2 ?? 0.0002), epochs: Number(process.env.EPOCHS ?? 800), rate: 0.5 };
const FOLDS = 5;
const MARGINS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4];

if (import.meta.url === `file://${process.argv[1]}`) {
  const examples: (Example<NameCandidate> & { hasRuleAnswer: boolean; isNamed: boolean })[] = [];
  let unreachable = 0;
  for (const entry of trainingCases()) {
    const { ruled, candidates } = readNameCandidates(entry.text, detectLocale(entry.text).locale);
    const gold = candidates.flatMap((candidate, index) => ((entry.name === null ? candidate.name === '' : candidate.name !== '' && normalise(candidate.name) === normalise(entry.name)) ? [index] : []));
    if (gold.length === 0) unreachable += 1;
    else examples.push({ set: entry.set, candidates, gold, hasRuleAnswer: ruled !== undefined, isNamed: entry.name !== null });
  }
  const ruleless = examples.filter((example) => !example.hasRuleAnswer);
  console.log(`${examples.length} descriptions (${unreachable} more whose name is no candidate span); the rules read no name in ${ruleless.length}, ${ruleless.filter((example) => example.isNamed).length} of them named`);

  // Cross-validated choices on the rule-less descriptions, for each margin.
  const foldWeights = Array.from({ length: FOLDS }, (_, fold) => train(examples.filter((_, index) => index % FOLDS !== fold), OPTIONS));
  let margin = 0;
  let bestGain = -Infinity;
  for (const candidateMargin of MARGINS) {
    let named = 0;
    let wronglyNamed = 0;
    let namedWhereNone = 0;
    examples.forEach((example, index) => {
      if (example.hasRuleAnswer) return;
      const weights = foldWeights[index % FOLDS]!;
      const scores = example.candidates.map((candidate) => scoreOf(candidate.features, weights) - (candidate.name === '' ? 0 : candidateMargin));
      const choice = scores.indexOf(Math.max(...scores));
      if (example.candidates[choice]?.name === '') return;
      if (example.gold.includes(choice)) named += 1;
      else wronglyNamed += 1;
      if (!example.isNamed) namedWhereNone += 1;
    });
    console.log(`  margin ${candidateMargin}: ${named} named right, ${wronglyNamed} given a span that is not their name (${namedWhereNone} of them named nothing)`);
    // A wrong span is as bad as a missed name: the person reads a name they never gave.
    if (named - wronglyNamed > bestGain) {
      bestGain = named - wronglyNamed;
      margin = candidateMargin;
    }
  }
  console.log(`margin chosen: ${margin}`);
  const weights = train(examples, OPTIONS);
  if (!process.argv.includes('--check')) {
    writeFileSync(
      new URL('name-weights.ts', NAMES),
      `// Generated by scripts/train-name-ranker.ts — do not edit by hand.\n/** Weights of a candidate name's features (names/name-candidates.ts). */\nexport const SPAN_WEIGHTS: Readonly<Record<string, number>> = ${weightsSource(weights)};\n/** How far a span must outscore "no name" to be taken. */\nexport const SPAN_MARGIN = ${margin};\n`,
    );
  }
}
