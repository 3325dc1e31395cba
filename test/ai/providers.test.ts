// The provider roles with the real `ai` SDK provider code, against a loopback server answering in each provider's
// wire format (test/support/fake-providers).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intentMessages } from '../../src/ai/prompts.ts';
import { createModelRoles, type ModelConfig, type ModelRolesOptions } from '../../src/ai/providers/index.ts';
import { withProviderRetries } from '../../src/ai/retry.ts';
import { InvalidModelOutputError, ProviderError, type EditProposal, type EditRequest, type IntentRequest, type ModelRoles } from '../../src/ai/roles.ts';
import { siteOutline } from '../../src/ai/site-outline.ts';
import type { Intent } from '../../src/ai/intent.ts';
import { providerCases, startFakeProvider, type FakeProvider, type RecordedRequest } from '../support/fake-providers/index.ts';
import { sampleSite, sampleSiteInput } from '../support/sample-site.ts';

const API_KEY = 'test-key-7f3a';
const CASES = providerCases(API_KEY);

const INTENT: Intent = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const PROPOSAL: EditProposal = {
  summary: 'Hero headline → Fresh bread every morning',
  operations: [
    { op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Fresh bread every morning' },
    { op: 'add', path: '/pages/0/sections/1', value: { id: 'opening-hours', type: 'hours', props: { heading: 'When we bake' }, visible: true } },
  ],
  question: null,
};

const site = sampleSite();
const intentRequest: IntentRequest = { prompt: 'Make the hero headline say fresh bread every morning', outline: siteOutline(site), feedback: [] };
const editRequest: EditRequest = {
  prompt: 'Make the hero headline say fresh bread every morning',
  intent: INTENT,
  context: {
    allowedPaths: ['/pages/0/sections/0/props/heading'],
    entries: [{ path: '/pages/0/sections/0/props/heading', value: 'Bread worth getting up for' }],
    sectionTypes: [],
    takenIds: [],
    page: { index: 0, id: 'home', slug: '', title: 'Home' },
    sections: [{ pageIndex: 0, sectionIndex: 0, id: 'p0-s0-hero', type: 'hero' }],
    locale: 'en',
  },
  feedback: [],
};

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function rolesFor(spec: string, overrides: Partial<ModelConfig> = {}, options: ModelRolesOptions = { partialIntervalMs: 0 }): ModelRoles {
  return createModelRoles(
    {
      PAGEHUB_MODEL_INTENT: spec,
      PAGEHUB_MODEL_EDITOR: spec,
      PAGEHUB_MODEL_GENERATOR: spec,
      PAGEHUB_MODEL_IMAGE: 'offline',
      ANTHROPIC_API_KEY: API_KEY,
      ANTHROPIC_BASE_URL: fake.baseUrls.anthropic,
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: fake.baseUrls.openai,
      GOOGLE_GENERATIVE_AI_API_KEY: API_KEY,
      GOOGLE_GENERATIVE_AI_BASE_URL: fake.baseUrls.google,
      AI_TIMEOUT_SECONDS: 5,
      ...overrides,
    },
    options,
  );
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe.each(CASES)('$spec', (providerCase) => {
  const roles = () => rolesFor(providerCase.spec);

  it('classifies an intent, sending the system prompt, the model id and the API key', async () => {
    fake.enqueue({ kind: 'answer', value: INTENT });
    const answer = await roles().intent.classify(intentRequest);
    expect(answer).toEqual({ value: INTENT, usage: { inputTokens: 412, outputTokens: 57 } });
    const [request] = fake.requests;
    expect(providerCase.systemPrompt(request!)).toBe(intentMessages(intentRequest).system);
    expect(JSON.stringify(request!.body)).toContain('Make the hero headline say fresh bread every morning');
    expect(providerCase.sentModel(request!)).toBe(providerCase.model);
    expect(request!.headers[providerCase.keyHeader[0]]).toBe(providerCase.keyHeader[1]);
  });

  it('proposes an edit, with free-form JSON values intact', async () => {
    fake.enqueue({ kind: 'answer', value: PROPOSAL });
    const answer = await roles().editor.propose(editRequest);
    expect(answer.value).toEqual(PROPOSAL);
    expect(answer.usage).toEqual({ inputTokens: 412, outputTokens: 57 });
  });

  it('reports malformed JSON as InvalidModelOutputError with the tokens spent', async () => {
    fake.enqueue({ kind: 'malformed' });
    const error = await failure(roles().intent.classify(intentRequest));
    expect(error).toBeInstanceOf(InvalidModelOutputError);
    expect((error as InvalidModelOutputError).errors[0]?.message).toContain('not valid JSON');
    expect((error as InvalidModelOutputError).usage).toEqual({ inputTokens: 412, outputTokens: 32 });
  });

  it('reports schema-violating JSON as InvalidModelOutputError naming the bad paths', async () => {
    fake.enqueue({ kind: 'answer', value: { ...INTENT, risk: 'extreme', scope: { page: 'home', sections: ['hero', 7] } } });
    const intentError = await failure(roles().intent.classify(intentRequest));
    expect(intentError).toBeInstanceOf(InvalidModelOutputError);
    expect((intentError as InvalidModelOutputError).errors.map((fieldError) => fieldError.path).sort()).toEqual(['risk', 'scope/sections/1']);

    fake.enqueue({ kind: 'answer', value: { ...PROPOSAL, operations: [{ op: 'replace', path: 'pages/0' }] } });
    const editError = await failure(roles().editor.propose(editRequest));
    expect(editError).toBeInstanceOf(InvalidModelOutputError);
    expect((editError as InvalidModelOutputError).errors.map((fieldError) => fieldError.path)).toContain('operations/0/path');
  });

  it.each([
    ['rate-limited', 429],
    ['server-error', 500],
  ] as const)('makes %s a retryable ProviderError with status %i', async (kind, status) => {
    fake.enqueue({ kind });
    const error = await failure(roles().editor.propose(editRequest));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status, isRetryable: true });
    expect(error.message).toContain(`answered ${status}`);
  });

  it('gives up on a provider that hangs when the signal fires, as a retryable ProviderError', async () => {
    fake.enqueue({ kind: 'hang' });
    const startedAt = Date.now();
    const error = await failure(roles().intent.classify(intentRequest, AbortSignal.timeout(150)));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: undefined, isRetryable: true });
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it('streams the generated site, reporting growing partial documents, and returns the whole of it', async () => {
    const document = sampleSiteInput();
    fake.enqueue({ kind: 'answer', value: document, chunks: 6 });
    const partials: string[] = [];
    const answer = await roles().generator.generate({ prompt: 'A bakery in Austin', feedback: [], onPartial: (partial) => partials.push(JSON.stringify(partial)) });
    expect(answer.value).toEqual(JSON.parse(JSON.stringify(document)));
    expect(answer.usage).toEqual({ inputTokens: 1830, outputTokens: 2904 });
    expect(partials.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < partials.length; index += 1) expect(partials[index]!.length).toBeGreaterThan(partials[index - 1]!.length);
    expect(partials[0]!.length).toBeLessThan(JSON.stringify(document).length / 2);
    const [request] = fake.requests;
    expect(providerCase.isStream(request!)).toBe(true);
    expect(providerCase.systemPrompt(request!)).toMatch(/^You create complete small-business websites/);
    expect(providerCase.sentModel(request!)).toBe(providerCase.model);
  });

  it('reports a streamed document that breaks off as InvalidModelOutputError', async () => {
    fake.enqueue({ kind: 'malformed', text: JSON.stringify(sampleSiteInput()).slice(0, 500) });
    const error = await failure(roles().generator.generate({ prompt: 'A bakery in Austin', feedback: [] }));
    expect(error).toBeInstanceOf(InvalidModelOutputError);
  });

  it('succeeds through withProviderRetries after a 429', async () => {
    fake.enqueue({ kind: 'rate-limited' }, { kind: 'answer', value: INTENT });
    const answer = await withProviderRetries((signal) => roles().intent.classify(intentRequest, signal), { attempts: 3, baseDelayMs: 1, timeoutMs: 2_000 });
    expect(answer.value).toEqual(INTENT);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('how structured output travels', () => {
  async function requestsFor(spec: string): Promise<RecordedRequest[]> {
    const roles = rolesFor(spec);
    fake.enqueue({ kind: 'answer', value: INTENT }, { kind: 'answer', value: PROPOSAL }, { kind: 'answer', value: sampleSiteInput() });
    await roles.intent.classify(intentRequest);
    await roles.editor.propose(editRequest);
    await roles.generator.generate({ prompt: 'A bakery', feedback: [] });
    return [...fake.requests];
  }

  it('Anthropic: the intent as a native JSON-schema output, edits and sites through a forced json tool', async () => {
    const [intent, edit, generate] = await requestsFor('anthropic:claude-sonnet-4-5');
    expect(intent!.body.output_config.format.type).toBe('json_schema');
    expect(intent!.body.tools).toBeUndefined();
    for (const request of [edit!, generate!]) {
      expect(request.body.tools.map((tool: any) => tool.name)).toEqual(['json']);
      expect(request.body.tool_choice.type).toBe('any');
    }
    expect(generate!.body.tools[0].input_schema.properties.pages.type).toBe('array');
  });

  it.each(['openai:gpt-5-mini', 'openai-compatible:qwen3-32b'])('%s: response_format json_schema, strict only for the closed intent schema', async (spec) => {
    const [intent, edit, generate] = await requestsFor(spec);
    expect(intent!.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'intent', strict: true } });
    expect(edit!.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'edit_proposal', strict: false } });
    expect(generate!.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'site', strict: false } });
  });

  it('Google: JSON mime type with a response schema, except for the recursive edit schema', async () => {
    const [intent, edit, generate] = await requestsFor('google:gemini-2.5-flash');
    expect(intent!.body.generationConfig).toMatchObject({ responseMimeType: 'application/json', responseSchema: { type: 'object' } });
    expect(edit!.body.generationConfig.responseMimeType).toBe('application/json');
    expect(edit!.body.generationConfig.responseSchema).toBeUndefined();
    expect(generate!.body.generationConfig.responseSchema.required).toContain('pages');
  });
});

