// Renaming a site's subdomain (PATCH /api/sites/{id}): owners only, validated and checked like creation; the old
// name keeps redirecting (301, same path) to the new one for 30 days and is refused to other sites meanwhile.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBlobStore } from '../../src/assets/index.ts';
import { startSiteServer } from '../../src/publish/index.ts';
import { backends } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { siteRequest } from '../support/site-request.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const DAY = 24 * 60 * 60 * 1000;

describe.each(backends)('renaming a subdomain on $name', (backend) => {
  let harness: TestApp;
  let now = new Date('2026-03-01T12:00:00Z');
  const clock = () => now;
  let owner = { cookie: '', userId: '' };
  let editor = { cookie: '', userId: '' };
  let siteId = '';

  const call = async (method: string, path: string, { body, cookie = owner.cookie }: { body?: unknown; cookie?: string } = {}) => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, {}, { clock });
    owner = await signUp(harness.app, 'owner@example.com');
    editor = await signUp(harness.app, 'editor@example.com');
    siteId = (await call('POST', '/api/sites', { body: { subdomain: 'crumb', name: 'Crumb bakery', template: 'bakery' } })).body.id as string;
    expect((await call('POST', '/api/sites', { body: { subdomain: 'taken-name', name: 'Other' } })).status).toBe(201);
    await addMember(harness, siteId, owner.cookie, { email: 'editor@example.com', cookie: editor.cookie }, 'editor');
  }, 120_000);
  afterAll(() => harness?.close());

  it('lets an editor rename the site but not change its address; refuses invalid and taken names', async () => {
    const renamed = await call('PATCH', `/api/sites/${siteId}`, { body: { name: 'Crumb & Co' }, cookie: editor.cookie });
    expect([renamed.status, renamed.body.site?.name, renamed.body.site?.subdomain]).toEqual([200, 'Crumb & Co', 'crumb']);
    const forbidden = await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'crumb-bakery' }, cookie: editor.cookie });
    expect(forbidden.status).toBe(403);
    const invalid = await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'Bad--Name' } });
    expect([invalid.status, invalid.body.errors?.[0]?.path]).toEqual([400, 'body/subdomain']);
    const reserved = await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'admin' } });
    expect([reserved.status, reserved.body.errors?.[0]?.path]).toEqual([400, 'body/subdomain']);
    expect((await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'taken-name' } })).status).toBe(409);
    expect((await call('GET', `/api/sites/${siteId}`)).body.site.subdomain).toBe('crumb');
  });

  it('moves a published site to the new address; the old one answers 301 for 30 days, then 404, and is held for the site meanwhile', async () => {
    expect((await call('POST', `/api/sites/${siteId}/publish`, { body: { confirmSamples: true } })).status).toBe(200);
    const renamed = await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'crumb-bakery' } });
    expect([renamed.status, renamed.body.site?.subdomain]).toEqual([200, 'crumb-bakery']);
    expect((await call('GET', `/api/sites/${siteId}`)).body.site.subdomain).toBe('crumb-bakery');

    // The old name is refused to anyone else while it redirects…
    expect((await call('GET', '/api/subdomains/crumb')).body).toMatchObject({ isAvailable: false });
    expect((await call('POST', '/api/sites', { body: { subdomain: 'crumb', name: 'Copycat' }, cookie: editor.cookie })).status).toBe(409);
    const other = (await call('GET', '/api/sites')).body.sites.find((site: { subdomain: string }) => site.subdomain === 'taken-name');
    expect((await call('PATCH', `/api/sites/${other.id}`, { body: { subdomain: 'crumb' } })).status).toBe(409);
    // …and Caddy may get it a certificate.
    expect((await call('GET', `/api/tls/ask?domain=crumb.${harness.config.PLATFORM_DOMAIN}`)).status).toBe(200);

    const server = await startSiteServer({ database: harness.database, blobs: openBlobStore(harness.config), config: harness.config, listenForChanges: false, clock });
    const http = createServer(server.handler((_request, response) => response.writeHead(404).end()));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const domain = harness.config.PLATFORM_DOMAIN;
      expect((await siteRequest(port, `crumb-bakery.${domain}:${port}`, '/')).status).toBe(200);
      const old = await siteRequest(port, `crumb.${domain}:${port}`, '/about/?from=card');
      expect([old.status, old.headers.location]).toEqual([301, `http://crumb-bakery.${domain}:${port}/about/?from=card`]);

      now = new Date(now.getTime() + 30 * DAY + 1000);
      expect((await siteRequest(port, `crumb.${domain}:${port}`, '/')).status).toBe(404);
      expect((await siteRequest(port, `crumb-bakery.${domain}:${port}`, '/')).status).toBe(200);
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
    }
    expect((await call('GET', `/api/tls/ask?domain=crumb.${harness.config.PLATFORM_DOMAIN}`)).status).toBe(404);
    expect((await call('GET', '/api/subdomains/crumb')).body).toMatchObject({ isAvailable: true });
  });

  it('renaming back to its own old name ends that redirect', async () => {
    expect((await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'crumb-two' } })).status).toBe(200);
    expect((await call('GET', '/api/subdomains/crumb-bakery')).body).toMatchObject({ isAvailable: false });
    const back = await call('PATCH', `/api/sites/${siteId}`, { body: { subdomain: 'crumb-bakery' } });
    expect([back.status, back.body.site?.subdomain]).toEqual([200, 'crumb-bakery']);
    expect((await call('GET', '/api/subdomains/crumb-two')).body).toMatchObject({ isAvailable: false });
    const rows = await harness.database.db.selectFrom('subdomain_redirects').select('subdomain').where('site_id', '=', siteId).where('expires_at', '>', now).execute();
    expect(rows.map((row) => row.subdomain)).toEqual(['crumb-two']);
  });
});
