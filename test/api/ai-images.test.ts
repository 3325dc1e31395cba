// Pictures made by chat, over HTTP on both backends: "generate a photo of … for the hero" with an image model behind
// the fake OpenAI and Imagen servers lands in the library (variants, alt text) and on the hero by a commit that undo
// reverts; pictures are counted and capped apart from edits; a failing provider or a non-picture answer stores
// nothing; offline, the answer says plainly that it needs the assistant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelRoles } from '../../src/ai/providers/index.ts';
import { backends } from '../support/backends.ts';
import { editFixtureSite } from '../support/edit-site.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { generatedPicture } from '../support/test-images.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

type Answer = { status: number; headers: Headers; body: Record<string, any> };

function caller(harness: TestApp, cookie: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
}

async function newSite(call: ReturnType<typeof caller>, subdomain: string): Promise<{ id: string; head: string }> {
  const created = await call('POST', '/api/sites', { subdomain, document: editFixtureSite() });
  expect(created.status).toBe(201);
  return created.body as { id: string; head: string };
}

const LOAF = 'generate a photo of a loaf on a table for the hero';

let fake: FakeProvider;
let picture: Buffer;
beforeAll(async () => {
  fake = await startFakeProvider();
  picture = await generatedPicture(160, 96);
});
afterAll(() => fake.close());

const imageRoles = (image: string) =>
  createModelRoles({ PAGEHUB_MODEL_INTENT: 'offline', PAGEHUB_MODEL_EDITOR: 'offline', PAGEHUB_MODEL_GENERATOR: 'offline', PAGEHUB_MODEL_IMAGE: image, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrls.openai, GOOGLE_GENERATIVE_AI_API_KEY: 'g-test', GOOGLE_GENERATIVE_AI_BASE_URL: fake.baseUrls.google, AI_TIMEOUT_SECONDS: 5 });

