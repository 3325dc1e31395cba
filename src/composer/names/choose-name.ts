import type { NameCandidate } from './name-candidates.ts';
import { SPAN_MARGIN, SPAN_WEIGHTS } from './name-weights.ts';

// Choosing the business's name among the candidate spans (name-candidates.ts) where the rules read none: a linear
// score over each candidate's features, with weights learnt from labelled descriptions by
// scripts/train-name-ranker.ts (a conditional logit: the softmax over one description's candidates, "no name"
// included). A span is taken only when it leads "no name" by SPAN_MARGIN — a street or a hall is no business's name,
// and a name made of the person's words is better than a wrong one. '' means no name.

export function scoreCandidate(candidate: NameCandidate): number {
  let score = 0;
  for (const [feature, value] of Object.entries(candidate.features)) score += (SPAN_WEIGHTS[feature] ?? 0) * value;
  return candidate.name === '' ? score : score - SPAN_MARGIN;
}

export function chooseName(candidates: readonly NameCandidate[]): string {
  let best: NameCandidate | undefined;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = scoreCandidate(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.name ?? '';
}
