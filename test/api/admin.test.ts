// The operator's API on both backends: suspending an account (its sessions end, signing in is refused, its published
// sites show the paused page; lifting it brings all back), per-account limits, the audit log's filters and CSV,
// the dashboard's figures, paging through accounts, a password-reset mail, and unpublishing a site for abuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(await json(call('POST', `/api/admin/sites/${site.id}/unpublish`, admin.cookie, { reason: 'Phishing pages' }))).toEqual({ wasLive: true });
    const found = await json<{ sites: { id: string; isPublished: boolean; owners: string[] }[] }>(call('GET', '/api/admin/sites?q=uma@example.com', admin.cookie));
    expect(found.sites).toEqual([expect.objectContaining({ id: site.id, isPublished: false, owners: ['uma@example.com'] })]);
    const audit = await json<{ entries: { details: { reason: string } }[] }>(call('GET', `/api/admin/audit?action=admin.site.unpublish&site=${site.id}`, admin.cookie));
    expect(audit.entries[0]?.details.reason).toBe('Phishing pages');
    expect((await call('POST', '/api/admin/sites/no-such-site/unpublish', admin.cookie, { reason: 'Phishing pages' })).status).toBe(404);
  });
});
