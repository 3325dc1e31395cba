// Training the intent model (./intent-model.ts): the development prompts it learns from, the variants it is also
// shown (slips, polite wrappers, other everyday names of the same part), and a deterministic logistic regression.
// scripts/train-intent-model.ts runs it and writes ./intent-model.json; intent-model.test.ts checks the committed
// file was made from today's prompts and code. The held-back thirds of fresh.jsonl and fresh-2.jsonl, held-out.jsonl
// and the evaluation's test half are never read here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IntentType } from '../../intent.ts';
import { SECTION_WORDS } from '../vocabulary/index.ts';
import { featuresOf, FEATURE_BITS } from './intent-features.ts';
import type { StoredIntentModel } from './intent-model.ts';

export interface LabelledPrompt {
  prompt: string;
  intent: IntentType;
  target: string | null;
  /** The file it comes from. */
  source?: string;
}

/** A third of a fresh set, by a hash of the prompt, so nobody chooses which prompts are held back. */
export function isHeldBack(prompt: string): boolean {
  return createHash('sha256').update(prompt).digest()[0]! % 3 === 0;
}

const HERE = new URL('./', import.meta.url);
/** The development sets, and whether only their studied two-thirds may be learnt from. */
const TRAINING_SETS: readonly { file: URL; studiedOnly: boolean }[] = [
  { file: new URL('everyday.jsonl', HERE), studiedOnly: false },
  { file: new URL('phrasings.jsonl', HERE), studiedOnly: false },
  { file: new URL('fresh.jsonl', HERE), studiedOnly: true },
  { file: new URL('fresh-2.jsonl', HERE), studiedOnly: true },
  { file: new URL('../../../../test/fixtures/eval/chat-prompts-tune.jsonl', HERE), studiedOnly: false },
];
/** The code whose change makes a new model: hashed with the prompts into the stored model's sourceHash. */
const TRAINING_CODE: readonly URL[] = [new URL('intent-training.ts', HERE), new URL('intent-features.ts', HERE), new URL('../vocabulary/sections.ts', HERE)];

function readLines(file: URL): LabelledPrompt[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPrompt)
    .map(({ prompt, intent, target }) => ({ prompt, intent, target, source: file.pathname.split('/').pop()! }));
}

/** Every prompt the model may learn from. */
export function developmentPrompts(): LabelledPrompt[] {
  return TRAINING_SETS.flatMap(({ file, studiedOnly }) => readLines(file).filter((entry) => !studiedOnly || !isHeldBack(entry.prompt)));
}

/** What the stored model was made from: the training prompts and the training code. */
export function trainingSourceHash(): string {
  const hash = createHash('sha256');
  for (const entry of developmentPrompts()) hash.update(`${JSON.stringify(entry)}\n`);
  for (const file of TRAINING_CODE) hash.update(readFileSync(file, 'utf8'));
  return hash.digest('hex');
}

/** A small deterministic random source (mulberry32), so the same prompts always make the same model. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENINGS = ['hi, ', 'hey ', 'hello! ', 'could you please ', 'can you ', 'please ', 'quick one - ', 'would it be possible to ', 'i was wondering if you could ', 'ok so ', ''];
const CLOSINGS = [' thanks', ' please', ' thx!', ' if possible', '. many thanks', ' :)', '?', '!!', ' asap', ''];

/** One slip in a word of four letters or more: two letters swapped, one dropped or one doubled. */
function withSlip(prompt: string, random: () => number): string {
  const words = prompt.split(' ');
  const long = words.map((word, index) => (/^\p{L}{4,}$/u.test(word) ? index : -1)).filter((index) => index >= 0);
  if (long.length === 0) return prompt;
  const at = long[Math.floor(random() * long.length)]!;
  const word = words[at]!;
  const position = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  words[at] = kind === 0 ? word.slice(0, position) + word[position + 1] + word[position] + word.slice(position + 2) : kind === 1 ? word.slice(0, position) + word.slice(position + 1) : word.slice(0, position) + word[position] + word.slice(position);
  return words.join(' ');
}

