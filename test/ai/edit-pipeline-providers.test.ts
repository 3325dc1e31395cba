// The chat-edit pipeline with provider models: the real `ai` SDK provider code against the loopback server that
// answers in each provider's wire format. Every bad answer ends in its specified outcome — corrected and
// committed, refused with the errors, or retried and given up — and nothing invalid ever comes out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planEdit, type EditPlan } from '../../src/ai/edit-pipeline.ts';
import type { Intent } from '../../src/ai/intent.ts';
import { createModelRoles } from '../../src/ai/providers/index.ts';
import type { EditProposal } from '../../src/ai/roles.ts';
import { AppError } from '../../src/errors.ts';
import { diffJson } from '../../src/patch/index.ts';
import { translatableTexts } from '../../src/ai/translatable-texts.ts';
import { providerCases, startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { editFixtureSite } from '../support/edit-site.ts';

const API_KEY = 'test-key-pipeline';
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, timeoutMs: 400 };
const HEADLINE: Intent = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const proposal = (path: string, value: unknown): EditProposal => ({ summary: 'Hero headline → Fresh bread every morning', operations: [{ op: 'replace', path, value: value as string }], question: null });
const GOOD = proposal('/pages/0/sections/0/props/heading', 'Fresh bread every morning');
const OUT_OF_SCOPE = proposal('/pages/1/title', 'Fresh bread every morning');
const XSS = proposal('/pages/0/sections/0/props/heading', '<img src=x onerror=alert(document.cookie)>');
const PROMPT = 'Change the headline to "Fresh bread every morning"';
/** The fake server answers each request with the next queued scenario: one per attempt. */
const times = <T>(count: number, scenario: T): T[] => Array.from({ length: count }, () => scenario);

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe.each(providerCases(API_KEY))('chat edits through $spec', (providerCase) => {
  const roles = () =>
    createModelRoles({
      PAGEHUB_MODEL_INTENT: providerCase.spec,
      PAGEHUB_MODEL_EDITOR: providerCase.spec,
      PAGEHUB_MODEL_GENERATOR: 'offline',
      PAGEHUB_MODEL_IMAGE: 'offline',
      ANTHROPIC_API_KEY: API_KEY,
      ANTHROPIC_BASE_URL: fake.baseUrls.anthropic,
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: fake.baseUrls.openai,
      GOOGLE_GENERATIVE_AI_API_KEY: API_KEY,
      GOOGLE_GENERATIVE_AI_BASE_URL: fake.baseUrls.google,
      AI_TIMEOUT_SECONDS: 5,
    });
  const plan = (confirm = false): Promise<EditPlan> => planEdit({ site: editFixtureSite(), prompt: PROMPT, roles: roles(), retry: FAST_RETRY, confirm });
  const refusal = async (): Promise<AppError> => {
    const error = await plan().then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };
  const expectHeadlineChange = (result: EditPlan) => {
    expect(result.kind).toBe('change');
    if (result.kind === 'change') expect(diffJson(editFixtureSite(), result.site)).toEqual([{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Fresh bread every morning' }]);
  };
  /** What the editor was told the second time: the errors of its first answer. */
  const secondEditorPrompt = () => JSON.stringify(fake.requests.at(-1)!.body);

  it('success: intent, then a patch on the selected paths, planned as exactly that change', async () => {
    fake.enqueue({ kind: 'answer', value: HEADLINE }, { kind: 'answer', value: GOOD });
    expectHeadlineChange(await plan());
    expect(fake.requests).toHaveLength(2);
    expect(JSON.stringify(fake.requests[1]!.body)).toContain('/pages/0/sections/0/props');
    expect(JSON.stringify(fake.requests[1]!.body)).not.toContain('Privacy policy');
  });

  it('malformed JSON from the intent model: asked again with the error, then done', async () => {
    fake.enqueue({ kind: 'malformed' }, { kind: 'answer', value: HEADLINE }, { kind: 'answer', value: GOOD });
    expectHeadlineChange(await plan());
    expect(JSON.stringify(fake.requests[1]!.body)).toContain('Your previous answer was rejected');
  });

  it('schema-violating output three times: refused with the paths, nothing planned', async () => {
    fake.enqueue({ kind: 'answer', value: HEADLINE }, ...times(3, { kind: 'answer' as const, value: { summary: 'x', operations: [{ op: 'replace', path: 'pages/0' }], question: null } }));
    const error = await refusal();
    expect(error.code).toBe('AI_OUTPUT_REJECTED');
    expect(error.errors?.map((field) => field.path)).toContain('operations/0/path');
  });

  it('an out-of-scope patch: rejected, fed back, and the corrected patch is planned', async () => {
    fake.enqueue({ kind: 'answer', value: HEADLINE }, { kind: 'answer', value: OUT_OF_SCOPE }, { kind: 'answer', value: GOOD });
    expectHeadlineChange(await plan());
    expect(secondEditorPrompt()).toContain('outside what this request may change');
  });

  it('an out-of-scope patch every time: refused, naming the path', async () => {
    fake.enqueue({ kind: 'answer', value: HEADLINE }, ...times(3, { kind: 'answer' as const, value: OUT_OF_SCOPE }));
    const error = await refusal();
    expect(error.code).toBe('AI_OUTPUT_REJECTED');
    expect(error.errors?.[0]?.message).toContain('/pages/1/title');
  });

  it('an XSS payload in the output: moderated away every time, refused', async () => {
    fake.enqueue({ kind: 'answer', value: HEADLINE }, ...times(3, { kind: 'answer' as const, value: XSS }));
    const error = await refusal();
    expect(error.code).toBe('AI_OUTPUT_REJECTED');
    expect(error.errors).toEqual([{ path: 'operations/0/value', message: expect.stringContaining('event handler') }]);
  });

  it('429 from the provider: retried with backoff, then done', async () => {
    fake.enqueue({ kind: 'rate-limited' }, { kind: 'answer', value: HEADLINE }, { kind: 'answer', value: GOOD });
    expectHeadlineChange(await plan());
    expect(fake.requests).toHaveLength(3);
  });

  it('500 on every attempt: given up after three, 503 for the person', async () => {
    fake.enqueue(...times(3, { kind: 'server-error' as const }));
    const error = await refusal();
    expect(error.code).toBe('AI_PROVIDER_UNAVAILABLE');
    expect(error.status).toBe(503);
    expect(fake.requests).toHaveLength(3);
  });

  it('translation: keyed texts in batches, never the document, written back as localized strings', async () => {
    const site = editFixtureSite();
    const texts = translatableTexts(site);
    const batch = (from: number, to: number) => ({ translations: texts.slice(from, to).map((entry, index) => ({ key: String(from + index + 1), text: `ES ${entry.text}` })) });
    fake.enqueue({ kind: 'answer', value: { ...HEADLINE, intent_type: 'translate', target: 'es', scope: { page: null, sections: [] } } }, { kind: 'answer', value: batch(0, 80) }, { kind: 'answer', value: batch(80, texts.length) });
    const result = await planEdit({ site, prompt: 'Translate the site to Spanish', roles: roles(), retry: FAST_RETRY });
    expect(result.kind).toBe('change');
    if (result.kind !== 'change') return;
    expect(result.site.locales.available).toEqual(['en', 'es']);
    expect((result.site.pages[0]!.sections[0]!.props as { heading: unknown }).heading).toMatchObject({ es: expect.stringMatching(/^ES /) });
    const sent = JSON.stringify(fake.requests[1]!.body);
    expect(sent).toContain('into Spanish (es)');
    expect(sent).not.toContain('#'.concat(site.theme.colors.primary.slice(1)));
    expect(fake.requests).toHaveLength(3);
  });

  it('a provider that never answers: each attempt times out, then 503', async () => {
    fake.enqueue(...times(3, { kind: 'hang' as const }));
    const started = performance.now();
    const error = await refusal();
    expect(error.code).toBe('AI_PROVIDER_UNAVAILABLE');
    expect(error.detail).toContain('did not answer');
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(fake.requests).toHaveLength(3);
  });
});
