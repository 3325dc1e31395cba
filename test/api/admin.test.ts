// The operator's API on both backends: suspending an account (its sessions end, signing in is refused, its published
// sites show the paused page; lifting it brings all back), per-account limits, the audit log's filters and CSV,
// the dashboard's figures, paging through accounts, a password-reset mail, and unpublishing a site for abuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntimeSettings } from '../../src/admin/index.ts';
import { createApp } from '../../src/http/index.ts';
import { createLogger } from '../../src/logger.ts';
import { backends } from '../support/backends.ts';
import { apiRequest, cookiesFrom, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

describe.each(backends)('the operator’s API on $name', (backend) => {
  let h: TestApp;
  let admin = { cookie: '', userId: '' };
  const call = async (method: string, path: string, cookie?: string, body?: unknown) => h.app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) }));
  const json = async <T>(response: Response | Promise<Response>) => (await (await response).json()) as T;
  const signIn = (email: string) => call('POST', '/api/auth/sign-in/email', undefined, { email, password: 'correct horse battery' });

  beforeAll(async () => {
    h = await openTestApp(backend);
    admin = await signUp(h.app, 'operator@example.com'); // the first account runs the platform
  });
  afterAll(() => h?.close());

  it('suspends an account: its sessions end, it can’t sign in, its published site pauses; lifting brings all back', async () => {
    const sam = await signUp(h.app, 'sam@example.com');
    const site = await json<{ id: string }>(call('POST', '/api/sites', sam.cookie, { subdomain: 'sam-shop', name: 'Sam shop' }));
    expect((await call('POST', `/api/sites/${site.id}/publish`, sam.cookie, { confirmSamples: true })).status).toBe(200);

    const suspended = await call('POST', `/api/admin/accounts/${sam.userId}/suspend`, admin.cookie, { reason: 'Selling counterfeit goods' });
    expect(await suspended.json()).toEqual({ pausedSites: 1 });
    expect((await call('GET', '/api/sites', sam.cookie)).status).toBe(401);
    const refused = await signIn('sam@example.com');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('suspended');
    const row = await h.database.db.selectFrom('sites').select(['paused_reason']).where('id', '=', site.id).executeTakeFirstOrThrow();
    expect(row.paused_reason).toBe('suspended');
    const listed = await json<{ accounts: { id: string; suspended: { reason: string } | null }[] }>(call('GET', '/api/admin/accounts?q=sam@', admin.cookie));
    expect(listed.accounts).toEqual([expect.objectContaining({ id: sam.userId, suspended: expect.objectContaining({ reason: 'Selling counterfeit goods' }) })]);
    // The admin can't lock themselves out.
    expect((await call('POST', `/api/admin/accounts/${admin.userId}/suspend`, admin.cookie, { reason: 'oops, me' })).status).toBe(400);

    expect(await json(call('POST', `/api/admin/accounts/${sam.userId}/unsuspend`, admin.cookie))).toEqual({ resumedSites: 1 });
    const back = await signIn('sam@example.com');
    expect(back.status).toBe(200);
    expect((await call('GET', '/api/sites', cookiesFrom(back))).status).toBe(200);
    expect((await h.database.db.selectFrom('sites').select(['paused_at']).where('id', '=', site.id).executeTakeFirstOrThrow()).paused_at).toBeNull();
    expect((await call('POST', `/api/admin/accounts/${sam.userId}/unsuspend`, admin.cookie)).status).toBe(404);
  });

  it('sets per-account limits that the one decision applies, and returns to the plan with {}', async () => {
    const tia = await signUp(h.app, 'tia@example.com');
    const site = await json<{ id: string }>(call('POST', '/api/sites', tia.cookie, { subdomain: 'tia-cafe', name: 'Tia cafe' }));
    const set = await json<{ limits: { customDomains: number } }>(call('PUT', `/api/admin/accounts/${tia.userId}/limits`, admin.cookie, { limits: { customDomains: 0 } }));
    expect(set.limits.customDomains).toBe(0);
    const refused = await call('POST', `/api/sites/${site.id}/domains`, tia.cookie, { hostname: 'tia-cafe.com' });
    expect(refused.status).toBe(402);
    expect(((await refused.json()) as { detail: string }).detail).toBe('Your plan includes no custom domain.');
    await call('PUT', `/api/admin/accounts/${tia.userId}/limits`, admin.cookie, { limits: {} });
    expect((await call('POST', `/api/sites/${site.id}/domains`, tia.cookie, { hostname: 'tia-cafe.com' })).status).toBe(201);
    expect((await call('PUT', `/api/admin/accounts/${tia.userId}/limits`, admin.cookie, { limits: { customDomains: -1 } })).status).toBe(400);
    expect((await call('PUT', `/api/admin/accounts/${tia.userId}/limits`, admin.cookie, { limits: { rockets: 1 } })).status).toBe(400);
  });

  it('filters the audit log by action prefix and actor, pages it, and exports CSV', async () => {
    const page = await json<{ entries: { action: string; actorId: string }[]; nextBefore: number | null }>(call('GET', `/api/admin/audit?action=admin.&actor=${admin.userId}&limit=2`, admin.cookie));
    expect(page.entries).toHaveLength(2);
    expect(page.entries.every((entry) => entry.action.startsWith('admin.') && entry.actorId === admin.userId)).toBe(true);
    const next = await json<{ entries: { id: number }[] }>(call('GET', `/api/admin/audit?action=admin.&limit=2&before=${page.nextBefore}`, admin.cookie));
    expect(next.entries.every((entry) => entry.id < page.nextBefore!)).toBe(true);
    const csv = await call('GET', '/api/admin/audit.csv?action=account.create', admin.cookie);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('id,at,actor,site,action,target,ip,request,details');
    expect(text).toContain('account.create');
    expect((await call('GET', '/api/admin/audit?since=yesterday', admin.cookie)).status).toBe(400);
  });

  it('finds audit entries by the actor’s email and the site’s subdomain, and names them for people', async () => {
    const vic = await signUp(h.app, 'vic@example.com');
    const site = await json<{ id: string }>(call('POST', '/api/sites', vic.cookie, { subdomain: 'vic-deli', name: 'Vic deli' }));
    await call('POST', `/api/sites/${site.id}/publish`, vic.cookie, { confirmSamples: true });
    await call('POST', `/api/admin/accounts/${vic.userId}/password-reset`, admin.cookie);
    type Entries = { entries: { action: string; actorId: string; siteId: string | null; actorEmail: string | null; siteSubdomain: string | null; targetEmail: string | null }[] };
    const bySubdomain = await json<Entries>(call('GET', '/api/admin/audit?site=vic-deli&action=site.publish', admin.cookie));
    expect(bySubdomain.entries).toEqual([expect.objectContaining({ siteId: site.id, siteSubdomain: 'vic-deli', actorId: vic.userId, actorEmail: 'vic@example.com' })]);
    expect(await json<Entries>(call('GET', `/api/admin/audit?site=${site.id}&action=site.publish`, admin.cookie))).toEqual(bySubdomain);
    const byEmail = await json<Entries>(call('GET', '/api/admin/audit?actor=Operator@Example.com&action=admin.account.password-reset', admin.cookie));
    expect(byEmail.entries.at(0)).toEqual(expect.objectContaining({ actorId: admin.userId, actorEmail: 'operator@example.com', targetEmail: 'vic@example.com' }));
    // Someone else's address, or one nobody has, finds nothing of the admin's.
    expect((await json<Entries>(call('GET', '/api/admin/audit?actor=vic@example.com&action=admin.', admin.cookie))).entries).toEqual([]);
    expect((await json<Entries>(call('GET', '/api/admin/audit?actor=nobody@example.com', admin.cookie))).entries).toEqual([]);
    expect((await json<Entries>(call('GET', '/api/admin/audit?site=no-such-site', admin.cookie))).entries).toEqual([]);
  });

  it('pages through accounts with a cursor and shows the dashboard’s figures', async () => {
    const first = await json<{ accounts: { id: string }[]; nextCursor: string | null }>(call('GET', '/api/admin/accounts?limit=2', admin.cookie));
    expect(first.accounts).toHaveLength(2);
    const second = await json<{ accounts: { id: string }[] }>(call('GET', `/api/admin/accounts?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`, admin.cookie));
    expect(second.accounts.some((account) => first.accounts.some((seen) => seen.id === account.id))).toBe(false);
    const dashboard = await json<{ signUps: number; publishes: number; activeSites: number; daily: unknown[] }>(call('GET', '/api/admin/dashboard?range=24h', admin.cookie));
    const accounts = Number((await h.database.db.selectFrom('user').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    expect(dashboard.signUps).toBe(accounts);
    expect(dashboard.publishes).toBeGreaterThanOrEqual(1);
    expect(dashboard.activeSites).toBeGreaterThanOrEqual(2);
    expect(dashboard.daily.length).toBeGreaterThanOrEqual(1);
  });

  it('mails a password-reset link to the account, and unpublishes a site for abuse with the reason audited', async () => {
    const uma = await signUp(h.app, 'uma@example.com');
    expect(await json(call('POST', `/api/admin/accounts/${uma.userId}/password-reset`, admin.cookie))).toEqual({ sentTo: 'uma@example.com' });
    expect(h.outbox.to('uma@example.com').at(-1)?.actionUrl).toContain('/reset-password');
    const site = await json<{ id: string }>(call('POST', '/api/sites', uma.cookie, { subdomain: 'uma-scam', name: 'Uma' }));
    await call('POST', `/api/sites/${site.id}/publish`, uma.cookie, { confirmSamples: true });
    expect(await json(call('POST', `/api/admin/sites/${site.id}/unpublish`, admin.cookie, { reason: 'Phishing pages' }))).toEqual({ wasLive: true, mailedTo: ['uma@example.com'] });
    const found = await json<{ sites: { id: string; isPublished: boolean; owners: string[] }[] }>(call('GET', '/api/admin/sites?q=uma@example.com', admin.cookie));
    expect(found.sites).toEqual([expect.objectContaining({ id: site.id, isPublished: false, owners: ['uma@example.com'] })]);
    const audit = await json<{ entries: { details: { reason: string } }[] }>(call('GET', `/api/admin/audit?action=admin.site.unpublish&site=${site.id}`, admin.cookie));
    expect(audit.entries[0]?.details.reason).toBe('Phishing pages');
    expect((await call('POST', '/api/admin/sites/no-such-site/unpublish', admin.cookie, { reason: 'Phishing pages' })).status).toBe(404);
  });
});

