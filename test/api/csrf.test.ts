// CSRF: a state-changing /api request must come from a trusted origin (Origin, else Referer) and carry JSON or no
// body; visitors' form posts are the exception. SameSite=Lax alone let a foreign page's JSON commit through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

const EVIL = 'https://evil.example';

describe('CSRF on the API', () => {
  let harness: TestApp;
  let cookie = '';
  let siteId = '';
  let head = '';

  /** A request with exactly the headers given (no default Origin). */
  const raw = (path: string, { method = 'POST', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    harness.app.request(new Request(new URL(path, TEST_PUBLIC_URL), { method, headers: { cookie, ...headers }, ...(body === undefined ? {} : { body }) }));
  const commitBody = (tagline: string) => JSON.stringify({ branch: 'main', base: head, patch: [{ op: 'replace', path: '/business/tagline', value: tagline }] });
  const tagline = async () => ((await (await harness.app.request(apiRequest(`/api/sites/${siteId}`, { cookie }))).json()) as { document: { business: { tagline: string } } }).document.business.tagline;

  beforeAll(async () => {
    harness = await openTestApp(backends[0]!);
    ({ cookie } = await signUp(harness.app, 'owner@example.com'));
    const created = await harness.app.request(apiRequest('/api/sites', { method: 'POST', cookie, body: { subdomain: 'csrf-bakery', name: 'Bakery' } }));
    ({ id: siteId, head } = (await created.json()) as { id: string; head: string });
  }, 60_000);
  afterAll(() => harness?.close());

  it('refuses a JSON commit sent with a foreign Origin, and changes nothing; the same commit from the editor lands', async () => {
    const before = await tagline();
    const refused = await raw(`/api/sites/${siteId}/commits`, { headers: { origin: EVIL, 'content-type': 'application/json' }, body: commitBody('Hacked') });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('CROSS_ORIGIN_REQUEST');
    expect(problem.detail).toContain(EVIL);
    expect(await tagline()).toBe(before);

    const accepted = await raw(`/api/sites/${siteId}/commits`, { headers: { origin: TEST_PUBLIC_URL, 'content-type': 'application/json' }, body: commitBody('Fresh bread daily') });
    expect(accepted.status).toBe(201);
    head = ((await accepted.json()) as { commit: { id: string } }).commit.id;
    expect(await tagline()).toBe('Fresh bread daily');
  });

  it('falls back to Referer when Origin is missing; refuses neither, a foreign Referer and the opaque "null" Origin', async () => {
    const fromEditorPage = await raw(`/api/sites/${siteId}/undo`, { headers: { referer: `${TEST_PUBLIC_URL}/sites/${siteId}/edit`, 'content-type': 'application/json' }, body: '{"branch":"main"}' });
    expect(fromEditorPage.status).toBe(200);
    const attempts: Record<string, string>[] = [{}, { referer: `${EVIL}/page` }, { origin: 'null' }, { origin: 'not a url' }];
    for (const headers of attempts) {
      const response = await raw(`/api/sites/${siteId}/redo`, { headers: { ...headers, 'content-type': 'application/json' }, body: '{"branch":"main"}' });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('CROSS_ORIGIN_REQUEST');
    }
  });

  it('takes body-less POSTs with JSON or no Content-Type only — never a form a foreign page could send', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
      const fromEvil = await raw(`/api/sites/${siteId}/redo`, { headers: { origin: EVIL, 'content-type': type }, body: '' });
      expect(fromEvil.status, type).toBe(403);
      const fromEditor = await raw(`/api/sites/${siteId}/redo`, { headers: { origin: TEST_PUBLIC_URL, 'content-type': type }, body: '' });
      expect(fromEditor.status, type).toBe(415);
    }
    const noType = await raw(`/api/sites/${siteId}/redo`, { headers: { origin: TEST_PUBLIC_URL } });
    expect(noType.status).toBe(200);
  });

  it('leaves reads alone and lets visitors post published forms from their own hosts', async () => {
    expect((await raw(`/api/sites/${siteId}`, { method: 'GET' })).status).toBe(200);
    // Not published: the visitor's post reaches the form route (404 FORM_NOT_FOUND), not the CSRF check.
    const visitor = await raw(`/api/forms/${siteId}/contact-form`, { headers: { origin: 'http://csrf-bakery.localhost:8080', 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: 'name=Ann' });
    expect(visitor.status).toBe(404);
    expect(((await visitor.json()) as { code: string }).code).toBe('FORM_NOT_FOUND');
  });

  it('trusts the editor dev server on another loopback port only on a developer machine', async () => {
    const devServer = await raw(`/api/sites/${siteId}/undo`, { headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' }, body: '{"branch":"main"}' });
    expect(devServer.status).toBe(200);
    const production = await openTestApp(backends[0]!, { PUBLIC_URL: 'https://app.pagehub.example', PLATFORM_DOMAIN: 'pagehub.example' });
    try {
      const fromLocalhost = await production.app.request(new Request('https://app.pagehub.example/api/sites', { method: 'POST', headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' }, body: '{}' }));
      expect(fromLocalhost.status).toBe(403);
      const fromPublicUrl = await production.app.request(new Request('https://app.pagehub.example/api/sites', { method: 'POST', headers: { origin: 'https://app.pagehub.example', 'content-type': 'application/json' }, body: '{"subdomain":"anything","name":"A site"}' }));
      expect(fromPublicUrl.status).toBe(401); // past the CSRF check; signed out
    } finally {
      await production.close();
    }
  });
});
