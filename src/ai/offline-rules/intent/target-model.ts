// A trained reader of what a prompt acts on: a multinomial logistic regression over the same words as the intent
// model (./intent-features.ts), whose labels are the targets of the development prompts (a part of the page, a
// page, a look of the theme, a business detail, a language), trained by scripts/train-intent-model.ts and committed
// as ./target-model.json. It is asked only for the intent already chosen, and only among the targets that intent
// has had in training and that the site has (./model-decision.ts): so a guess is always a part the site shows, a
// page it has, or a detail it keeps.
import { readFileSync } from 'node:fs';
import { featuresOf } from './intent-features.ts';

/** The table the target model's features are hashed into: 2^13, half the intent model's, as it has more labels. */
export const TARGET_FEATURE_BITS = 13;

/** The committed model as stored. */
export interface StoredTargetModel {
  /** sha256 of the training prompts and of the training code, as the intent model's. */
  sourceHash: string;
  examples: number;
  targets: string[];
  /** Per intent, the targets it had in training: the only ones the model may choose for it. */
  targetsByIntent: Record<string, string[]>;
  featureBits: number;
  scales: number[];
  weights: string[];
}

/**
 * The model's best target for an intent among those allowed, its share of the allowed targets' probability, and the
 * share it has before any word is read (a prompt with no words but the bias): how much the words point at it.
 */
export interface TargetGuess {
  target: string;
  probability: number;
  prior: number;
}

export interface TargetModel {
  /** The likeliest of the targets `intent` had in training that `allowed` keeps, or undefined when none is kept. */
  guess(prompt: string, intent: string, allowed: (target: string) => boolean): TargetGuess | undefined;
}

/** A model from its weights as numbers. */
export function targetModelOf(targets: readonly string[], targetsByIntent: Readonly<Record<string, readonly string[]>>, weights: readonly ArrayLike<number>[], bits = TARGET_FEATURE_BITS): TargetModel {
  const indexOf = new Map(targets.map((target, index) => [target, index] as const));
  const biasFeature = featuresOf('', bits)[0]!;
  return {
    guess(prompt, intent, allowed) {
      const candidates = (targetsByIntent[intent] ?? []).filter((target) => indexOf.has(target) && allowed(target));
      if (candidates.length === 0) return undefined;
      const shares = (features: readonly number[]) => {
        const scores = candidates.map((target) => {
          const row = weights[indexOf.get(target)!]!;
          return features.reduce((sum, feature) => sum + row[feature]!, 0);
        });
        const best = Math.max(...scores);
        const exponentials = scores.map((score) => Math.exp(score - best));
        const total = exponentials.reduce((sum, value) => sum + value, 0);
        return exponentials.map((value) => value / total);
      };
      const posterior = shares(featuresOf(prompt, bits));
      const top = posterior.indexOf(Math.max(...posterior));
      return { target: candidates[top]!, probability: posterior[top]!, prior: shares([biasFeature])[top]! };
    },
  };
}

/** The stored model decoded. */
export function decodeTargetModel(stored: StoredTargetModel): TargetModel {
  if (stored.featureBits !== TARGET_FEATURE_BITS) throw new Error(`target-model.json was trained with ${stored.featureBits} feature bits, the reader uses ${TARGET_FEATURE_BITS}: run npm run train:intent`);
  const weights = stored.weights.map((row, index) => {
    const buffer = Buffer.from(row, 'base64');
    const bytes = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.length);
    return Float32Array.from(bytes, (value) => value * stored.scales[index]!);
  });
  return targetModelOf(stored.targets, stored.targetsByIntent, weights);
}

export const TARGET_MODEL_FILE = new URL('./target-model.json', import.meta.url);

let loaded: TargetModel | undefined;

/** The committed model, read once on first use. */
export function targetModel(): TargetModel {
  loaded ??= decodeTargetModel(JSON.parse(readFileSync(TARGET_MODEL_FILE, 'utf8')) as StoredTargetModel);
  return loaded;
}
