// The operator's Errors API and the limits per plan of the Settings screen, on both backends. Errors: a chat edit
// whose model answers invalid changes three times is refused and lands in the error log grouped by fingerprint —
// kind, route, count, first/last seen, a sample request id, the intent, attempts and what failed validation; a
// second one counts in the same group; one group's occurrences newest first; filters and cursor pages. Limits per
// plan: a ceiling set in Settings refuses (402) at once on this process and, through NOTIFY, on a second one;
// bad values are refused with the field named; lifting the ceiling lets the same request through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrorLog, createRuntimeSettings } from '../../src/admin/index.ts';
import { createModelRoles } from '../../src/ai/providers/index.ts';
import { createApp } from '../../src/http/index.ts';
import { createLogger } from '../../src/logger.ts';
import { backends } from '../support/backends.ts';
import { editFixtureSite } from '../support/edit-site.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

type Occurrence = { at: string; requestId: string | null; context: Record<string, unknown>; validationErrors: { path: string; message: string }[] | null };
type Group = { fingerprint: string; kind: string; route: string | null; message: string; count: number; firstSeen: string; lastSeen: string; sampleRequestId: string | null; stack: string; latest: Occurrence | null };

const INTENT = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const scriptHeadline = { summary: 'Hero headline', operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: '<script>alert(1)</script>' }], question: null };

