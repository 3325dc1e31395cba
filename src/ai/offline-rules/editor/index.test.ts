import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectContext } from '../../select-context.ts';
import type { IntentType } from '../../intent.ts';
import { ModelRequiredError } from '../../roles.ts';
import { offlineEditorRole, proposeEdit } from './index.ts';
import { editFixtureSite, intentFor, run, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

interface Fixture { prompt: string; intent: IntentType; target: string | null }

const fixtures: Fixture[] = readFileSync(new URL('../../../../../shared/fixtures/edit-prompts.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((line) => JSON.parse(line) as Fixture);

/** The page a fixture prompt names, as the intent role would scope it. */
const PAGE_SCOPES: Readonly<Record<string, string>> = {
  'add an FAQ to the home page': 'home', 'I want a photo gallery on the homepage': 'home', 'Add a team section to the about page': 'about',
  'put a contact form on the home page': 'home', 'Add our opening hours to the contact page': 'contact',
  'Set the about page story text to: We started in a tiny garage in 1999.': 'about',
};

/** What the offline editor does with each fixture prompt; a new fixture fails until it is listed here. */
const EXPECTED: Readonly<Record<string, 'change' | 'question' | 'model required' | 'clarified before the editor'>> = Object.fromEntries(fixtures.map((fixture) => {
  if (['generate_image', 'translate', 'fix_bug'].includes(fixture.intent) || fixture.target === 'theme') return [fixture.prompt, 'model required'];
  if (fixture.intent === 'needs_clarification') return [fixture.prompt, 'clarified before the editor'];
  if (['add_logo', 'replace_logo'].includes(fixture.intent)) return [fixture.prompt, 'question'];
  const asks = [
    'Change the headline to <script>alert(1)</script>', // markup is refused
    'show the gallery again', // the fixture's gallery is visible (layout.test.ts hides it first)
  ];
  return [fixture.prompt, asks.includes(fixture.prompt) ? 'question' : 'change'];
}));

describe('the offline editor role', () => {
  it('names itself', () => {
    expect(offlineEditorRole).toMatchObject({ provider: 'offline', model: 'rules' });
  });

  it.each(fixtures)('fixture: $prompt', async (fixture) => {
    const intent = intentFor(fixture.intent, fixture.target, { page: PAGE_SCOPES[fixture.prompt] });
    const expected = EXPECTED[fixture.prompt];
    if (expected === 'clarified before the editor') {
      expect(selectContext(editFixtureSite(), intent).ok).toBe(false);
      // Should one reach the editor anyway, it asks the intent's question rather than guessing.
      const context = { allowedPaths: [], entries: [], sectionTypes: [], takenIds: [], page: null, sections: [], locale: 'en' };
      const proposal = proposeEdit({ prompt: fixture.prompt, intent: { ...intent, needs_clarification: true, question: 'Which part of the site?' }, context, feedback: [] });
      expect(proposal).toMatchObject({ operations: [], question: 'Which part of the site?' });
      return;
    }
    if (expected === 'model required') {
      const attempt = fixture.intent === 'translate' ? offlineEditorRole.translate({ locale: fixture.target!, language: fixture.target!, from: 'en', texts: [{ key: '1', text: 'Hello' }], feedback: [] }) : run(fixture.prompt, intent);
      await expect(attempt).rejects.toBeInstanceOf(ModelRequiredError);
      return;
    }
    if (expected === 'question') {
      expect(await runQuestion(fixture.prompt, intent)).not.toBe('');
      return;
    }
    const { changes, proposal } = await runChange(fixture.prompt, intent);
    expect(changes.length).toBeGreaterThan(0);
    expect(proposal.summary.length).toBeLessThanOrEqual(300);
  });

  it('says which variable configures a model', async () => {
    await expect(offlineEditorRole.translate({ locale: 'es', language: 'Spanish', from: 'en', texts: [{ key: '1', text: 'Fresh bread' }], feedback: [] })).rejects.toMatchObject({
      variable: 'PAGEHUB_MODEL_EDITOR',
      message: 'Translating the site into Spanish needs an AI model: set PAGEHUB_MODEL_EDITOR (for example anthropic:claude-sonnet-4-5 or openai:gpt-5-mini) and restart.',
    });
    await expect(run('Generate a hero image of a sunny bakery counter', intentFor('generate_image', 'hero'))).rejects.toMatchObject({ variable: 'PAGEHUB_MODEL_IMAGE' });
    await expect(run("The contact form button doesn't work", intentFor('fix_bug', 'contactForm'))).rejects.toMatchObject({ variable: 'PAGEHUB_MODEL_EDITOR' });
  });

  it('asks for an uploaded logo instead of changing it', async () => {
    expect(await runQuestion('Add this image as the logo in the navbar', intentFor('add_logo', 'navbar'))).toMatch(/^Upload the logo image in the editor first/);
  });

  it('explains the first error when the pipeline rejected its previous answer', async () => {
    const feedback = [{ path: 'pages/0/sections/0/props/heading', message: 'Keep this under 200 characters' }, { path: 'x', message: 'second' }];
    const question = await runQuestion('Change the headline to "Fresh bread every morning"', intentFor('content_edit', 'hero'), undefined, feedback);
    expect(question).toBe('I could not make that change: Keep this under 200 characters (at pages/0/sections/0/props/heading). Could you say it another way, or make the change in the editor?');
  });

  it('answers well under 5 ms a proposal', () => {
    const site = editFixtureSite();
    const requests = fixtures.flatMap((fixture) => {
      const intent = intentFor(fixture.intent, fixture.target, { page: PAGE_SCOPES[fixture.prompt] });
      const selection = selectContext(site, intent);
      return selection.ok ? [{ prompt: fixture.prompt, intent, context: selection.context, feedback: [] }] : [];
    });
    const propose = (request: (typeof requests)[number]) => {
      try {
        proposeEdit(request);
      } catch (error) {
        if (!(error instanceof ModelRequiredError)) throw error;
      }
    };
    requests.forEach(propose);
    const durations = requests.map((request) => {
      const start = performance.now();
      propose(request);
      return performance.now() - start;
    }).sort((first, second) => first - second);
    expect(durations.reduce((sum, duration) => sum + duration, 0) / durations.length).toBeLessThan(1);
    expect(durations[Math.floor(durations.length * 0.95)]).toBeLessThan(5);
  });
});
