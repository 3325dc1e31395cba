import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DescriptionCase } from '../../../test/eval/eval-sets.ts';
import { scoreDescription, type DescriptionScore } from '../../../test/eval/score-descriptions.ts';
import { composeSite } from '../compose-site.ts';

// Businesses that neighbour PageHub's layout families, as owners write them (fresh-trade-cases.jsonl, written before
// the composer was tuned on it): a vet beside the groomer, a detailer beside the garage, an escape room beside the
// hotel, a tattooist beside the salon, a food truck beside the restaurant — a quarter in pt, es, fr, de, it and nl,
// many one-liners without accents. Scored as the evaluation scores its descriptions. A third, chosen by a hash of
// the id, is held back: its failures are not for reading, only its figures.

const FreshCase = DescriptionCase.extend({ id: z.string().regex(/^f\d{3,}$/) });

const cases = readFileSync(new URL('./fresh-trade-cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => FreshCase.parse(JSON.parse(line)));

/** A third of the cases, by a hash of the id, that nobody tunes on. */
function isHeldBack(id: string): boolean {
  return createHash('sha256').update(id).digest()[1]! % 3 === 0;
}

interface Figures {
  wrongTrade: number;
  familyRightOrNeutral: number;
  facts: number;
  language: number;
}

function figures(scores: readonly DescriptionScore[]): Figures {
  const factsTotal = scores.reduce((sum, score) => sum + score.factsFound + score.factsMissing.length, 0);
  return {
    wrongTrade: scores.filter((score) => score.wrongTradeContent.length > 0).length,
    familyRightOrNeutral: scores.filter((score) => score.familyRightOrNeutral).length / scores.length,
    facts: scores.reduce((sum, score) => sum + score.factsFound, 0) / factsTotal,
    language: scores.filter((score) => score.languageRight).length / scores.length,
  };
}

/** Where the set stands (2026-12-03); the targets are no wrong-trade content and every language right. Raise, never lower. */
const FLOORS: Record<'tuned' | 'heldBack', Figures> = {
  tuned: { wrongTrade: 0, familyRightOrNeutral: 1, facts: 0.98, language: 0.985 },
  heldBack: { wrongTrade: 1, familyRightOrNeutral: 0.98, facts: 0.98, language: 0.98 },
};

describe('businesses that neighbour the layout families', () => {
  const scores = cases.map((entry) => scoreDescription(entry, composeSite(entry.text)));
  const tuned = figures(scores.filter((score) => !isHeldBack(score.id)));
  const heldBack = figures(scores.filter((score) => isHeldBack(score.id)));

  it('has at least 200 descriptions, a quarter of them in the six other languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((entry) => entry.lang !== 'en').length / cases.length).toBeGreaterThanOrEqual(0.25);
    expect(new Set(cases.map((entry) => entry.id)).size).toBe(cases.length);
  });

  it('brings no neighbouring trade’s content on the cases tuned on', () => {
    expect(tuned.wrongTrade).toBeLessThanOrEqual(FLOORS.tuned.wrongTrade);
    expect(tuned.familyRightOrNeutral).toBeGreaterThanOrEqual(FLOORS.tuned.familyRightOrNeutral);
  });

  it('brings almost none on the held-back third', () => {
    expect(heldBack.wrongTrade).toBeLessThanOrEqual(FLOORS.heldBack.wrongTrade);
    expect(heldBack.familyRightOrNeutral).toBeGreaterThanOrEqual(FLOORS.heldBack.familyRightOrNeutral);
  });

  it('shows the facts, in the description’s language', () => {
    for (const [part, got] of [['tuned', tuned], ['heldBack', heldBack]] as const) {
      expect(got.facts, part).toBeGreaterThanOrEqual(FLOORS[part].facts);
      expect(got.language, part).toBeGreaterThanOrEqual(FLOORS[part].language);
    }
  });
});
