// A trained second opinion on a prompt's intent: a multinomial logistic regression over ./intent-features.ts,
// trained by scripts/train-intent-model.ts on the hand-written development prompts (./intent-training.ts) and
// committed as ./intent-model.json (weights quantised to one byte each). The rules stay first; ./model-decision.ts
// says when this model's opinion changes their answer.
import { readFileSync } from 'node:fs';
import type { IntentType } from '../../intent.ts';
import { featuresOf, FEATURE_BITS } from './intent-features.ts';

/** The committed model as stored. */
export interface StoredIntentModel {
  /** sha256 of the training prompts and of the code that turns them into a model (./intent-training.ts). */
  sourceHash: string;
  examples: number;
  intents: IntentType[];
  featureBits: number;
  /** Per intent, the factor that turns its stored bytes back into weights. */
  scales: number[];
  /** Per intent, 2^featureBits signed bytes, base64. */
  weights: string[];
}

/** The model's reading of one prompt: the likeliest intent, its probability, and every intent's probability. */
export interface IntentGuess {
  intent: IntentType;
  probability: number;
  probabilities: ReadonlyMap<IntentType, number>;
}

export interface IntentModel {
  guess(prompt: string): IntentGuess;
}

/** A model from its weights as numbers (the trainer's output, or the stored bytes decoded). */
export function intentModelOf(intents: readonly IntentType[], weights: readonly ArrayLike<number>[]): IntentModel {
  return {
    guess(prompt) {
      const features = featuresOf(prompt);
      const scores = weights.map((row) => features.reduce((sum, feature) => sum + row[feature]!, 0));
      const best = Math.max(...scores);
      const exponentials = scores.map((score) => Math.exp(score - best));
      const total = exponentials.reduce((sum, value) => sum + value, 0);
      const probabilities = new Map(intents.map((intent, index) => [intent, exponentials[index]! / total] as const));
      const top = scores.indexOf(best);
      return { intent: intents[top]!, probability: exponentials[top]! / total, probabilities };
    },
  };
}

/** The stored model decoded: each intent's bytes times its scale. */
export function decodeIntentModel(stored: StoredIntentModel): IntentModel {
  if (stored.featureBits !== FEATURE_BITS) throw new Error(`intent-model.json was trained with ${stored.featureBits} feature bits, the features use ${FEATURE_BITS}: run npm run train:intent`);
  const weights = stored.weights.map((row, index) => {
    const buffer = Buffer.from(row, 'base64');
    const bytes = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.length);
    return Float32Array.from(bytes, (value) => value * stored.scales[index]!);
  });
  return intentModelOf(stored.intents, weights);
}

export const INTENT_MODEL_FILE = new URL('./intent-model.json', import.meta.url);

let loaded: IntentModel | undefined;

/** The committed model, read once on first use. */
export function intentModel(): IntentModel {
  loaded ??= decodeIntentModel(JSON.parse(readFileSync(INTENT_MODEL_FILE, 'utf8')) as StoredIntentModel);
  return loaded;
}
