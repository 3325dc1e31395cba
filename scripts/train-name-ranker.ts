// Learns the weights `chooseName` gives each feature of a candidate business name (src/composer/names/name-weights.ts)
// from labelled descriptions that may be trained on: name-cases.jsonl, the tuned two-thirds of fresh-name-cases.jsonl
// and unseen-name-cases.jsonl (their held-back thirds never), and the evaluation's TUNE half (never its test half).
// A conditional logit: for each description, the softmax over its candidates ("no name" included) should put the
// labelled one first; L2-regularised, full-batch gradient descent. Deterministic. `--check` prints, does not write.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { detectLocale } from '../src/composer/detect-locale.ts';
import { readNameCandidates } from '../src/composer/extract-name.ts';
import type { NameCandidate } from '../src/composer/names/name-candidates.ts';
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
/** The held-back third of a development set (the same hash its test uses): never trained on. */
export const isHeldBack = (text: string) => createHash('sha256').update(text).digest()[0]! % 3 === 0;

export function trainingCases(): Labelled[] {
  return [
    ...readJsonl('name-cases.jsonl').map((entry) => ({ set: 'name-cases', ...entry })),
    ...readJsonl('fresh-name-cases.jsonl').filter((entry) => !isHeldBack(entry.text)).map((entry) => ({ set: 'fresh', ...entry })),
    ...readJsonl('unseen-name-cases.jsonl').filter((entry) => !isHeldBack(entry.text)).map((entry) => ({ set: 'unseen', ...entry })),
    ...descriptionCases('tune').map((entry) => ({ set: 'eval-tune', text: entry.text, name: entry.name })),
  ];
}

const normalise = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'").replace(/[.!,;:]+$/u, '').trim();

interface Example {
  set: string;
  candidates: NameCandidate[];
  /** The candidates that are right: the labelled name; without one, "no name" or what the rules made of the text's words. */
  gold: number[];
}

function examples(cases: Labelled[]): { usable: Example[]; unreachable: number } {
  const usable: Example[] = [];
  let unreachable = 0;
  for (const entry of cases) {
    const { candidates } = readNameCandidates(entry.text, detectLocale(entry.text).locale);
    const gold = candidates
      .map((candidate, index) => ({ candidate, index }))
      .filter(({ candidate }) => (entry.name === null ? candidate.name === '' || candidate.features['rules'] === 1 : candidate.name !== '' && normalise(candidate.name) === normalise(entry.name)))
      .map(({ index }) => index);
    if (gold.length === 0) unreachable += 1;
    else usable.push({ set: entry.set, candidates, gold });
  }
  return { usable, unreachable };
}

const L2 = Number(process.env.L2 ?? 0.0002);
const EPOCHS = Number(process.env.EPOCHS ?? 1500);
const RATE = 0.5;

function train(data: Example[]): Record<string, number> {
  const weights: Record<string, number> = {};
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const gradient: Record<string, number> = {};
    for (const example of data) {
      const scores = example.candidates.map((candidate) => Object.entries(candidate.features).reduce((sum, [key, value]) => sum + (weights[key] ?? 0) * value, 0));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const goldTotal = example.gold.reduce((sum, index) => sum + (exps[index] ?? 0), 0);
      example.candidates.forEach((candidate, index) => {
        const share = (exps[index] ?? 0) / total - (example.gold.includes(index) ? (exps[index] ?? 0) / goldTotal : 0);
        for (const [key, value] of Object.entries(candidate.features)) gradient[key] = (gradient[key] ?? 0) + share * value;
      });
    }
    for (const key of new Set([...Object.keys(gradient), ...Object.keys(weights)])) {
      weights[key] = (weights[key] ?? 0) - RATE * (((gradient[key] ?? 0) / data.length) + L2 * (weights[key] ?? 0));
    }
  }
  return weights;
}

function accuracy(data: Example[], weights: Record<string, number>): number {
  const score = (candidate: NameCandidate) => Object.entries(candidate.features).reduce((sum, [key, value]) => sum + (weights[key] ?? 0) * value, 0);
  return data.filter((example) => {
    const scores = example.candidates.map(score);
    return example.gold.includes(scores.indexOf(Math.max(...scores)));
  }).length / data.length;
}

const isRuleFeature = (key: string) => /^(?:rules|rule\d|noneAgainstRule|noneNoRule|rulesLowerCase|unplaced)/u.test(key);

/** The same descriptions as the spans alone show them, the rules' answer unknown; without a name, only "no name" is right. */
function spanExamples(data: Example[]): Example[] {
  return data.map((example) => {
    const candidates = example.candidates.map((candidate) => ({ name: candidate.name, features: Object.fromEntries(Object.entries(candidate.features).filter(([key]) => !isRuleFeature(key))) }));
    const isNameless = example.candidates[example.gold[0] ?? 0]?.name === '' || example.gold.some((index) => example.candidates[index]?.name === '');
    return { ...example, candidates, gold: isNameless ? [candidates.findIndex((candidate) => candidate.name === '')] : example.gold };
  });
}

function crossValidated(data: Example[]): number {
  const folds = 5;
  let right = 0;
  for (let fold = 0; fold < folds; fold += 1) {
    const weights = train(data.filter((_, index) => index % folds !== fold));
    const heldOut = data.filter((_, index) => index % folds === fold);
    right += accuracy(heldOut, weights) * heldOut.length;
  }
  return right / data.length;
}

