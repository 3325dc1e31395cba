import { describe, expect, it } from 'vitest';
import { isHeldBack, readNameCases, shareRight } from './name-case-sets.ts';

// A third development set of business names (unseen-name-cases.jsonl, 2026-12-04), written and committed before it
// was run: 155 descriptions in seven languages, a quarter without a name. Its tuned two-thirds train the name model
// (scripts/train-name-ranker.ts); the held-back third, chosen by a hash of the text, is never trained on or read for
// failures. Before the model: 92 of 100 and 53 of 55. The floors are the figures the reader reached; raise, never lower.

const cases = readNameCases('unseen-name-cases.jsonl');

describe('business names on a third development set', () => {
  it('has descriptions in seven languages, about a quarter without a name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((entry) => entry.lang)).size).toBe(7);
    const unnamed = cases.filter((entry) => entry.name === null).length / cases.length;
    expect(unnamed).toBeGreaterThan(0.2);
    expect(unnamed).toBeLessThan(0.3);
  });

  it('reads the names of the part the model was trained on', () => {
    expect(shareRight(cases.filter((entry) => !isHeldBack(entry)))).toBeGreaterThanOrEqual(0.97);
  });

  it('reads the names of the held-back third', () => {
    expect(shareRight(cases.filter(isHeldBack))).toBeGreaterThanOrEqual(0.98);
  });
});
