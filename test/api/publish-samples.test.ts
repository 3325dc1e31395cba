// Publishing a site that still shows samples PageHub wrote (sample reviews, example prices and plans) asks first:
// 409 SAMPLES_LEFT listing each one and where it is, nothing published; `confirmSamples: true` publishes them; a
// sample the person edited or kept is theirs and is not listed. The browser side is in test/web/journey.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

describe.each(backends)('publishing with samples on $name', (backend) => {
  let harness: TestApp;
  let cookie = '';
  let siteId = '';

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, any> };
  };
  const head = async () => (await call('GET', `/api/sites/${siteId}`)).body;

  beforeAll(async () => {
    harness = await openTestApp(backend);
    cookie = (await signUp(harness.app, 'owner@example.com')).cookie;
    siteId = (await call('POST', '/api/sites', { subdomain: 'crumb', name: 'Crumb & Co bakery' })).body.id as string;
  }, 120_000);
  afterAll(() => harness?.close());

  it('answers 409 listing every sample, and publishes nothing', async () => {
    const answer = await call('POST', `/api/sites/${siteId}/publish`, {});
    expect(answer.status).toBe(409);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.body.code).toBe('SAMPLES_LEFT');
    const samples = answer.body.samples as { pageId: string; sectionId: string; sectionLabel: string; path: string; name: string; pageTitle: string }[];
    expect(samples.some((sample) => sample.sectionLabel === 'Testimonials' && sample.name !== '')).toBe(true);
    const { document } = await head();
    for (const sample of samples) {
      const item = sample.path.split('/').slice(1).reduce((value: any, key) => value[key], document);
      expect(item.sample, sample.path).toBe(true);
      expect(document.pages.find((page: { id: string }) => page.id === sample.pageId).sections.some((section: { id: string }) => section.id === sample.sectionId)).toBe(true);
    }
    expect((await call('GET', `/api/sites/${siteId}/deployments`)).body.deployments).toEqual([]);
  });

  it('refuses a confirmation that is not a boolean', async () => {
    const answer = await call('POST', `/api/sites/${siteId}/publish`, { confirmSamples: 'yes' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].path).toBe('body/confirmSamples');
  });

  it('no longer lists a sample the person kept (the editor drops the flag when an item is edited or kept)', async () => {
    const before = (await call('POST', `/api/sites/${siteId}/publish`, {})).body.samples as { path: string }[];
    const { head: current } = await head();
    const patch = before.slice(0, 2).map((sample) => ({ op: 'remove', path: `${sample.path}/sample` }));
    expect((await call('POST', `/api/sites/${siteId}/commits`, { branch: 'main', base: current.id, patch })).status).toBe(201);
    const after = (await call('POST', `/api/sites/${siteId}/publish`, {})).body.samples as { path: string }[];
    expect(after.map((sample) => sample.path)).toEqual(before.slice(2).map((sample) => sample.path));
  });

  it('publishes the samples when the person confirms', async () => {
    const answer = await call('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    expect(answer.status).toBe(200);
    expect(answer.body.channel).toBe('production');
  });
});