describe('provider roles, whatever the provider', () => {
  it('calls onPartial at most every 200 ms by default', async () => {
    fake.enqueue({ kind: 'answer', value: sampleSiteInput(), chunks: 8, chunkDelayMs: 50 });
    const reportedAt: number[] = [];
    const answer = await rolesFor('openai:gpt-5-mini', {}, {}).generator.generate({ prompt: 'A bakery', feedback: [], onPartial: () => reportedAt.push(Date.now()) });
    expect(answer.value).toMatchObject({ name: 'Sample Bakery' });
    expect(reportedAt.length).toBeGreaterThanOrEqual(1);
    expect(reportedAt.length).toBeLessThan(8); // 8 pieces arrived, ~350 ms in all
    for (let index = 1; index < reportedAt.length; index += 1) expect(reportedAt[index]! - reportedAt[index - 1]!).toBeGreaterThanOrEqual(195);
  });

  it('abandons a hanging call after AI_TIMEOUT_SECONDS even without a signal', async () => {
    fake.enqueue({ kind: 'hang' });
    const error = await failure(rolesFor('google:gemini-2.5-flash', { AI_TIMEOUT_SECONDS: 0.2 }).intent.classify(intentRequest));
    expect(error).toMatchObject({ name: 'ProviderError', isRetryable: true });
  });

  it('retries a hang through withProviderRetries and keeps its timeout message', async () => {
    fake.enqueue({ kind: 'hang' }, { kind: 'answer', value: INTENT });
    const roles = rolesFor('anthropic:claude-sonnet-4-5');
    const answer = await withProviderRetries((signal) => roles.intent.classify(intentRequest, signal), { attempts: 2, baseDelayMs: 1, timeoutMs: 200 });
    expect(answer.value).toEqual(INTENT);
    expect(fake.requests).toHaveLength(2);

    fake.enqueue({ kind: 'hang' });
    const error = await failure(withProviderRetries((signal) => roles.intent.classify(intentRequest, signal), { attempts: 1, baseDelayMs: 1, timeoutMs: 200 }));
    expect(error).toMatchObject({ name: 'ProviderError', isRetryable: true });
  });

  it('sends no API key to an openai-compatible server configured without one', async () => {
    fake.enqueue({ kind: 'answer', value: INTENT });
    const answer = await rolesFor('openai-compatible:llama3.1:8b', { OPENAI_API_KEY: undefined }).intent.classify(intentRequest);
    expect(answer.value).toEqual(INTENT);
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
    expect(fake.requests[0]!.body.model).toBe('llama3.1:8b');
  });
});
