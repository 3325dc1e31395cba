// A conditional logit, for the offline readers' small learnt choices (scripts/train-name-ranker.ts,
// scripts/train-language-reader.ts): each example is a set of candidates described by features, some of them right;
// the softmax over the candidates should put a right one first. L2-regularised, full-batch gradient descent,
// deterministic.

export interface Choice {
  features: Record<string, number>;
}

export interface Example<Candidate extends Choice = Choice> {
  set: string;
  candidates: Candidate[];
  /** Indices of the right candidates. */
  gold: number[];
}

export interface TrainingOptions {
  l2: number;
  epochs: number;
  rate: number;
}

export function scoreOf(features: Record<string, number>, weights: Readonly<Record<string, number>>): number {
  let score = 0;
  for (const [key, value] of Object.entries(features)) score += (weights[key] ?? 0) * value;
  return score;
}

export function train(data: readonly Example[], options: TrainingOptions): Record<string, number> {
  const weights: Record<string, number> = {};
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const gradient: Record<string, number> = {};
    for (const example of data) {
      const scores = example.candidates.map((candidate) => scoreOf(candidate.features, weights));
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
      weights[key] = (weights[key] ?? 0) - options.rate * ((gradient[key] ?? 0) / data.length + options.l2 * (weights[key] ?? 0));
    }
  }
  return weights;
}

/** The index of the candidate the weights put first. */
export function choose(example: Example, weights: Readonly<Record<string, number>>): number {
  const scores = example.candidates.map((candidate) => scoreOf(candidate.features, weights));
  return scores.indexOf(Math.max(...scores));
}

export function accuracy(data: readonly Example[], weights: Readonly<Record<string, number>>): number {
  return data.length === 0 ? 1 : data.filter((example) => example.gold.includes(choose(example, weights))).length / data.length;
}

/** Accuracy on each fold when trained on the others (folds by position), over all examples or those at `only`. */
export function crossValidated(data: readonly Example[], options: TrainingOptions, only?: ReadonlySet<number>, folds = 5): number {
  let right = 0;
  let counted = 0;
  for (let fold = 0; fold < folds; fold += 1) {
    const weights = train(data.filter((_, index) => index % folds !== fold), options);
    const heldOut = data.filter((_, index) => index % folds === fold && (only === undefined || only.has(index)));
    right += accuracy(heldOut, weights) * heldOut.length;
    counted += heldOut.length;
  }
  return counted === 0 ? 1 : right / counted;
}

/** Weights as TypeScript source: sorted, rounded, the negligible ones left out. */
export function weightsSource(weights: Readonly<Record<string, number>>): string {
  const kept = Object.entries(weights)
    .filter(([, value]) => Math.abs(value) >= 0.005)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => [key, Math.round(value * 1000) / 1000]);
  return JSON.stringify(Object.fromEntries(kept), null, 2).replace(/"([A-Za-z_]\w*)":/gu, '$1:');
}
