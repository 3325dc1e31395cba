// Site access by construction (src/http/site-access.ts): every route under /api/sites/{id}/… reaches its site
// through the site handle. The routes are not listed here — they come from the app: its OpenAPI document, and
// Hono's own route list, so that no site route escapes the document — and each one is called with a
// well-formed request (test/support/openapi-probes.ts). As a signed-in stranger each answers 404 with the
// problem and nothing of the site, and its log line shows that the handle was asked (`siteAccess`); as a viewer
// the handle is asked too, and its refusals are the answers. The way around the handle is explicit: visitors'
// form posts and Caddy's question record the system's reason. The last test proves the check can fail: routes
// added beside the handle — one reading the site itself, one checking membership by hand, one left out of the
// OpenAPI document — are each named.
import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSiteRole } from '../../src/auth/index.ts';
import { type App, requireUser } from '../../src/http/index.ts';
import type { Db } from '../../src/store/index.ts';
import { backends, type Backend } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { type OpenApiDocument, wellFormedRequest } from '../support/openapi-probes.ts';
import { publishDirectly } from '../support/publish-directly.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

const SITE_NAME = 'Hidden Bakery';
const SUBDOMAIN = 'hidden-bakery';
const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'requestId', 'errors']);

interface World {
  harness: TestApp;
  siteId: string;
  head: string;
  cookies: Record<'owner' | 'viewer' | 'stranger', string>;
  ownerId: string;
}

/** A fresh app with one published site, its owner, a viewer and a signed-in stranger. `extend` may add routes first. */
async function openWorld(backend: Backend, extend?: (app: App, db: Db) => void): Promise<World> {
  const harness = await openTestApp(backend, { DNS_SERVERS: '127.0.0.1:9' });
  extend?.(harness.app, harness.database.db);
  const owner = await signUp(harness.app, 'owner@example.com');
  const viewer = await signUp(harness.app, 'viewer@example.com');
  const stranger = await signUp(harness.app, 'stranger@example.com');
  const created = await harness.app.request(apiRequest('/api/sites', { method: 'POST', cookie: owner.cookie, body: { subdomain: SUBDOMAIN, name: SITE_NAME } }));
  expect(created.status).toBe(201);
  const site = (await created.json()) as { id: string; head: string };
  await addMember(harness, site.id, owner.cookie, { email: 'viewer@example.com', cookie: viewer.cookie }, 'viewer');
  await publishDirectly(harness.database.db, site.id, site.head);
  return { harness, siteId: site.id, head: site.head, cookies: { owner: owner.cookie, viewer: viewer.cookie, stranger: stranger.cookie }, ownerId: owner.userId };
}

let requests = 0;

/** Sends `probe` as the holder of `cookie`; resolves with the answer and the site access its log line records. */
async function send(world: World, probe: ReturnType<typeof wellFormedRequest>, cookie: string) {
  requests += 1;
  const requestId = `site-access-${requests}`;
  const response = await world.harness.app.request(
    new Request(new URL(probe.url, TEST_PUBLIC_URL), {
      method: probe.method,
      headers: { origin: TEST_PUBLIC_URL, accept: 'application/json', cookie, 'x-request-id': requestId, ...(probe.contentType ? { 'content-type': probe.contentType } : {}) },
      ...(probe.body === undefined ? {} : { body: probe.body }),
    }),
  );
  // An event stream (GET …/live) stays open: its status and headers are the answer.
  const isStream = response.headers.get('content-type')?.includes('text/event-stream') === true;
  const text = isStream ? '' : await response.text();
  if (isStream) await response.body?.cancel();
  const line = world.harness.logs.find((entry) => entry.msg === 'request' && entry.requestId === requestId);
  return { status: response.status, text, access: line?.siteAccess as Record<string, unknown> | undefined };
}

