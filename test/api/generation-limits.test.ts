// How many sites a person may generate in an hour, on both backends: the offline composer (no model configured for
// the generator role) costs nothing, so it does not use the AI allowance and has its own generous limit against
// abuse (30 an hour); with a model configured, generations stay capped by AI_GENERATIONS_PER_HOUR. Either refusal
// is a 429 whose message says once when to try again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSite } from '../../src/composer/index.ts';
import { createModelRoles } from '../../src/ai/providers/index.ts';
import { DEFAULT_OFFLINE_GENERATION_LIMIT } from '../../src/http/middleware/rate-limit-policies.ts';
import { backends } from '../support/backends.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const generate = async (harness: TestApp, cookie: string, prompt: string, subdomain: string) => {
  const response = await harness.app.request(apiRequest('/api/sites/generate', { method: 'POST', cookie, body: { prompt, subdomain } }));
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, any> };
};

const aiRequests = async (harness: TestApp, userId: string) => (await harness.database.db.selectFrom('ai_requests').select('id').where('user_id', '=', userId).execute()).length;

/** How many times a message says when to try again. */
const tryAgainSentences = (detail: string) => detail.match(/try again/gi)?.length ?? 0;

describe.each(backends)('generation limits on $name', (backend) => {
  describe('with the offline composer', () => {
    let harness: TestApp;
    beforeAll(async () => {
      // AI_GENERATIONS_PER_HOUR stays at its default (3): offline generations must not meet it.
      harness = await openTestApp(backend);
    }, 60_000);
    afterAll(async () => harness?.close());

    it('accepts six offline generations in a row without using the AI allowance', async () => {
      const person = await signUp(harness.app, 'six@example.com');
      for (let index = 1; index <= 6; index += 1) {
        const accepted = await generate(harness, person.cookie, `Crumb ${index}, a family bakery in Porto.`, `six-crumb-${index}`);
        expect(accepted.status, `generation ${index}`).toBe(202);
      }
      expect(await aiRequests(harness, person.userId)).toBe(0);
    });

    it(`refuses the ${DEFAULT_OFFLINE_GENERATION_LIMIT.points + 1}st offline generation in the hour with 429 and one "try again"`, async () => {
      expect(DEFAULT_OFFLINE_GENERATION_LIMIT).toEqual({ points: 30, duration: 3_600 });
      const person = await signUp(harness.app, 'thirty@example.com');
      for (let index = 1; index <= 30; index += 1) {
        expect((await generate(harness, person.cookie, `Kiln ${index}, a pottery studio in Bristol.`, `kiln-${index}`)).status, `generation ${index}`).toBe(202);
      }
      const refused = await generate(harness, person.cookie, 'Kiln 31, a pottery studio in Bristol.', 'kiln-31');
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('RATE_LIMITED');
      expect(refused.body.detail).toMatch(/^You have created 30 sites within an hour\. Try again in \d+ minutes?; editing your sites is not limited\.$/);
      expect(tryAgainSentences(refused.body.detail)).toBe(1);
      expect(Number(refused.retryAfter)).toBeGreaterThan(3_000);
      expect(await harness.database.db.selectFrom('generation_jobs').select('id').where('subdomain', '=', 'kiln-31').execute()).toEqual([]);
      // The limit is per person: someone else still generates.
      const other = await signUp(harness.app, 'other@example.com');
      expect((await generate(harness, other.cookie, 'Petal & Stem, a florist in Leeds.', 'petal-and-stem')).status).toBe(202);
    }, 120_000);
  });

  describe('with a model configured for the generator role', () => {
    let fake: FakeProvider;
    let harness: TestApp;
    beforeAll(async () => {
      fake = await startFakeProvider();
      const roles = createModelRoles(
        { PAGEHUB_MODEL_INTENT: 'offline', PAGEHUB_MODEL_EDITOR: 'offline', PAGEHUB_MODEL_GENERATOR: 'anthropic:claude-sonnet-4-5', PAGEHUB_MODEL_IMAGE: 'offline', ANTHROPIC_API_KEY: 'key', ANTHROPIC_BASE_URL: fake.baseUrls.anthropic, AI_TIMEOUT_SECONDS: 5 },
        { partialIntervalMs: 0 },
      );
      harness = await openTestApp(backend, { AI_GENERATIONS_PER_HOUR: '6' }, { roles });
    }, 60_000);
    afterAll(async () => {
      await harness?.close();
      await fake?.close();
    });

    it('accepts six AI generations and refuses the seventh with AI_LIMIT_REACHED and one "try again"', async () => {
      const person = await signUp(harness.app, 'ai@example.com');
      const written = composeSite('Harbor Light Dental, a gentle family dentist in Portland, Maine.').site;
      for (let index = 1; index <= 6; index += 1) {
        fake.enqueue({ kind: 'answer', value: written });
        expect((await generate(harness, person.cookie, `Harbor Light Dental ${index}, a dentist in Portland.`, `harbor-${index}`)).status, `generation ${index}`).toBe(202);
      }
      expect(await aiRequests(harness, person.userId)).toBe(6);
      const seventh = await generate(harness, person.cookie, 'Harbor Light Dental 7, a dentist in Portland.', 'harbor-7');
      expect(seventh.status).toBe(429);
      expect(seventh.body.code).toBe('AI_LIMIT_REACHED');
      expect(seventh.body.detail).toMatch(/^You have used your 6 site generations for this hour\. Try again in \d+ minutes?; edits by hand are not limited\.$/);
      expect(tryAgainSentences(seventh.body.detail)).toBe(1);
      expect(Number(seventh.retryAfter)).toBeGreaterThan(3_000);
      expect(await aiRequests(harness, person.userId)).toBe(6);
    });
  });
});