describe.each(backends)('runtime settings on $name', (backend) => {
  let h: TestApp;
  let admin = { cookie: '', userId: '' };
  const call = async (app: TestApp['app'], method: string, path: string, cookie?: string, body?: unknown) => app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) }));

  beforeAll(async () => {
    h = await openTestApp(backend);
    admin = await signUp(h.app, 'settings-admin@example.com');
  });
  afterAll(() => h?.close());

  it('a change made on one process is in force on a second one within 2 s (NOTIFY)', async () => {
    // A second app on the same database, listening as a second server process would.
    const second = createRuntimeSettings(h.database, h.config, { maxAgeMs: 60_000 });
    const stop = await second.listen();
    try {
      const other = createApp({ config: h.config, database: h.database, auth: h.auth, logger: createLogger('silent'), settings: second });
      const before = (await (await call(other, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: { ai: { attempts: number } } };
      expect(before.settings.ai.attempts).toBe(3);
      const changed = await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { ai: { attempts: 5 } });
      expect(changed.status).toBe(200);
      const started = Date.now();
      await expect.poll(async () => ((await (await call(other, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: { ai: { attempts: number } } }).settings.ai.attempts, { timeout: 2000, interval: 50 }).toBe(5);
      expect(Date.now() - started).toBeLessThan(2000);
      const audit = (await (await call(h.app, 'GET', '/api/admin/audit?action=admin.settings', admin.cookie)).json()) as { entries: { details: unknown }[] };
      expect(audit.entries[0]?.details).toEqual({ change: { ai: { attempts: 5 } } });
    } finally {
      await stop();
    }
  });

  it('closes sign-ups and generation, and shows a banner, until they are opened again', async () => {
    await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { flags: { signUpsOpen: false, generationOn: false, maintenanceBanner: 'Maintenance tonight from 22:00 UTC' } });
    expect(await (await call(h.app, 'GET', '/api/notices')).json()).toEqual({ maintenanceBanner: 'Maintenance tonight from 22:00 UTC', signUpsOpen: false, generationOn: false });
    const refused = await call(h.app, 'POST', '/api/auth/sign-up/email', undefined, { name: 'late', email: 'late@example.com', password: 'correct horse battery' });
    expect(refused.status).toBe(403);
    expect((await call(h.app, 'POST', '/api/sites/generate', admin.cookie, { prompt: 'A bakery', subdomain: 'paused-gen' })).status).toBe(503);
    await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { flags: { signUpsOpen: true, generationOn: true, maintenanceBanner: null } });
    expect((await call(h.app, 'POST', '/api/auth/sign-up/email', undefined, { name: 'late', email: 'late@example.com', password: 'correct horse battery' })).status).toBe(200);
    expect((await call(h.app, 'POST', '/api/sites/generate', admin.cookie, { prompt: 'A bakery', subdomain: 'open-gen' })).status).toBe(202);
    // Out-of-range values are refused with the field named, and nothing changes.
    const bad = await call(h.app, 'PUT', '/api/admin/settings', admin.cookie, { ai: { attempts: 0, timeoutSeconds: 5 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('attempts');
    expect(((await (await call(h.app, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: { ai: { timeoutSeconds: number } } }).settings.ai.timeoutSeconds).toBe(h.config.AI_TIMEOUT_SECONDS);
  });
});

describe.each(backends)('the jobs screen’s API on $name', (backend) => {
  let h: TestApp;
  let admin = { cookie: '', userId: '' };
  const call = async (method: string, path: string, body?: unknown) => h.app.request(apiRequest(path, { method, cookie: admin.cookie, ...(body === undefined ? {} : { body }) }));

  beforeAll(async () => {
    h = await openTestApp(backend, {}, { startQueue: true });
    admin = await signUp(h.app, 'jobs-admin@example.com');
  });
  afterAll(() => h?.close());

  it('shows queues and a job that failed for good, retries it, and discards another', async () => {
    const queue = h.queue!;
    await queue.createQueue('admin-check', { retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 60 });
    const failing = (await queue.boss.send('admin-check', { step: 1 }))!;
    const other = (await queue.boss.send('admin-check', { step: 2 }))!;
    for (const id of [failing, other]) await queue.boss.fail('admin-check', id, { message: 'The model answered nonsense three times' });
    const listed = (await (await call('GET', '/api/admin/jobs')).json()) as { queues: { name: string; failed: number }[]; failed: { id: string; error: string }[]; inProcess: boolean };
    expect(listed.inProcess).toBe(false);
    expect(listed.queues.find((entry) => entry.name === 'admin-check')?.failed).toBe(2);
    expect(listed.failed.find((job) => job.id === failing)?.error).toBe('The model answered nonsense three times');
    expect(listed.queues.map((entry) => entry.name)).toContain('site-generation');

    expect((await call('POST', `/api/admin/jobs/admin-check/${failing}/retry`)).status).toBe(200);
    expect((await queue.boss.getJobById('admin-check', failing))?.state).toBe('retry');
    expect((await call('POST', `/api/admin/jobs/admin-check/${failing}/retry`)).status).toBe(404); // no longer failed
    expect((await call('POST', `/api/admin/jobs/admin-check/${other}/discard`)).status).toBe(200);
    expect(await queue.boss.getJobById('admin-check', other)).toBeNull();
    expect((await call('POST', '/api/admin/jobs/admin-check/not-a-uuid/retry')).status).toBe(400);
  });
});
