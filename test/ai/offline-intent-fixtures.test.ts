// The offline intent classifier against the shared chat-edit fixture (../shared/fixtures/edit-prompts.jsonl), on
// the site those prompts were written for: intent and target accuracy, with every miss listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offlineIntentRole } from '../../src/ai/offline-rules/index.ts';
import { selectContext } from '../../src/ai/select-context.ts';
import { Intent } from '../../src/ai/intent-schema.ts';
import { siteOutline } from '../../src/ai/site-outline.ts';
import { editFixtureSite } from '../support/edit-site.ts';

interface Fixture {
  prompt: string;
  intent: string;
  target: string | null;
}

const fixtures = readFileSync(new URL('../../../shared/fixtures/edit-prompts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Fixture);

describe('offline intent role on the edit-prompt fixture', () => {
  it('gets at least 95 % of intents and of targets right', async () => {
    const outline = siteOutline(editFixtureSite());
    const results = [];
    for (const fixture of fixtures) {
      const answer = await offlineIntentRole.classify({ prompt: fixture.prompt, outline, feedback: [] });
      expect(answer.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
      expect(Intent.safeParse(answer.value).success).toBe(true);
      results.push({ fixture, intent: answer.value });
    }
    const intentMisses = results.filter(({ fixture, intent }) => intent.intent_type !== fixture.intent);
    const targetMisses = results.filter(({ fixture, intent }) => intent.target !== fixture.target);
    const intentAccuracy = 1 - intentMisses.length / fixtures.length;
    const targetAccuracy = 1 - targetMisses.length / fixtures.length;
    const misses = [...new Set([...intentMisses, ...targetMisses])].map(
      ({ fixture, intent }) => `${JSON.stringify(fixture.prompt)}: expected ${fixture.intent} ${fixture.target}, got ${intent.intent_type} ${intent.target}`,
    );
    console.log(`fixture intent accuracy ${(intentAccuracy * 100).toFixed(1)} %, target accuracy ${(targetAccuracy * 100).toFixed(1)} % over ${fixtures.length} prompts${misses.length ? `\n${misses.join('\n')}` : ''}`);
    expect(fixtures.length).toBe(59);
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(targetAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('scopes every intent so the pipeline finds what to edit on that site', async () => {
    const site = editFixtureSite();
    const outline = siteOutline(site);
    const unresolved: string[] = [];
    for (const fixture of fixtures) {
      const { value: intent } = await offlineIntentRole.classify({ prompt: fixture.prompt, outline, feedback: [] });
      // Translation reads every text through its own pipeline: there is nothing to select.
      if (intent.intent_type === 'needs_clarification' || intent.intent_type === 'translate') continue;
      const selection = selectContext(site, intent);
      if (!selection.ok) unresolved.push(`${JSON.stringify(fixture.prompt)}: ${selection.question}`);
    }
    expect(unresolved).toEqual([]);
  });
});