/** Cross-validated accuracy on the examples at `indices` only (trained on all the other folds' examples). */
function crossValidatedOn(data: Example[], indices: ReadonlySet<number>): number {
  const folds = 5;
  let right = 0;
  for (let fold = 0; fold < folds; fold += 1) {
    const weights = train(data.filter((_, index) => index % folds !== fold));
    const heldOut = data.filter((_, index) => index % folds === fold && indices.has(index));
    right += accuracy(heldOut, weights) * heldOut.length;
  }
  return right / indices.size;
}

const asSource = (weights: Record<string, number>) =>
  JSON.stringify(Object.fromEntries(Object.entries(weights).filter(([, value]) => Math.abs(value) >= 0.005).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => [key, Math.round(value * 1000) / 1000])), null, 2).replace(/"([A-Za-z_][\w]*)":/gu, '$1:');

if (import.meta.url === `file://${process.argv[1]}`) {
  const { usable, unreachable } = examples(trainingCases());
  const rulesOnly = usable.filter((example) => example.gold.includes(example.candidates.findIndex((candidate) => candidate.features['rules'] === 1 || (candidate.name === '' && !example.candidates.some((other) => other.features['rules'] === 1))))).length;
  console.log(`the rules alone: ${((100 * rulesOnly) / usable.length).toFixed(1)} %`);
  console.log(`${usable.length} examples, ${unreachable} whose name is no candidate`);
  const spans = spanExamples(usable);
  console.log(`cross-validated (5 folds): with the rules ${(100 * crossValidated(usable)).toFixed(1)} %, spans alone ${(100 * crossValidated(spans)).toFixed(1)} %`);
  // Where the span model decides: descriptions the rules find no name in.
  const ruleless = usable.map((example, index) => ({ example, index })).filter(({ example }) => !example.candidates.some((candidate) => candidate.features['rules'] === 1));
  const ruleless_spans = ruleless.map(({ index }) => spans[index]!);
  const named = ruleless_spans.filter((example) => example.candidates[example.gold[0]!]?.name !== '').length;
  console.log(`the rules find no name in ${ruleless.length} (${named} of them named); spans alone, cross-validated, right on ${(100 * crossValidatedOn(spans, new Set(ruleless.map(({ index }) => index)))).toFixed(1)} % of those`);
  // How sure the span model must be before it names a business the rules could not: a lead over "no name".
  const cvWeights = Array.from({ length: 5 }, (_, fold) => train(spans.filter((_, index) => index % 5 !== fold)));
  // The margin that names the most named descriptions less the nameless ones it gives a span of their text as a name.
  let spanMargin = 0;
  let bestGain = -Infinity;
  for (const margin of [0, 0.5, 1, 1.5, 2, 2.5, 3, 4]) {
    let picked = 0;
    let pickedRight = 0;
    let namedRight = 0;
    for (const { index } of ruleless) {
      const example = spans[index]!;
      const weightsHere = cvWeights[index % 5]!;
      const scores = example.candidates.map((candidate) => Object.entries(candidate.features).reduce((sum, [key, value]) => sum + (weightsHere[key] ?? 0) * value, 0));
      const noneAt = example.candidates.findIndex((candidate) => candidate.name === '');
      const best = scores.indexOf(Math.max(...scores));
      const choice = best !== noneAt && scores[best]! - scores[noneAt]! >= margin ? best : noneAt;
      if (choice !== noneAt) picked += 1;
      if (choice !== noneAt && example.gold.includes(choice)) pickedRight += 1;
      if (example.candidates[example.gold[0]!]?.name !== '' && example.gold.includes(choice)) namedRight += 1;
    }
    console.log(`  margin ${margin}: names ${picked} rule-less descriptions, ${pickedRight} right; ${namedRight} of ${named} named ones`);
    if (namedRight - (picked - pickedRight) > bestGain) {
      bestGain = namedRight - (picked - pickedRight);
      spanMargin = margin;
    }
  }
  const weights = train(usable);
  const spanWeights = train(spans);
  for (const set of [...new Set(usable.map((example) => example.set))]) {
    const inSet = (example: Example) => example.set === set;
    console.log(`${set}: ${(100 * accuracy(usable.filter(inSet), weights)).toFixed(1)} % with the rules, ${(100 * accuracy(spans.filter(inSet), spanWeights)).toFixed(1)} % spans alone, on the trained cases`);
  }
  if (!process.argv.includes('--check')) {
    writeFileSync(
      new URL('name-weights.ts', NAMES),
      `// Generated by scripts/train-name-ranker.ts — do not edit by hand.\n/** Weights of a candidate's features, the rules' answer among them. */\nexport const NAME_WEIGHTS: Readonly<Record<string, number>> = ${asSource(weights)};\n/** Weights of a candidate's features when the rules find no name. */\nexport const SPAN_WEIGHTS: Readonly<Record<string, number>> = ${asSource(spanWeights)};\n/** How far a span must outscore "no name" under SPAN_WEIGHTS to be taken. */\nexport const SPAN_MARGIN = ${spanMargin};\n`,
    );
  }
}