describe.each(backends)('pictures made by chat on $name', (backend) => {
  describe.each([
    { spec: 'openai:gpt-image-1', path: '/v1/images/generations', cost: 0.063 },
    { spec: 'google:imagen-4.0-generate-001', path: '/v1beta/models/imagen-4.0-generate-001:predict', cost: 0.04 },
  ])('with $spec', ({ spec, path, cost }) => {
    let harness: TestApp;
    let call: ReturnType<typeof caller>;
    let cookie = '';
    let userId = '';
    beforeAll(async () => {
      harness = await openTestApp(backend, { AI_IMAGES_PER_HOUR: '2' }, { roles: imageRoles(spec) });
      ({ cookie, userId } = await signUp(harness.app, 'baker@example.com'));
      call = caller(harness, cookie);
    }, 60_000);
    afterAll(() => harness?.close());

    it('puts the picture in the library with variants and alt text, sets it on the hero by a commit, and undo restores the old one', async () => {
      fake.reset();
      const site = await newSite(call, `loaf-${spec.split(':')[0]}`);
      // The hero shows an uploaded photo first, so undo has one to bring back.
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await generatedPicture(200, 120))], { type: 'image/png' }), 'old-shop.png');
      const uploaded = await harness.app.request(new Request(new URL(`/api/sites/${site.id}/assets`, TEST_PUBLIC_URL), { method: 'POST', headers: { origin: TEST_PUBLIC_URL, cookie }, body: form }));
      const oldAsset = ((await uploaded.json()) as { asset: { id: string } }).asset;
      const oldImage = { src: `asset:${oldAsset.id}`, alt: 'Our old shop', width: 200, height: 120 };
      const before = await call('POST', `/api/sites/${site.id}/commits`, { branch: 'main', base: site.head, patch: [{ op: 'add', path: '/pages/0/sections/0/props/image', value: oldImage }], summary: 'Hero photo' });
      expect(before.status).toBe(201);

      fake.enqueue({ kind: 'image', bytes: picture });
      const made = await call('POST', `/api/sites/${site.id}/edit`, { prompt: LOAF, base: before.body.commit.id });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ commit: { source: 'ai', author: userId }, intent: { intent_type: 'generate_image', target: 'hero' }, summary: 'Hero picture → A loaf on a table (made by the AI assistant)' });
      expect(made.body.usage).toMatchObject({ calls: 2 });
      expect(made.body.usage.costUsd).toBeCloseTo(cost, 6);
      expect(fake.requests.map((request) => request.path)).toEqual([path]);

      const library = (await call('GET', `/api/sites/${site.id}/assets`)).body.assets as { id: string; alt: string; fileName: string; width: number; height: number; variants: { format: string }[] }[];
      expect(library).toHaveLength(2);
      const generated = library.find((asset) => asset.id !== oldAsset.id)!;
      expect(generated).toMatchObject({ alt: 'A loaf on a table', fileName: 'a-loaf-on-a-table.png', width: 160, height: 96 });
      expect(generated.variants.map((variant) => variant.format).sort()).toEqual(['avif', 'jpeg', 'webp']);
      expect(made.body.patch).toEqual([{ op: 'replace', path: '/pages/0/sections/0/props/image', value: { src: `asset:${generated.id}`, alt: 'A loaf on a table', width: 160, height: 96 } }]);
      const variant = await harness.app.request(apiRequest(`/api/sites/${site.id}/assets/${generated.id}/160.webp`, { cookie }));
      expect(variant.headers.get('content-type')).toBe('image/webp');

      const heroImage = async () => (await call('GET', `/api/sites/${site.id}`)).body.document.pages[0].sections[0].props.image;
      expect(await heroImage()).toEqual({ src: `asset:${generated.id}`, alt: 'A loaf on a table', width: 160, height: 96 });
      expect((await call('POST', `/api/sites/${site.id}/undo`, { branch: 'main' })).status).toBe(200);
      expect(await heroImage()).toEqual(oldImage);

      const calls = await harness.database.db.selectFrom('ai_calls').select(['role', 'provider', 'outcome', 'cost_usd']).where('site_id', '=', site.id).orderBy('id').execute();
      expect(calls.map((row) => [row.role, row.provider, row.outcome])).toEqual([['intent', 'offline', 'ok'], ['image', spec.split(':')[0], 'ok']]);
      expect(Number(calls[1]!.cost_usd)).toBeCloseTo(cost, 6);
    });

    it('counts pictures apart from edits and refuses past the hourly allowance, making nothing', async () => {
      fake.reset();
      const site = await newSite(call, `cap-${spec.split(':')[0]}`);
      const counted = async () => (await harness.database.db.selectFrom('ai_requests').select('kind').where('user_id', '=', userId).where('kind', '=', 'image').execute()).length;
      expect(await counted()).toBe(1); // the first test's picture
      fake.enqueue({ kind: 'image', bytes: picture });
      const second = await call('POST', `/api/sites/${site.id}/edit`, { prompt: 'make an image of a cosy bakery counter for the hero', base: site.head });
      expect(second.status).toBe(201);
      expect(await counted()).toBe(2);

      fake.enqueue({ kind: 'image', bytes: picture });
      const third = await call('POST', `/api/sites/${site.id}/edit`, { prompt: 'make an image of fresh croissants for the hero', base: second.body.commit.id });
      expect(third.status).toBe(429);
      expect(third.body).toMatchObject({ code: 'AI_LIMIT_REACHED', detail: expect.stringMatching(/^You have used your 2 pictures made by the assistant for this hour\. Try again in \d+ minutes; uploading your own photos is not limited\.$/) });
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(fake.requests).toHaveLength(1);
      expect((await call('GET', `/api/sites/${site.id}/assets`)).body.assets).toHaveLength(1);
      // Chat edits that make no picture go on.
      const edit = await call('POST', `/api/sites/${site.id}/edit`, { prompt: 'make the primary color green', base: second.body.commit.id });
      expect(edit.status).toBe(201);
    });
  });

  describe('when the provider fails or sends no picture', () => {
    let harness: TestApp;
    let call: ReturnType<typeof caller>;
    beforeAll(async () => {
      harness = await openTestApp(backend, {}, { roles: imageRoles('openai:gpt-image-1') });
      call = caller(harness, (await signUp(harness.app, 'unlucky@example.com')).cookie);
    }, 60_000);
    afterAll(() => harness?.close());

    it('answers 503 after a 500 and its retry, and 422 for a web page instead of a picture, storing and committing nothing', async () => {
      fake.reset();
      const site = await newSite(call, 'provider-trouble');
      fake.enqueue({ kind: 'server-error' }, { kind: 'server-error' });
      const failed = await call('POST', `/api/sites/${site.id}/edit`, { prompt: LOAF, base: site.head });
      expect(failed.status).toBe(503);
      expect(failed.headers.get('content-type')).toContain('application/problem+json');
      expect(failed.body).toMatchObject({ code: 'AI_PROVIDER_UNAVAILABLE', detail: expect.stringMatching(/Nothing was changed/) });

      fake.enqueue({ kind: 'image', bytes: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>') });
      const refused = await call('POST', `/api/sites/${site.id}/edit`, { prompt: LOAF, base: site.head });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'AI_OUTPUT_REJECTED', errors: [{ path: 'image', message: expect.stringMatching(/web page/) }] });

      expect((await call('GET', `/api/sites/${site.id}/assets`)).body.assets).toHaveLength(0);
      expect(((await call('GET', `/api/sites/${site.id}/commits`)).body.commits as unknown[]).length).toBe(1);
      expect((await call('GET', `/api/sites/${site.id}`)).body.document.pages[0].sections[0].props.image).toBeUndefined();
    }, 30_000);
  });

  describe('offline', () => {
    let harness: TestApp;
    let call: ReturnType<typeof caller>;
    beforeAll(async () => {
      harness = await openTestApp(backend);
      call = caller(harness, (await signUp(harness.app, 'offline@example.com')).cookie);
    }, 60_000);
    afterAll(() => harness?.close());

    it.each([
      [LOAF, 'hero', 'home-hero'],
      ['create a picture for the about section', 'richText', 'about-story'],
    ])('reads %j as generate_image for %s and says plainly that it needs the assistant', async (prompt, target, section) => {
      const site = await newSite(call, `offline-${target.toLowerCase()}`);
      const answer = await call('POST', `/api/sites/${site.id}/edit`, { prompt, base: site.head });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'AI_MODEL_REQUIRED',
        detail: "Making pictures needs the AI assistant, which isn't switched on here — you can upload a photo of your own instead, from the picture library.",
        intent: { intent_type: 'generate_image', target },
        open: { section },
      });
      expect(JSON.stringify(answer.body)).not.toMatch(/PAGEHUB_|openai|restart/i);
      expect(harness.logs.some((line) => line.variable === 'PAGEHUB_MODEL_IMAGE')).toBe(true);
      const images = await harness.database.db.selectFrom('ai_requests').select('kind').where('site_id', '=', site.id).where('kind', '=', 'image').execute();
      expect(images).toHaveLength(0);
    });
  });
});
