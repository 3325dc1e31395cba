// Training the intent and target models (./intent-model.ts, ./target-model.ts): the development prompts they learn
// from, the variants they are also shown (slips, polite wrappers, other everyday names of the same part, a line of
// story before, a terse note), and a deterministic logistic regression. scripts/train-intent-model.ts runs it and
// writes ./intent-model.json and ./target-model.json; their tests check the committed files were made from today's
// prompts and code. The held-back thirds of fresh.jsonl, fresh-2.jsonl and fresh-3.jsonl, held-out.jsonl and the
// evaluation's test half are never read here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IntentType } from '../../intent.ts';
import { SECTION_WORDS } from '../vocabulary/index.ts';
import { featuresOf, FEATURE_BITS } from './intent-features.ts';
import type { StoredIntentModel } from './intent-model.ts';
import { TARGET_FEATURE_BITS, type StoredTargetModel } from './target-model.ts';

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
  { file: new URL('fresh-3.jsonl', HERE), studiedOnly: true },
  { file: new URL('fresh-4.jsonl', HERE), studiedOnly: false },
  { file: new URL('../../../../test/fixtures/eval/chat-prompts-tune.jsonl', HERE), studiedOnly: false },
];
/** The code whose change makes a new model: hashed with the prompts into the stored model's sourceHash. */
const TRAINING_CODE: readonly URL[] = [new URL('intent-training.ts', HERE), new URL('intent-features.ts', HERE), new URL('target-model.ts', HERE), new URL('../vocabulary/sections.ts', HERE)];

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

/** A sentence of story before the request, as people tell why they ask; none of them asks for anything. */
const STORIES = ['we are a small family business. ', 'my daughter had a look at the site last night. ', 'love the site so far! ', 'one more thing before the weekend. ', 'ok so a customer mentioned something today. ', 'sorry, me again. ', "we've been open ten years now. ", 'been thinking about this for a while. '];
/** Words a terse request leaves out (never a negation). */
const FILLER = new Set(['the', 'a', 'an', 'please', 'pls', 'can', 'could', 'would', 'you', 'i', 'we', 'our', 'to', 'of', 'it', 'is', 'be', 'just', 'like', 'think']);

/** The prompt as a terse note: filler words dropped, or undefined when that leaves it unchanged or empty. */
function terse(prompt: string): string | undefined {
  const kept = prompt.split(' ').filter((word) => !FILLER.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const text = kept.join(' ');
  return kept.length === 0 || text === prompt ? undefined : text;
}

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

/** Each prompt, then variants of it: a slip, a polite wrapper, another name for the part it names, a story before it, terse. */
export function augmented(prompts: readonly LabelledPrompt[], seed = 12): LabelledPrompt[] {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return prompts.flatMap((entry) => {
    const variants = [entry.prompt, withSlip(entry.prompt, random), `${pick(OPENINGS)}${entry.prompt}${pick(CLOSINGS)}`];
    const renamed = withOtherName(entry.prompt, random);
    if (renamed !== undefined) variants.push(renamed);
    variants.push(`${pick(STORIES)}${entry.prompt}`);
    const short = terse(entry.prompt);
    if (short !== undefined) variants.push(short);
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

/** Multinomial logistic regression over the prompts' intents (see trainLabelWeights). */
export function trainWeights(prompts: readonly LabelledPrompt[], intents: readonly IntentType[], options: TrainingOptions = TRAINING): Float32Array[] {
  return trainLabelWeights(prompts.map((entry) => ({ prompt: entry.prompt, label: intents.indexOf(entry.intent) })), intents.length, options);
}

/**
 * Multinomial logistic regression by stochastic gradient descent with AdaGrad steps, in a seeded order, over the
 * prompts' features in a table of 2^bits: one row of weights per label (an index into the caller's labels).
 */
export function trainLabelWeights(prompts: readonly { prompt: string; label: number }[], labelCount: number, options: TrainingOptions = TRAINING, bits = FEATURE_BITS): Float32Array[] {
  const size = 1 << bits;
  const weights = Array.from({ length: labelCount }, () => new Float32Array(size));
  const squares = Array.from({ length: labelCount }, () => new Float32Array(size).fill(1e-2));
  const rows = prompts.map((entry) => ({ features: featuresOf(entry.prompt, bits), label: entry.label }));
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
      for (let target = 0; target < labelCount; target++) {
        const gradient = exponentials[target]! / total - (target === label ? 1 : 0);
        const row = weights[target]!;
        const square = squares[target]!;
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

/** Weights as stored: one signed byte each, scaled per row. */
function quantised(weights: readonly Float32Array[]): { scales: number[]; weights: string[] } {
  const scales = weights.map((row) => Number((row.reduce((most, value) => Math.max(most, Math.abs(value)), 0) / 127 || 1).toPrecision(6)));
  return { scales, weights: weights.map((row, index) => Buffer.from(Int8Array.from(row, (value) => Math.round(value / scales[index]!)).buffer).toString('base64')) };
}

/** The intent model as stored. */
export function storedModel(weights: readonly Float32Array[], intents: readonly IntentType[], examples: number, sourceHash: string): StoredIntentModel {
  return { sourceHash, examples, intents: [...intents], featureBits: FEATURE_BITS, ...quantised(weights) };
}

/** Intents whose target is one of a closed list (a new page's slug is made from its name by the rules). */
const CLOSED_TARGET = (entry: LabelledPrompt) => entry.target !== null && entry.intent !== 'needs_clarification' && entry.intent !== 'add_page';

/** The target model's labels and, per intent, the targets it had: read from the prompts it learns from. */
export function targetLabels(prompts: readonly LabelledPrompt[]): { targets: string[]; targetsByIntent: Record<string, string[]> } {
  const closed = prompts.filter(CLOSED_TARGET);
  const targetsByIntent: Record<string, string[]> = {};
  for (const entry of closed) targetsByIntent[entry.intent] = [...new Set([...(targetsByIntent[entry.intent] ?? []), entry.target!])].sort();
  return { targets: [...new Set(closed.map((entry) => entry.target!))].sort(), targetsByIntent };
}

/** The target model's weights: each prompt with a closed target (and its variants) labelled with that target. */
export function trainTargetWeights(prompts: readonly LabelledPrompt[], targets: readonly string[], options: TrainingOptions = TRAINING): Float32Array[] {
  const rows = prompts.filter(CLOSED_TARGET).map((entry) => ({ prompt: entry.prompt, label: targets.indexOf(entry.target!) }));
  return trainLabelWeights(rows, targets.length, options, TARGET_FEATURE_BITS);
}

/** The target model as stored. */
export function storedTargetModel(weights: readonly Float32Array[], labels: ReturnType<typeof targetLabels>, examples: number, sourceHash: string): StoredTargetModel {
  return { sourceHash, examples, ...labels, featureBits: TARGET_FEATURE_BITS, ...quantised(weights) };
}
