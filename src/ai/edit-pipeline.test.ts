import { describe, expect, it } from 'vitest';
import { editFixtureSite } from '../../test/support/edit-site.ts';
import { AppError } from '../errors.ts';
import { diffJson } from '../patch/index.ts';
import { planEdit } from './edit-pipeline.ts';
import type { Intent } from './intent.ts';
import { offlineRoles } from './offline-rules/index.ts';
import { InvalidModelOutputError, ModelRequiredError, ProviderError, type EditProposal, type EditRequest, type IntentRequest, type ModelRoles } from './roles.ts';

const noWait = { attempts: 3, baseDelayMs: 1, timeoutMs: 1_000, sleep: async () => {} };
const heroIntent: Intent = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: [] }, risk: 'low', needs_clarification: false, question: null };

/** Roles that answer from scripts, recording what they were asked. */
function scripted(intents: (Intent | Error)[], proposals: (EditProposal | Error)[]) {
  const asked = { intent: [] as IntentRequest[], editor: [] as EditRequest[] };
  const next = <T>(queue: (T | Error)[]): T => {
    const item = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (item instanceof Error) throw item;
    return structuredClone(item);
  };
  const roles: ModelRoles = {
    ...offlineRoles(),
    intent: { provider: 'test', model: 'script', classify: async (request) => (asked.intent.push(request), { value: next(intents), usage: { inputTokens: 10, outputTokens: 5 } }) },
    editor: { ...offlineRoles().editor, provider: 'test', model: 'script', propose: async (request) => (asked.editor.push(request), { value: next(proposals), usage: { inputTokens: 20, outputTokens: 8 } }) },
  };
  return { roles, asked };
}

