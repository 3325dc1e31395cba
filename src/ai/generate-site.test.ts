import { describe, expect, it } from 'vitest';
import { AppError, type FieldError } from '../errors.ts';
import { generateSite, type GenerationStage } from './generate-site.ts';
import { composeSite } from '../composer/index.ts';
import type { RetryPolicy } from './retry.ts';
import { InvalidModelOutputError, ModelRequiredError, ProviderError, type GenerateRequest, type GeneratorRole } from './roles.ts';

const validSite = () => composeSite('Crumb & Co, a family bakery in Porto: sourdough, pastries and coffee.').site;

/** A generator that gives the answers in order (a function answer is called, an Error is thrown) and records requests. */
function scriptedGenerator(answers: (unknown | Error | (() => unknown))[]): GeneratorRole & { requests: GenerateRequest[] } {
  const requests: GenerateRequest[] = [];
  return {
    provider: 'fake',
    model: 'scripted',
    requests,
    async generate(request) {
      requests.push({ ...request, feedback: [...request.feedback] });
      const next = answers.shift();
      if (next === undefined) throw new Error('no more scripted answers');
      if (next instanceof Error) throw next;
      return { value: typeof next === 'function' ? (next as () => unknown)() : next, usage: { inputTokens: 10, outputTokens: 100 } };
    },
  };
}

const delays: number[] = [];
const fastRetry: RetryPolicy = { attempts: 3, baseDelayMs: 10, timeoutMs: 1_000, random: () => 0, sleep: async (ms) => void delays.push(ms) };

describe('generateSite', () => {
  it('returns the first valid answer, reporting stages in order', async () => {
    const generator = scriptedGenerator([validSite()]);
    const stages: [GenerationStage, number][] = [];
    const { site } = await generateSite({ prompt: 'A bakery', roles: { generator }, retry: fastRetry, onProgress: (stage, progress) => stages.push([stage, progress]) });
    expect(site.name).toBe(validSite().name);
    expect(stages.map(([stage]) => stage)).toEqual(['generating', 'validating']);
    expect(stages.every(([, progress]) => progress > 0 && progress < 1)).toBe(true);
    expect(generator.requests).toHaveLength(1);
    expect(generator.requests[0]).toMatchObject({ prompt: 'A bakery', feedback: [] });
  });

  it('retries an invalid first answer with its errors as feedback', async () => {
    const invalid = validSite() as unknown as { theme: { colors: { primary: string } } };
    invalid.theme.colors.primary = 'green';
    const generator = scriptedGenerator([invalid, validSite()]);
    const stages: GenerationStage[] = [];
    await generateSite({ prompt: 'A bakery', roles: { generator }, retry: fastRetry, onProgress: (stage) => stages.push(stage) });
    expect(generator.requests).toHaveLength(2);
    expect(generator.requests[1]!.feedback).toContainEqual({ path: 'theme/colors/primary', message: expect.any(String) });
    expect(stages).toEqual(['generating', 'validating', 'correcting', 'validating']);
  });

  it('rejects XSS in the output like a schema failure, then accepts the fixed answer', async () => {
    const hostile = validSite();
    hostile.business.tagline = 'Fresh <script>alert(document.cookie)</script> bread';
    const generator = scriptedGenerator([hostile, validSite()]);
    const { site } = await generateSite({ prompt: 'A bakery', roles: { generator }, retry: fastRetry });
    expect(JSON.stringify(site)).not.toContain('<script');
    expect(generator.requests[1]!.feedback).toEqual([{ path: 'business/tagline', message: expect.stringContaining('HTML tag') }]);
  });

  it('feeds InvalidModelOutputError errors back like validation errors', async () => {
    const generator = scriptedGenerator([new InvalidModelOutputError('not JSON', [{ path: '', message: 'Unexpected token < in JSON' }]), validSite()]);
    await generateSite({ prompt: 'A bakery', roles: { generator }, retry: fastRetry });
    expect(generator.requests[1]!.feedback).toEqual([{ path: '', message: 'Unexpected token < in JSON' }]);
  });

  it('gives up after three invalid answers with AI_GENERATION_REJECTED listing the paths', async () => {
    const generator = scriptedGenerator([{ name: 1 }, { name: 2 }, () => ({ ...validSite(), pages: 'none' }), validSite()]);
    const failure = await generateSite({ prompt: 'A bakery', roles: { generator }, retry: fastRetry }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('AI_GENERATION_REJECTED');
    expect((failure as AppError).detail).toContain('3 times');
    expect((failure as AppError).errors).toContainEqual({ path: 'pages', message: expect.any(String) } satisfies FieldError);
    expect(generator.requests).toHaveLength(3);
  });

  it('retries provider 429s with backoff underneath one answer', async () => {
    delays.length = 0;
    const generator = scriptedGenerator([new ProviderError('rate limited', 429, true), new ProviderError('rate limited', 429, true), validSite()]);
    const { site } = await generateSite({ prompt: 'A bakery', roles: { generator }, retry: fastRetry });
    expect(site.pages.length).toBeGreaterThan(0);
    expect(delays).toEqual([10, 20]);
    expect(generator.requests.every((request) => request.feedback.length === 0)).toBe(true);
  });

  it('lets exhausted provider retries and ModelRequiredError through', async () => {
    const failing = scriptedGenerator([1, 2, 3].map(() => new ProviderError('overloaded', 529, true)));
    await expect(generateSite({ prompt: 'A bakery', roles: { generator: failing }, retry: fastRetry })).rejects.toMatchObject({ name: 'ProviderError', status: 529 });
    expect(failing.requests).toHaveLength(3);
    const offline = scriptedGenerator([new ModelRequiredError('Set PAGEHUB_MODEL_GENERATOR', 'PAGEHUB_MODEL_GENERATOR')]);
    await expect(generateSite({ prompt: 'A bakery', roles: { generator: offline }, retry: fastRetry })).rejects.toBeInstanceOf(ModelRequiredError);
    expect(offline.requests).toHaveLength(1);
  });

  it('passes partial documents through and stops when aborted', async () => {
    const partials: unknown[] = [];
    const streaming: GeneratorRole = {
      provider: 'fake',
      model: 'streaming',
      async generate(request) {
        request.onPartial?.({ name: 'Cr' });
        request.onPartial?.({ name: 'Crumb' });
        return { value: validSite(), usage: { inputTokens: 0, outputTokens: 0 } };
      },
    };
    await generateSite({ prompt: 'A bakery', roles: { generator: streaming }, retry: fastRetry, onPartial: (document) => partials.push(document) });
    expect(partials).toEqual([{ name: 'Cr' }, { name: 'Crumb' }]);
    const controller = new AbortController();
    controller.abort(new Error('client went away'));
    await expect(generateSite({ prompt: 'A bakery', roles: { generator: streaming }, retry: fastRetry, signal: controller.signal })).rejects.toThrow('client went away');
  });
});
