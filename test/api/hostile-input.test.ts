// Every operation of GET /api/openapi.json, probed as the site's owner and as a signed-in stranger with NUL bytes,
// broken UTF-16 and percent-encoding in each parameter and body string, "__proto__" pointers and keys,
// 10,000-level nesting and oversized bodies (test/support/openapi-probes.ts). No answer may be a server error;
// every refusal is problem+json — except better-auth's own answers under /api/auth/*, which keep better-auth's
// format once a request is past PageHub's guards (README, "HTTP API"). Afterwards the server still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { allProbes, type OpenApiDocument, type Probe } from '../support/openapi-probes.ts';
import { publishDirectly } from '../support/publish-directly.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

describe.each(backends)('hostile input to every operation on $name', (backend) => {
  let harness: TestApp;
  const callers: Record<'owner' | 'stranger', string> = { owner: '', stranger: '' };
  let siteId = '';

  /** The site's head commit, or null once the site is gone (a probe that got through could delete it). */
  const head = async () => ((await (await harness.app.request(apiRequest(`/api/sites/${siteId}`, { cookie: callers.owner }))).json()) as { head?: { id: string } }).head?.id ?? null;

  beforeAll(async () => {
    harness = await openTestApp(backend, { DNS_SERVERS: '127.0.0.1:9', AI_GENERATIONS_PER_HOUR: '10000', AI_EDITS_PER_HOUR: '10000' });
    callers.owner = (await signUp(harness.app, 'owner@example.com')).cookie;
    callers.stranger = (await signUp(harness.app, 'stranger@example.com')).cookie;
    const created = await harness.app.request(apiRequest('/api/sites', { method: 'POST', cookie: callers.owner, body: { subdomain: 'probed', name: 'Probed Bakery' } }));
    expect(created.status).toBe(201);
    const site = (await created.json()) as { id: string; head: string };
    siteId = site.id;
    await publishDirectly(harness.database.db, siteId, site.head);
  }, 120_000);
  afterAll(() => harness?.close());

  const send = (probe: Probe, cookie: string) =>
    harness.app.request(
      new Request(new URL(probe.url, TEST_PUBLIC_URL), {
        method: probe.method,
        headers: { origin: TEST_PUBLIC_URL, accept: 'application/json', cookie, ...(probe.contentType ? { 'content-type': probe.contentType } : {}) },
        ...(probe.body === undefined ? {} : { body: probe.body }),
      }),
    );

  it('answers every probe without a server error, refusals as problem+json, and stays healthy', async () => {
    const document = (await (await harness.app.request(apiRequest('/api/openapi.json'))).json()) as OpenApiDocument;
    const failures: string[] = [];
    let sent = 0;
    for (const [callerName, cookie] of Object.entries(callers)) {
      // Benign values around the hostile part: the real site, its current head, its contact form.
      const benign = { id: siteId, siteId, base: (await head()) ?? 'gone', branch: 'main', into: 'main', formId: 'contact-form' };
      // Account routes last: a probe that got through to sign-out would end the caller's session for the rest.
      const operations = allProbes(document, benign).sort((a, b) => Number(a.operation.includes(' /api/auth/')) - Number(b.operation.includes(' /api/auth/')));
      for (const { operation, probes } of operations) {
        for (const probe of probes) {
          sent += 1;
          const response = await send(probe, cookie);
          const type = response.headers.get('content-type') ?? '';
          // An event stream (GET …/live) that accepted the probe stays open: its status is the answer.
          const text = type.includes('text/event-stream') ? '' : await response.text();
          if (type.includes('text/event-stream')) await response.body?.cancel();
          const where = `${callerName} ${operation} — ${probe.label}: ${response.status}`;
          if (response.status >= 500) failures.push(`${where} ${text.slice(0, 200)}`);
          else if (response.status >= 400 && !type.includes('application/problem+json') && !operation.includes(' /api/auth/')) failures.push(`${where} answered ${type || 'no content type'}`);
        }
      }
    }
    expect(failures).toEqual([]);
    console.info(`${backend.name}: ${sent} hostile probes over ${Object.keys(document.paths).length} paths, no server error`);
    expect(sent).toBeGreaterThan(1_000);
    expect(await head(), 'the probed site survived every probe').not.toBeNull();
    expect(harness.logs.filter((line) => line.level === 50)).toEqual([]);

    // Still healthy, and the owner's site still takes an ordinary change and its undo.
    expect((await harness.app.request(apiRequest('/api/health'))).status).toBe(200);
    const commit = await harness.app.request(apiRequest(`/api/sites/${siteId}/commits`, { method: 'POST', cookie: callers.owner, body: { branch: 'main', base: await head(), patch: [{ op: 'replace', path: '/business/tagline', value: 'Still here' }] } }));
    expect(commit.status, await commit.clone().text()).toBe(201);
    expect((await harness.app.request(apiRequest(`/api/sites/${siteId}/undo`, { method: 'POST', cookie: callers.owner, body: { branch: 'main' } }))).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);
});
