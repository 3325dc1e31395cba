// The image role over HTTP with the real `ai` SDK: OpenAI's Images API and Google's Imagen (:predict), each answered
// by the fake provider in its wire format — what is sent, what comes back, and how failures read.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generatedPicture } from '../../../test/support/test-images.ts';
import { startFakeProvider, type FakeProvider } from '../../../test/support/fake-providers/index.ts';
import { ConfigError } from '../../config.ts';
import { InvalidModelOutputError, ProviderError } from '../roles.ts';
import { checkModelConfig, type ModelConfig } from './model-spec.ts';
import { createModelRoles } from './model-roles.ts';

let fake: FakeProvider;
let picture: Buffer;

beforeAll(async () => {
  fake = await startFakeProvider();
  picture = await generatedPicture();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function config(image: string): ModelConfig {
  return {
    PAGEHUB_MODEL_INTENT: 'offline',
    PAGEHUB_MODEL_EDITOR: 'offline',
    PAGEHUB_MODEL_GENERATOR: 'offline',
    PAGEHUB_MODEL_IMAGE: image,
    ANTHROPIC_API_KEY: undefined,
    ANTHROPIC_BASE_URL: undefined,
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: fake.baseUrls.openai,
    GOOGLE_GENERATIVE_AI_API_KEY: 'g-test',
    GOOGLE_GENERATIVE_AI_BASE_URL: fake.baseUrls.google,
    AI_TIMEOUT_SECONDS: 5,
  };
}

const imageRole = (spec: string) => createModelRoles(config(spec)).image;

describe('the image role against OpenAI’s Images API', () => {
  it('asks gpt-image-1 for one landscape picture and returns its bytes, counting one image', async () => {
    fake.enqueue({ kind: 'image', bytes: picture });
    const role = imageRole('openai:gpt-image-1');
    expect(role).toMatchObject({ provider: 'openai', model: 'gpt-image-1', isAvailable: true });
    const answer = await role.generate({ prompt: 'A photograph of a loaf on a table.', shape: 'landscape' });
    expect(Buffer.from(answer.value.bytes).equals(picture)).toBe(true);
    expect(answer.value.mediaType).toBe('image/png');
    expect(answer.usage).toEqual({ inputTokens: 52, outputTokens: 1056, images: 1 });
    const [request] = fake.requests;
    expect(request).toMatchObject({ provider: 'openai', path: '/v1/images/generations', headers: { authorization: 'Bearer sk-test' } });
    expect(request!.body).toEqual({ model: 'gpt-image-1', prompt: 'A photograph of a loaf on a table.', n: 1, size: '1536x1024' });
  });

  it('asks dall-e-3 for base64 at its landscape size, and passes on the prompt it rewrote', async () => {
    fake.enqueue({ kind: 'image', bytes: picture, revisedPrompt: 'A rustic loaf of sourdough on an oak table' });
    const answer = await imageRole('openai:dall-e-3').generate({ prompt: 'A loaf', shape: 'landscape' });
    expect(fake.requests[0]!.body).toMatchObject({ model: 'dall-e-3', size: '1792x1024', response_format: 'b64_json' });
    expect(answer.value.revisedPrompt).toBe('A rustic loaf of sourdough on an oak table');
  });

  it('turns a 500 and a 429 into retryable provider errors, and an answer without a picture into invalid output', async () => {
    const role = imageRole('openai:gpt-image-1');
    fake.enqueue({ kind: 'server-error' }, { kind: 'rate-limited' }, { kind: 'image-filtered' });
    await expect(role.generate({ prompt: 'x', shape: 'square' })).rejects.toMatchObject({ name: 'ProviderError', status: 500, isRetryable: true });
    await expect(role.generate({ prompt: 'x', shape: 'square' })).rejects.toMatchObject({ name: 'ProviderError', status: 429, isRetryable: true });
    await expect(role.generate({ prompt: 'x', shape: 'square' })).rejects.toBeInstanceOf(InvalidModelOutputError);
  });

  it('gives up on a server that never answers once the caller’s signal fires', async () => {
    fake.enqueue({ kind: 'hang' });
    const started = Date.now();
    const error = await imageRole('openai:gpt-image-1').generate({ prompt: 'x', shape: 'square' }, AbortSignal.timeout(300)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).isRetryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('the image role against Google’s Imagen', () => {
  it('posts one instance to :predict with a 16:9 aspect ratio and reads bytesBase64Encoded', async () => {
    fake.enqueue({ kind: 'image', bytes: picture });
    const answer = await imageRole('google:imagen-4.0-generate-001').generate({ prompt: 'A painting of a loaf.', shape: 'landscape' });
    expect(Buffer.from(answer.value.bytes).equals(picture)).toBe(true);
    expect(answer.usage.images).toBe(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ provider: 'google', path: '/v1beta/models/imagen-4.0-generate-001:predict', headers: { 'x-goog-api-key': 'g-test' } });
    expect(request!.body).toEqual({ instances: [{ prompt: 'A painting of a loaf.' }], parameters: { sampleCount: 1, aspectRatio: '16:9' } });
  });

  it('reads a picture its safety filter withheld as invalid output, and a 500 as a retryable provider error', async () => {
    const role = imageRole('google:imagen-4.0-generate-001');
    fake.enqueue({ kind: 'image-filtered' }, { kind: 'server-error' });
    await expect(role.generate({ prompt: 'x', shape: 'square' })).rejects.toBeInstanceOf(InvalidModelOutputError);
    await expect(role.generate({ prompt: 'x', shape: 'square' })).rejects.toMatchObject({ name: 'ProviderError', status: 500, isRetryable: true });
  });
});

describe('configuring the image role', () => {
  it('refuses a provider without image models at start-up, naming the variable', () => {
    expect(() => checkModelConfig({ ...config('anthropic:claude-sonnet-4-5'), ANTHROPIC_API_KEY: 'k' })).toThrow(ConfigError);
    expect(() => checkModelConfig({ ...config('anthropic:claude-sonnet-4-5'), ANTHROPIC_API_KEY: 'k' })).toThrow(/PAGEHUB_MODEL_IMAGE=anthropic:claude-sonnet-4-5 names a provider without image models/);
    expect(() => checkModelConfig(config('openai:gpt-image-1'))).not.toThrow();
  });

  it('refuses to draw offline, with the product sentence for the person and the variable for the operator', async () => {
    const role = imageRole('offline');
    expect(role.isAvailable).toBe(false);
    const error = await role.generate({ prompt: 'x', shape: 'square' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ModelRequiredError', variable: 'PAGEHUB_MODEL_IMAGE', forPerson: expect.stringMatching(/^Making pictures needs the AI assistant, which isn't switched on here — you can upload a photo/) });
    expect((error as Error).message).toContain('PAGEHUB_MODEL_IMAGE');
    expect(fake.requests).toHaveLength(0);
  });
});
