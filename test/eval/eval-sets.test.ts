// The evaluation sets are what issue 12 asks for, and stay honest: big and varied enough, annotations that can be
// checked against the text, every case in the half its id hashes to. The figures themselves: npm run eval.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { INTENT_TYPES } from '../../src/ai/index.ts';
import { chatCases, descriptionCases, halfOf, HALVES } from './eval-sets.ts';
import { normalise, sameName } from './score-descriptions.ts';

const descriptions = HALVES.flatMap((half) => descriptionCases(half).map((entry) => ({ ...entry, half })));
const chats = HALVES.flatMap((half) => chatCases(half).map((entry) => ({ ...entry, half })));
const presets = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@openstreetmap/id-tagging-schema/dist/presets.min.json'), 'utf8')) as Record<string, unknown>;

describe('the description set', () => {
  it('has ≥ 300 descriptions over ≥ 150 trades of the OpenStreetMap taxonomy, ≥ 10 % in pt, es, fr or de', () => {
    expect(descriptions.length).toBeGreaterThanOrEqual(300);
    expect(new Set(descriptions.map((entry) => entry.trade)).size).toBeGreaterThanOrEqual(150);
    expect(descriptions.filter((entry) => ['pt', 'es', 'fr', 'de'].includes(entry.lang)).length / descriptions.length).toBeGreaterThanOrEqual(0.1);
    expect(descriptions.filter((entry) => !(entry.trade in presets)).map((entry) => `${entry.id} ${entry.trade}`)).toEqual([]);
    expect(descriptions.filter((entry) => entry.name === null).length).toBeGreaterThan(descriptions.length * 0.15);
  });

  it('annotates only what the text says: names and facts are in it, the wrong-trade words are not', () => {
    const problems = descriptions.flatMap((entry) => {
      const text = normalise(entry.text);
      return [
        ...(entry.name !== null && !entry.text.includes(entry.name) ? [`${entry.id}: name`] : []),
        ...entry.facts.filter((fact) => !text.includes(normalise(fact))).map((fact) => `${entry.id}: fact ${fact}`),
        ...entry.mustNot.filter((word) => text.includes(normalise(word))).map((word) => `${entry.id}: mustNot ${word}`),
      ];
    });
    expect(problems).toEqual([]);
  });
});

describe('the name comparison', () => {
  it('sets case, accents, trailing dots and a leading article aside, and only them', () => {
    expect(sameName('Petit Zinc', 'Le Petit Zinc')).toBe(true);
    expect(sameName('Rusty Anchor.', 'the rusty anchor')).toBe(true);
    expect(sameName("Atelier du Bois", "L'Atelier du Bois")).toBe(true);
    expect(sameName('Cafe Central', 'O Café Central')).toBe(true);
    expect(sameName('Petit Zinc', 'Le Petit Zinc', true)).toBe(false);
    expect(sameName('Bistro', 'Le Petit Bistro')).toBe(false);
    expect(sameName('Zinc', 'Petit Zinc')).toBe(false);
    expect(sameName('Le Zinc', 'La Cave')).toBe(false);
  });
});

describe('the chat set', () => {
  it('has ≥ 300 prompts over every intent type', () => {
    expect(chats.length).toBeGreaterThanOrEqual(300);
    expect(new Set(chats.map((entry) => entry.intent))).toEqual(new Set(INTENT_TYPES));
  });
});

describe('the split', () => {
  it('files every case in the half its id hashes to, each id once', () => {
    for (const entry of [...descriptions, ...chats]) expect(entry.half, entry.id).toBe(halfOf(entry.id));
    const ids = [...descriptions, ...chats].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