/** Every way a site route of the app gets around the site handle, and the operations checked. */
async function siteRouteFailures(world: World): Promise<{ operations: string[]; failures: string[] }> {
  const { harness, siteId } = world;
  const document = (await (await harness.app.request(apiRequest('/api/openapi.json'))).json()) as OpenApiDocument;
  const isSiteRoute = (template: string) => template === '/api/sites/{id}' || template.startsWith('/api/sites/{id}/');
  const failures: string[] = [];

  // Hono's own list: a site route registered outside the OpenAPI document would escape the calls below.
  const documented = new Set(Object.entries(document.paths).flatMap(([template, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${template}`)));
  for (const route of harness.app.routes) {
    const key = `${route.method} ${route.path.replace(/:([A-Za-z]\w*)/g, '{$1}')}`;
    if (route.method !== 'ALL' && isSiteRoute(key.split(' ')[1]!) && !documented.has(key)) failures.push(`${key}: not in the OpenAPI document, so not checked`);
  }

  const benign = { id: siteId, base: world.head, commit: world.head, from: world.head, to: world.head, branch: 'main', into: 'main', userId: world.ownerId, submissionId: '1', hostname: 'shop.example.com', file: '960.webp' };
  const operations: string[] = [];
  for (const [template, methods] of Object.entries(document.paths).filter(([template]) => isSiteRoute(template))) {
    for (const [method, operation] of Object.entries(methods)) {
      const where = `${method.toUpperCase()} ${template}`;
      operations.push(where);
      const probe = wellFormedRequest(document, method, template, operation, benign);

      const stranger = await send(world, probe, world.cookies.stranger);
      if (stranger.status !== 404) failures.push(`stranger ${where}: ${stranger.status} ${stranger.text.slice(0, 200)}`);
      else {
        const problem = JSON.parse(stranger.text) as Record<string, unknown>;
        const extra = Object.keys(problem).filter((key) => !PROBLEM_MEMBERS.has(key));
        if (problem.code !== 'NOT_FOUND' || extra.length > 0 || stranger.text.includes(SITE_NAME) || stranger.text.includes(SUBDOMAIN)) failures.push(`stranger ${where}: says more than "not found": ${stranger.text}`);
      }
      if (stranger.access?.siteId !== siteId || stranger.access.outcome !== 'NOT_FOUND') failures.push(`stranger ${where}: the site handle was not asked (siteAccess: ${JSON.stringify(stranger.access)})`);

      // A viewer may read, not change: no call below changes the site. Whatever the route lets a viewer do, it asked.
      const viewer = await send(world, probe, world.cookies.viewer);
      if (viewer.access?.siteId !== siteId || typeof viewer.access.minimumRole !== 'string') failures.push(`viewer ${where}: the site handle was not asked (siteAccess: ${JSON.stringify(viewer.access)})`);
      else if (viewer.status >= 500 || (viewer.access.outcome === 'FORBIDDEN' && viewer.status !== 403) || (viewer.access.outcome === 'NOT_FOUND' && viewer.status !== 404)) {
        failures.push(`viewer ${where}: ${viewer.status} after the handle answered ${String(viewer.access.outcome)}: ${viewer.text.slice(0, 200)}`);
      }
    }
  }
  return { operations, failures };
}

describe.each(backends)('site access on $name', (backend) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(backend);
  }, 120_000);
  afterAll(() => world?.harness.close());

  it('every /api/sites/{id}/… route reaches the site through the site handle: 404 and nothing else for a stranger', async () => {
    const { operations, failures } = await siteRouteFailures(world);
    expect(failures).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(30);
    expect(operations).toEqual(expect.arrayContaining(['GET /api/sites/{id}', 'POST /api/sites/{id}/commits', 'GET /api/sites/{id}/submissions', 'POST /api/sites/{id}/publish', 'DELETE /api/sites/{id}/members/{userId}']));
    // The site is as it was: nobody but the owner changed anything.
    const site = await world.harness.app.request(apiRequest(`/api/sites/${world.siteId}`, { cookie: world.cookies.owner }));
    expect(((await site.json()) as { head: { id: string } }).head.id).toBe(world.head);
  }, 120_000);

  it('records a member granted access, with the role the route asked for', async () => {
    const owner = await send(world, { label: 'get', method: 'GET', url: `/api/sites/${world.siteId}/members` }, world.cookies.owner);
    expect(owner.status).toBe(200);
    expect(owner.access).toEqual({ siteId: world.siteId, minimumRole: 'viewer', outcome: 'granted' });
    const viewer = await send(world, { label: 'get', method: 'GET', url: `/api/sites/${world.siteId}/submissions` }, world.cookies.viewer);
    // Visitors' messages are for editors and owners: a viewer is told which role it takes.
    expect(viewer.status).toBe(403);
    expect(viewer.access).toEqual({ siteId: world.siteId, minimumRole: 'editor', outcome: 'FORBIDDEN' });
  });

  it("visitors' form posts and Caddy's question go around the handle only as the system, with a reason", async () => {
    const posted = await send(world, { label: 'form', method: 'POST', url: `/api/forms/${world.siteId}/contact-form`, contentType: 'application/json', body: JSON.stringify({ name: 'Ann', email: 'ann@example.com', message: 'Hello' }) }, '');
    expect(posted.status, posted.text).toBe(200);
    expect(posted.access).toEqual({ siteId: world.siteId, system: 'a visitor posts a published form' });
    const asked = await send(world, { label: 'tls', method: 'GET', url: '/api/tls/ask?domain=app.localhost' }, '');
    expect(asked.status).toBe(200);
    expect(asked.access).toEqual({ siteId: null, system: expect.stringContaining('Caddy') });
  });

  it('names every route that reaches a site beside the handle', async () => {
    const sideRoute = (path: string, operationId: string) =>
      createRoute({ method: 'get', path, operationId, tags: ['test'], request: { params: z.object({ id: z.string() }) }, responses: { 200: { description: 'The site', content: { 'application/json': { schema: z.object({}).loose() } } } } });
    const other = await openWorld(backend, (app, db) => {
      app.openapi(sideRoute('/api/sites/{id}/beside-the-handle', 'besideTheHandle'), async (c) => {
        requireUser(c);
        const site = await db.selectFrom('sites').selectAll().where('id', '=', c.req.valid('param').id).executeTakeFirst();
        return c.json({ site: site ?? null }, 200);
      });
      app.openapi(sideRoute('/api/sites/{id}/checked-by-hand', 'checkedByHand'), async (c) => {
        const { site } = await requireSiteRole(db, { userId: requireUser(c).id }, c.req.valid('param').id, 'viewer');
        return c.json({ name: site.name }, 200);
      });
      app.get('/api/sites/:id/undocumented', (c) => c.json({}));
    });
    try {
      const { failures } = await siteRouteFailures(other);
      expect(failures).toEqual([
        'GET /api/sites/{id}/undocumented: not in the OpenAPI document, so not checked',
        expect.stringMatching(/^stranger GET \/api\/sites\/\{id\}\/beside-the-handle: 200 \{"site":\{"id":/),
        'stranger GET /api/sites/{id}/beside-the-handle: the site handle was not asked (siteAccess: undefined)',
        'viewer GET /api/sites/{id}/beside-the-handle: the site handle was not asked (siteAccess: undefined)',
        'stranger GET /api/sites/{id}/checked-by-hand: the site handle was not asked (siteAccess: undefined)',
        'viewer GET /api/sites/{id}/checked-by-hand: the site handle was not asked (siteAccess: undefined)',
      ]);
    } finally {
      await other.harness.close();
    }
  }, 120_000);
});
