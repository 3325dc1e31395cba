// A held-out set written before the rules were tuned on ../shared/fixtures/edit-prompts.jsonl: paraphrases over
// every intent type and every section type, classified against the fixture site's outline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteOutline } from '../../site-outline.ts';
import { editFixtureSite } from '../../../../test/support/edit-site.ts';
import { INTENT_TYPES } from '../../intents/index.ts';
import { SECTION_TYPES } from '../../../site/index.ts';
import { classifyPrompt } from './classify-prompt.ts';

interface Case {
  prompt: string;
  intent: string;
  target: string | null;
}

const cases = readFileSync(new URL('./held-out.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case);
const outline = siteOutline(editFixtureSite());

describe('offline intent classifier, held-out prompts', () => {
  it('covers every intent type and every section type', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((entry) => entry.intent))).toEqual(new Set(INTENT_TYPES));
    const targets = new Set(cases.map((entry) => entry.target));
    expect(SECTION_TYPES.filter((type) => !targets.has(type))).toEqual([]);
  });

  it('classifies at least 90 % of them right (intent and target)', () => {
    const misses = cases
      .map((entry) => ({ entry, intent: classifyPrompt(entry.prompt, outline) }))
      .filter(({ entry, intent }) => intent.intent_type !== entry.intent || intent.target !== entry.target)
      .map(({ entry, intent }) => `${JSON.stringify(entry.prompt)}: expected ${entry.intent} ${entry.target}, got ${intent.intent_type} ${intent.target}`);
    const accuracy = (cases.length - misses.length) / cases.length;
    console.log(`held-out accuracy ${(accuracy * 100).toFixed(1)} % (${cases.length - misses.length}/${cases.length})${misses.length ? `\n${misses.join('\n')}` : ''}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
