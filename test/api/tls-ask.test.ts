// GET /api/tls/ask — what Caddy's on-demand TLS asks before obtaining a certificate: yes (200, empty body) only
// for hostnames PageHub serves, 404 for everything else, and a per-IP limit. Verified custom domains are covered
// against a real DNS server in test/dns-verification.test.ts and through a real Caddy in test/caddy-tls.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, GENEROUS_RATE_LIMITS, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const PLATFORM_DOMAIN = 'pagehub.test';

describe.each(backends)('GET /api/tls/ask on $name', (backend) => {
  let harness: TestApp;
  let cookie = '';
  let siteId = '';
  let head = '';

  const ask = async (domain: string, ip = '192.0.2.1') => harness.app.request(new Request(`http://127.0.0.1:8080/api/tls/ask?domain=${encodeURIComponent(domain)}`, { headers: { 'x-forwarded-for': ip } }));
  const statusOf = async (domain: string) => (await ask(domain)).status;
  const owner = async (method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, any>;
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, { PLATFORM_DOMAIN }, { rateLimits: { ...GENEROUS_RATE_LIMITS, tlsAskPerIp: { points: 1000, duration: 60 } } });
    cookie = (await signUp(harness.app, 'owner@example.com')).cookie;
    const site = await owner('POST', '/api/sites', { subdomain: 'bakery', name: 'Bakery' });
    siteId = site.id as string;
    head = site.head as string;
  }, 120_000);
  afterAll(() => harness?.close());

  it("says yes to the platform's own hosts, with an empty body", async () => {
    for (const host of [`app.${PLATFORM_DOMAIN}`, PLATFORM_DOMAIN, `APP.${PLATFORM_DOMAIN.toUpperCase()}.`]) {
      const response = await ask(host);
      expect(response.status, host).toBe(200);
      expect(await response.text()).toBe('');
    }
  });

  it('says no to names it does not serve', async () => {
    for (const host of ['example.com', 'shop.example-bakery.com', `nobody.${PLATFORM_DOMAIN}`, `a.b.${PLATFORM_DOMAIN}`, `www.app.${PLATFORM_DOMAIN}`, '127.0.0.1', 'localhost']) {
      const response = await ask(host);
      expect(response.status, host).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('a pending custom domain gets no certificate', async () => {
    await owner('POST', `/api/sites/${siteId}/domains`, { hostname: 'shop.example-bakery.com' });
    expect(await statusOf('shop.example-bakery.com')).toBe(404);
  });

  it("says yes to a site's host only while a deployment is live, and to a branch preview while it is live", async () => {
    expect(await statusOf(`bakery.${PLATFORM_DOMAIN}`)).toBe(404);
    await owner('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    expect(await statusOf(`bakery.${PLATFORM_DOMAIN}`)).toBe(200);
    expect(await statusOf(`feature--bakery.${PLATFORM_DOMAIN}`)).toBe(404);

    await owner('POST', `/api/sites/${siteId}/branches`, { name: 'feature', from: head });
    await owner('POST', `/api/sites/${siteId}/publish`, { branch: 'feature', confirmSamples: true });
    expect(await statusOf(`feature--bakery.${PLATFORM_DOMAIN}`)).toBe(200);
    expect(await statusOf(`other--bakery.${PLATFORM_DOMAIN}`)).toBe(404);

    await owner('POST', `/api/sites/${siteId}/unpublish`);
    expect(await statusOf(`bakery.${PLATFORM_DOMAIN}`)).toBe(404);
  });

  it('answers 400 without a domain', async () => {
    const response = await harness.app.request(new Request('http://127.0.0.1:8080/api/tls/ask'));
    expect(response.status).toBe(400);
  });
});

describe('GET /api/tls/ask rate limit', () => {
  it('refuses a client IP that asks too often, with Retry-After; other IPs are unaffected', async () => {
    const [backend] = backends;
    const harness = await openTestApp(backend!, { PLATFORM_DOMAIN }, { rateLimits: { ...GENEROUS_RATE_LIMITS, tlsAskPerIp: { points: 3, duration: 60 } } });
    try {
      const ask = (ip: string) => harness.app.request(new Request(`http://127.0.0.1:8080/api/tls/ask?domain=app.${PLATFORM_DOMAIN}`, { headers: { 'x-forwarded-for': ip } }));
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await ask('192.0.2.7')).status).toBe(200);
      const refused = await ask('192.0.2.7');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await ask('192.0.2.8')).status).toBe(200);
    } finally {
      await harness.close();
    }
  });
});