const setHeading = (heading: string): EditProposal => ({ summary: `Hero headline → ${heading}`, operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: heading }], question: null });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (failure: unknown) => failure);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('planEdit', () => {
  it('plans a change on the selected paths only, showing the editor nothing else', async () => {
    const site = editFixtureSite();
    const { roles, asked } = scripted([heroIntent], [setHeading('Fresh bread every morning')]);
    const plan = await planEdit({ site, prompt: 'Change the headline to "Fresh bread every morning"', roles, retry: noWait });
    expect(plan.kind).toBe('change');
    if (plan.kind !== 'change') return;
    expect(diffJson(site, plan.site)).toEqual([{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Fresh bread every morning' }]);
    expect(plan.summary).toBe('Hero headline → Fresh bread every morning');
    expect(asked.editor[0]!.context.allowedPaths).toEqual(['/pages/0/sections/0/props']);
    expect(asked.editor[0]!.context.entries.map((entry) => entry.path)).toEqual(['/pages/0/sections/0/props']);
    expect(asked.intent[0]!.outline.pages.map((page) => page.slug)).toEqual(['home', 'services', 'about', 'contact', 'privacy', 'terms']);
  });

  it('feeds an out-of-scope operation back to the editor, and commits its corrected answer', async () => {
    const outside: EditProposal = { summary: 'x', operations: [{ op: 'replace', path: '/pages/1/title', value: 'Oops' }], question: null };
    const { roles, asked } = scripted([heroIntent], [outside, setHeading('Hello')]);
    const plan = await planEdit({ site: editFixtureSite(), prompt: 'change the headline to Hello', roles, retry: noWait });
    expect(plan.kind).toBe('change');
    expect(asked.editor).toHaveLength(2);
    expect(asked.editor[1]!.feedback[0]).toMatchObject({ path: 'operations/0', message: expect.stringContaining('outside what this request may change') });
  });

  it('refuses script in proposed text after two corrections, and says where', async () => {
    const { roles, asked } = scripted([heroIntent], [setHeading('<script>alert(1)</script>')]);
    const error = await rejection(planEdit({ site: editFixtureSite(), prompt: 'Change the headline to <script>alert(1)</script>', roles, retry: noWait }));
    expect(error.code).toBe('AI_OUTPUT_REJECTED');
    expect(error.errors?.[0]?.path).toBe('operations/0/value');
    expect(asked.editor).toHaveLength(3);
  });

  it('feeds schema errors back with paths into the would-be document', async () => {
    const invalid: EditProposal = { summary: 'x', operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 42 }], question: null };
    const { roles, asked } = scripted([heroIntent], [invalid, setHeading('Fine')]);
    await planEdit({ site: editFixtureSite(), prompt: 'headline: Fine', roles, retry: noWait });
    expect(asked.editor[1]!.feedback.some((error) => error.path.startsWith('document/pages/0/sections/0/props/heading'))).toBe(true);
  });

  it('asks the question when the intent needs clarification, without calling the editor', async () => {
    const vague: Intent = { ...heroIntent, intent_type: 'needs_clarification', target: null, needs_clarification: true, question: 'What should change?' };
    const { roles, asked } = scripted([vague], [setHeading('x')]);
    expect(await planEdit({ site: editFixtureSite(), prompt: 'make it better', roles, retry: noWait })).toEqual({ kind: 'question', intent: vague, question: 'What should change?' });
    expect(asked.editor).toHaveLength(0);
  });

  it('asks when the target does not exist on the site', async () => {
    const { roles } = scripted([{ ...heroIntent, target: 'team', scope: { page: null, sections: [] } }], [setHeading('x')]);
    const plan = await planEdit({ site: editFixtureSite(), prompt: 'change the team heading to Us', roles, retry: noWait });
    expect(plan).toMatchObject({ kind: 'question', question: expect.stringContaining('There is no Team section') });
  });

  it('stops a high-risk intent until confirmed', async () => {
    const removeTerms: Intent = { intent_type: 'remove_page', target: 'terms', scope: { page: 'terms', sections: [] }, risk: 'high', needs_clarification: false, question: null };
    const remove: EditProposal = { summary: 'Deleted Terms', operations: [{ op: 'remove', path: '/pages/5' }, { op: 'remove', path: '/footer/links/1' }], question: null };
    const { roles, asked } = scripted([removeTerms], [remove]);
    const error = await rejection(planEdit({ site: editFixtureSite(), prompt: 'Delete the terms page', roles, retry: noWait }));
    expect(error.code).toBe('AI_CONFIRMATION_REQUIRED');
    expect(asked.editor).toHaveLength(0);
    const plan = await planEdit({ site: editFixtureSite(), prompt: 'Delete the terms page', roles, retry: noWait, confirm: true });
    expect(plan.kind === 'change' && plan.site.pages.map((page) => page.slug)).toEqual(['', 'services', 'about', 'contact', 'privacy']);
  });

  it('tells the person the assistant is off, with the intent it read; the variable to set stays for the log', async () => {
    const { roles } = scripted(
      [{ ...heroIntent, intent_type: 'translate', target: 'es' }],
      [new ModelRequiredError('Translating needs a model: set PAGEHUB_MODEL_EDITOR', 'PAGEHUB_MODEL_EDITOR', 'Translating the site into Spanish', 'you can write the Spanish texts yourself')],
    );
    const error = await rejection(planEdit({ site: editFixtureSite(), prompt: 'Translate the site to Spanish', roles, retry: noWait }));
    expect(error).toMatchObject({ code: 'AI_MODEL_REQUIRED', detail: expect.stringMatching(/^Translating the site into Spanish needs the AI assistant, which isn't switched on here — /), extra: { intent: { intent_type: 'translate', target: 'es' } } });
    expect(JSON.stringify([error.detail, error.title, error.extra])).not.toContain('PAGEHUB_MODEL_EDITOR');
    expect(error.cause).toMatchObject({ variable: 'PAGEHUB_MODEL_EDITOR' });
  });

  it('gives up on a failing provider after three attempts', async () => {
    let calls = 0;
    const { roles } = scripted([heroIntent], [setHeading('x')]);
    roles.intent = { ...roles.intent, classify: async () => { calls += 1; throw new ProviderError('anthropic answered 529', 529, true); } };
    const error = await rejection(planEdit({ site: editFixtureSite(), prompt: 'headline x', roles, retry: noWait }));
    expect(error.code).toBe('AI_PROVIDER_UNAVAILABLE');
    expect(calls).toBe(3);
  });

  it('retries an intent answer that was not valid JSON', async () => {
    const { roles, asked } = scripted([new InvalidModelOutputError('not JSON', [{ path: '', message: 'Unexpected token' }]), heroIntent], [setHeading('x')]);
    await planEdit({ site: editFixtureSite(), prompt: 'headline x', roles, retry: noWait });
    expect(asked.intent[1]!.feedback).toEqual([{ path: '', message: 'Unexpected token' }]);
  });

  it('answers that nothing changed when the document already says so', async () => {
    const site = editFixtureSite();
    const { roles } = scripted([heroIntent], [setHeading(site.pages[0]!.sections[0]!.props.heading as string)]);
    expect(await planEdit({ site, prompt: 'headline', roles, retry: noWait })).toMatchObject({ kind: 'question', question: expect.stringContaining('already') });
  });

  it('refuses empty and overlong prompts with the field path, and strips control characters', async () => {
    const { roles, asked } = scripted([heroIntent], [setHeading('Hi')]);
    expect((await rejection(planEdit({ site: editFixtureSite(), prompt: ' \u0000 ', roles }))).errors?.[0]?.path).toBe('body/prompt');
    expect((await rejection(planEdit({ site: editFixtureSite(), prompt: 'x'.repeat(2_001), roles }))).errors?.[0]?.message).toContain('2000');
    await planEdit({ site: editFixtureSite(), prompt: 'headline\u0007 to\u202e Hi', roles, retry: noWait });
    expect(asked.intent[0]!.prompt).toBe('headline to Hi');
  });
});