describe.each(backends)('the Errors API on $name', (backend) => {
  let fake: FakeProvider;
  let h: TestApp;
  let admin = { cookie: '', userId: '' };
  let owner = { cookie: '', userId: '' };
  const call = async (path: string, cookie = admin.cookie, init: { method?: string; body?: unknown } = {}) => h.app.request(apiRequest(path, { cookie, ...init }));
  const json = async <T>(response: Response | Promise<Response>) => (await (await response).json()) as T;

  beforeAll(async () => {
    fake = await startFakeProvider();
    const roles = createModelRoles({ PAGEHUB_MODEL_INTENT: 'anthropic:claude-sonnet-4-5', PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5', PAGEHUB_MODEL_GENERATOR: 'offline', PAGEHUB_MODEL_IMAGE: 'offline', ANTHROPIC_API_KEY: 'key', ANTHROPIC_BASE_URL: fake.baseUrls.anthropic, AI_TIMEOUT_SECONDS: 5 });
    h = await openTestApp(backend, {}, { roles });
    admin = await signUp(h.app, 'errors-admin@example.com');
    owner = await signUp(h.app, 'errors-owner@example.com');
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  const failEdit = async (siteId: string, head: string) => {
    fake.enqueue({ kind: 'answer', value: INTENT }, ...Array.from({ length: 3 }, () => ({ kind: 'answer' as const, value: scriptHeadline })));
    const refused = await call(`/api/sites/${siteId}/edit`, owner.cookie, { method: 'POST', body: { prompt: 'Change the headline to <script>alert(1)</script>', base: head } });
    expect(refused.status).toBe(422);
    return refused.headers.get('x-request-id');
  };

  it('groups failed AI edits by fingerprint with the intent, attempts and validation errors, and lists each occurrence', async () => {
    const site = await json<{ id: string; head: string }>(call('/api/sites', owner.cookie, { method: 'POST', body: { subdomain: 'errors-cafe', document: editFixtureSite() } }));
    const firstRequest = await failEdit(site.id, site.head);
    const secondRequest = await failEdit(site.id, site.head);

    const listed = await json<{ groups: Group[]; nextCursor: string | null }>(call('/api/admin/errors?kind=ai_edit'));
    expect(listed.groups).toHaveLength(1);
    const [group] = listed.groups;
    expect(group).toMatchObject({ kind: 'ai_edit', route: 'POST /api/sites/:id/edit', count: 2 });
    expect(group!.message).toContain('failed validation');
    expect(new Date(group!.lastSeen).getTime()).toBeGreaterThanOrEqual(new Date(group!.firstSeen).getTime());
    expect(group!.stack).toMatch(/src\/ai\//);
    expect(group!.latest).toMatchObject({ context: { siteId: site.id, userId: owner.userId, code: 'AI_OUTPUT_REJECTED', intent: 'content_edit', attempts: 3, calls: 4 }, validationErrors: [expect.objectContaining({ path: 'operations/0/value' })] });
    if (secondRequest) expect(group!.sampleRequestId).toBe(secondRequest);
    // Nothing the person typed is kept: not the prompt, not their email.
    expect(JSON.stringify(listed)).not.toContain('Change the headline');
    expect(JSON.stringify(listed)).not.toContain('errors-owner@example.com');
    expect(JSON.stringify(listed)).not.toContain('alert(1)'); // nor what the model wrote

    const detail = await json<{ group: Group; occurrences: Occurrence[] }>(call(`/api/admin/errors/${group!.fingerprint}`));
    expect(detail.group.count).toBe(2);
    expect(detail.occurrences).toHaveLength(2);
    expect(new Date(detail.occurrences[0]!.at).getTime()).toBeGreaterThanOrEqual(new Date(detail.occurrences[1]!.at).getTime());
    if (firstRequest && secondRequest) expect(detail.occurrences.map((occurrence) => occurrence.requestId)).toEqual([secondRequest, firstRequest]);
  });

  it('filters by kind and time, pages with a cursor, and refuses bad filters and unknown groups', async () => {
    const log = createErrorLog({ db: h.database.db, logger: createLogger('silent') });
    for (const name of ['TypeError', 'RangeError', 'SyntaxError']) {
      const error = new Error(`boom ${name}`);
      error.name = name;
      await log.record({ source: 'http', error, route: 'GET /api/sites/:id', requestId: `req-${name}` });
    }
    await log.record({ source: 'job', error: new Error('The picture could not be read'), route: 'job pictures', context: { queue: 'pictures' } });

    const first = await json<{ groups: Group[]; nextCursor: string | null }>(call('/api/admin/errors?kind=http&limit=2'));
    expect(first.groups).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await json<{ groups: Group[]; nextCursor: string | null }>(call(`/api/admin/errors?kind=http&limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`));
    expect(second.groups).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.groups, ...second.groups];
    expect(new Set(seen.map((group) => group.fingerprint)).size).toBe(3);
    expect(seen.every((group) => group.kind === 'http')).toBe(true);
    expect(seen.map((group) => group.sampleRequestId).sort()).toEqual(['req-RangeError', 'req-SyntaxError', 'req-TypeError']);

    const jobs = await json<{ groups: Group[] }>(call('/api/admin/errors?kind=job'));
    expect(jobs.groups.map((group) => group.route)).toEqual(['job pictures']);
    const all = await json<{ groups: Group[] }>(call('/api/admin/errors'));
    expect(all.groups.length).toBe(5);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await json<{ groups: Group[] }>(call(`/api/admin/errors?since=${future}`))).groups).toEqual([]);

    expect((await call('/api/admin/errors?kind=crash')).status).toBe(400);
    expect((await call('/api/admin/errors?since=yesterday')).status).toBe(400);
    expect((await call('/api/admin/errors/not-a-fingerprint')).status).toBe(400);
    expect((await call(`/api/admin/errors/${'0'.repeat(32)}`)).status).toBe(404);
    // Everyone but a platform admin gets the 404 of an unknown address.
    expect((await call('/api/admin/errors', owner.cookie)).status).toBe(404);
    expect((await call(`/api/admin/errors/${seen[0]!.fingerprint}`, owner.cookie)).status).toBe(404);
  });
});

describe.each(backends)('limits per plan in Settings on $name', (backend) => {
  let h: TestApp;
  let admin = { cookie: '', userId: '' };
  const call = async (app: TestApp['app'], method: string, path: string, cookie?: string, body?: unknown) => app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) }));

  beforeAll(async () => {
    h = await openTestApp(backend);
    admin = await signUp(h.app, 'limits-admin@example.com');
  });
  afterAll(() => h?.close());

  it('refuses past a ceiling set for the plan at once, here and on a second process, and lets through once lifted', async () => {
    const second = createRuntimeSettings(h.database, h.config, { maxAgeMs: 60_000 });
    const stop = await second.listen();
    try {
      const other = createApp({ config: h.config, database: h.database, auth: h.auth, logger: createLogger('silent'), settings: second });
      const rae = await signUp(h.app, 'rae@example.com');
      expect((await call(h.app, 'POST', '/api/sites', rae.cookie, { subdomain: 'rae-one', name: 'Rae one' })).status).toBe(201);
      // The second process reads (and caches) the settings before the change.
      expect(((await (await call(other, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: { limits: unknown } }).settings.limits).toEqual({});

      // While billing is off every account is on the server's default plan (Unlimited): one site at most.
      const changed = await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { limits: { unlimited: { sites: 1 } } });
      expect(changed.status).toBe(200);
      expect(((await changed.json()) as { settings: { limits: unknown } }).settings.limits).toEqual({ unlimited: { sites: 1 } });
      const refused = await call(h.app, 'POST', '/api/sites', rae.cookie, { subdomain: 'rae-two', name: 'Rae two' });
      expect(refused.status).toBe(402);
      expect(((await refused.json()) as { detail: string }).detail).toBe('Your plan includes 1 site, and you have 1.');
      const started = Date.now();
      await expect.poll(async () => (await call(other, 'POST', '/api/sites', rae.cookie, { subdomain: 'rae-two', name: 'Rae two' })).status, { timeout: 2000, interval: 50 }).toBe(402);
      expect(Date.now() - started).toBeLessThan(2000);
      const billing = (await (await call(h.app, 'GET', '/api/billing', rae.cookie)).json()) as { limits: { sites: number | null; customDomains: number | null } };
      expect(billing.limits).toMatchObject({ sites: 1, customDomains: null });

      // A per-account override still wins over the plan's ceiling.
      await call(h.app, 'PUT', `/api/admin/accounts/${rae.userId}/limits`, admin.cookie, { limits: { sites: 2 } });
      expect((await call(h.app, 'POST', '/api/sites', rae.cookie, { subdomain: 'rae-two', name: 'Rae two' })).status).toBe(201);
      expect((await call(h.app, 'POST', '/api/sites', rae.cookie, { subdomain: 'rae-three', name: 'Rae three' })).status).toBe(402);

      // Lifting it (null: no ceiling) lets the same request through on both processes.
      await call(h.app, 'PUT', `/api/admin/accounts/${rae.userId}/limits`, admin.cookie, { limits: {} });
      expect((await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { limits: { unlimited: { sites: null } } })).status).toBe(200);
      await expect.poll(async () => ((await (await call(other, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: { limits: unknown } }).settings.limits, { timeout: 2000, interval: 50 }).toEqual({ unlimited: { sites: null } });
      expect((await call(other, 'POST', '/api/sites', rae.cookie, { subdomain: 'rae-three', name: 'Rae three' })).status).toBe(201);

      // The plans' own limits, which the Settings screen shows beside the fields, are not changed by the setting.
      const plans = (await (await call(h.app, 'GET', '/api/admin/plans', admin.cookie)).json()) as { plans: { id: string; limits: Record<string, number | null> }[] };
      expect(plans.plans.map((plan) => plan.id)).toEqual(['free', 'starter', 'pro', 'business', 'unlimited']);
      expect(plans.plans.find((plan) => plan.id === 'free')?.limits).toMatchObject({ sites: 3, publishedSites: 1, customDomains: 0 });
      expect(plans.plans.find((plan) => plan.id === 'unlimited')?.limits.sites).toBeNull();
      expect((await call(h.app, 'GET', '/api/admin/plans', rae.cookie)).status).toBe(404);

      const audit = (await (await call(h.app, 'GET', '/api/admin/audit?action=admin.settings', admin.cookie)).json()) as { entries: { details: unknown }[] };
      expect(audit.entries.map((entry) => entry.details)).toEqual([{ change: { limits: { unlimited: { sites: null } } } }, { change: { limits: { unlimited: { sites: 1 } } } }]);
    } finally {
      await stop();
    }
  });

  it('refuses unknown plans and limits and bad numbers with the field named, and changes nothing', async () => {
    const refusal = async (limits: unknown) => {
      const response = await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { limits });
      expect(response.status).toBe(400);
      return ((await response.json()) as { errors: { path: string }[] }).errors.map((error) => error.path);
    };
    expect(await refusal({ free: { sites: -1 } })).toEqual(['body/limits/free/sites']);
    expect(await refusal({ free: { sites: 1.5 } })).toEqual(['body/limits/free/sites']);
    expect((await refusal({ gold: { sites: 1 } }))[0]).toMatch(/^body\/limits/);
    expect((await refusal({ free: { rockets: 1 } }))[0]).toMatch(/^body\/limits\/free/);
    const now = (await (await call(h.app, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: { limits: unknown } };
    expect(now.settings.limits).toEqual({ unlimited: { sites: null } });
  });
});
