// Everyday phrasings of each intent, written while widening the rules beyond the evaluation's tune half (never
// from its test half): polite and terse ("font: Lato"), negatives ("we don't need X", "X can go"), ordering ("X
// should come before Y", "faq first please"), parts named by purpose ("the bit where customers review us"),
// symptoms, languages written in their own words, and a request inside a story.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editFixtureSite } from '../../../../test/support/edit-site.ts';
import { siteOutline } from '../../site-outline.ts';
import { classifyPrompt } from './classify-prompt.ts';

interface Case {
  prompt: string;
  intent: string;
  target: string | null;
}

const cases = readFileSync(new URL('./phrasings.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case);
const outline = siteOutline(editFixtureSite());

describe('offline intent classifier, everyday phrasings', () => {
  it.each(cases)('$prompt → $intent $target', ({ prompt, intent, target }) => {
    const read = classifyPrompt(prompt, outline);
    expect({ intent: read.intent_type, target: read.target }).toEqual({ intent, target });
  });

  it('lists every discontinued offering\'s possible lists by section id, so the editor finds the item wherever it is', () => {
    const read = classifyPrompt("we don't do gutter cleaning any more", outline);
    expect(read.scope.sections).toEqual(['home-services', 'home-pricing', 'services-list']);
  });
});