/** The names of parts, longest first, each with the other names of its part. */
const PART_NAMES = Object.values(SECTION_WORDS)
  .flatMap((names) => names.map((name) => ({ name, others: names.filter((other) => other !== name && !other.includes(' at the ')) })))
  .sort((first, second) => second.name.length - first.name.length);

/** The prompt with one named part called by another of its everyday names, or undefined when it names none. */
function withOtherName(prompt: string, random: () => number): string | undefined {
  const lower = prompt.toLowerCase();
  for (const { name, others } of PART_NAMES) {
    const at = lower.search(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    if (at < 0 || others.length === 0) continue;
    return prompt.slice(0, at) + others[Math.floor(random() * others.length)] + prompt.slice(at + name.length);
  }
  return undefined;
}

/** Each prompt, then variants of it: a slip, a polite wrapper, another name for the part it names. */
export function augmented(prompts: readonly LabelledPrompt[], seed = 12): LabelledPrompt[] {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return prompts.flatMap((entry) => {
    const variants = [entry.prompt, withSlip(entry.prompt, random), `${pick(OPENINGS)}${entry.prompt}${pick(CLOSINGS)}`];
    const renamed = withOtherName(entry.prompt, random);
    if (renamed !== undefined) variants.push(renamed);
    return [...new Set(variants)].map((prompt) => ({ ...entry, prompt }));
  });
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per step, keeping rare words' weights small. */
  penalty: number;
  seed: number;
}

export const TRAINING: TrainingOptions = { epochs: 25, learningRate: 0.1, penalty: 1e-5, seed: 12 };

/** Multinomial logistic regression by stochastic gradient descent with AdaGrad steps, in a seeded order. */
export function trainWeights(prompts: readonly LabelledPrompt[], intents: readonly IntentType[], options: TrainingOptions = TRAINING): Float32Array[] {
  const size = 1 << FEATURE_BITS;
  const weights = intents.map(() => new Float32Array(size));
  const squares = intents.map(() => new Float32Array(size).fill(1e-2));
  const rows = prompts.map((entry) => ({ features: featuresOf(entry.prompt), label: intents.indexOf(entry.intent) }));
  const random = randomSource(options.seed);
  const order = rows.map((_row, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const rowIndex of order) {
      const { features, label } = rows[rowIndex]!;
      const scores = weights.map((row) => features.reduce((sum, feature) => sum + row[feature]!, 0));
      const best = Math.max(...scores);
      const exponentials = scores.map((score) => Math.exp(score - best));
      const total = exponentials.reduce((sum, value) => sum + value, 0);
      for (let intent = 0; intent < intents.length; intent++) {
        const gradient = exponentials[intent]! / total - (intent === label ? 1 : 0);
        const row = weights[intent]!;
        const square = squares[intent]!;
        for (const feature of features) {
          const step = gradient + options.penalty * row[feature]!;
          square[feature]! += step * step;
          row[feature]! -= (options.learningRate * step) / Math.sqrt(square[feature]!);
        }
      }
    }
  }
  return weights;
}

/** The weights as stored: one signed byte each, scaled per intent. */
export function storedModel(weights: readonly Float32Array[], intents: readonly IntentType[], examples: number, sourceHash: string): StoredIntentModel {
  const scales = weights.map((row) => Math.max(...row.map(Math.abs)) / 127 || 1);
  return {
    sourceHash,
    examples,
    intents: [...intents],
    featureBits: FEATURE_BITS,
    scales: scales.map((scale) => Number(scale.toPrecision(6))),
    weights: weights.map((row, index) => Buffer.from(Int8Array.from(row, (value) => Math.round(value / Number(scales[index]!.toPrecision(6)))).buffer).toString('base64')),
  };
}
