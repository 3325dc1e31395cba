import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSite } from '../compose-site.ts';
import { words } from '../trades/text.ts';

// A third development set of business names (unseen-name-cases.jsonl, 2026-12-04), written and committed before it
// was run: 155 descriptions in seven languages, a quarter without a name. Its tuned two-thirds train the name model
// (scripts/train-name-ranker.ts); the held-back third, chosen by a hash of the text, is never trained on or read for
// failures. Before the model: 92 of 100 and 53 of 55. The floors are the figures the reader reached; raise, never lower.

interface NameCase {
  lang: string;
  text: string;
  name: string | null;
}

const cases = readFileSync(new URL('./unseen-name-cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as NameCase);

const normalise = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'").replace(/[.!,;:]+$/u, '').trim();

function isNameRight(entry: NameCase): boolean {
  const name = composeSite(entry.text).site.business.name;
  if (entry.name !== null) return normalise(name) === normalise(entry.name);
  const written = new Set(words(entry.text));
  return words(name).every((word) => written.has(word) || ['&', 'and', 'of', 'the'].includes(word));
}

const isHeldBack = (entry: NameCase) => createHash('sha256').update(entry.text).digest()[0]! % 3 === 0;
const shareRight = (entries: NameCase[]) => entries.filter(isNameRight).length / entries.length;

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
