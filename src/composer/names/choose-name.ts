import type { NameCandidate } from './name-candidates.ts';
import { NAME_WEIGHTS, SPAN_MARGIN, SPAN_WEIGHTS } from './name-weights.ts';

// Choosing the business's name among the candidate spans (name-candidates.ts): a linear score over each candidate's
// features, with weights learnt from labelled descriptions by scripts/train-name-ranker.ts (a conditional logit:
// the softmax over one description's candidates, "no name" included). The highest score wins; '' means no name.
// Where the rules found a name, their answer is one feature among others (NAME_WEIGHTS); where they found none, the
// spans are weighed by a model that never saw the rules' answer (SPAN_WEIGHTS), so a name the rules miss
// ("Need a locksmith in Sheffield? Keyworks is on call …") can still be read.

export function scoreCandidate(candidate: NameCandidate, weights: Readonly<Record<string, number>>): number {
  let score = 0;
  for (const [feature, value] of Object.entries(candidate.features)) score += (weights[feature] ?? 0) * value;
  return score;
}

export function chooseName(candidates: readonly NameCandidate[]): string {
  const hasRuleAnswer = candidates.some((candidate) => candidate.features['rules'] === 1);
  const weights = hasRuleAnswer ? NAME_WEIGHTS : SPAN_WEIGHTS;
  // Without the rules' answer, a span must lead "no name" by a margin: a street or a hall is no business's name.
  const lead = (candidate: NameCandidate) => (candidate.name === '' || hasRuleAnswer ? 0 : SPAN_MARGIN);
  let best: NameCandidate | undefined;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = scoreCandidate(candidate, weights) - lead(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.name ?? '';
}
