// A platform admin takes a site down for abuse, on both backends, with real mail (an SMTP server the test starts):
// every address goes offline, the owners are mailed the reason, the site's own answer carries it, and publishing
// (production, a branch preview, an earlier deployment) is refused with it until the admin restores the site —
// which publishes nothing. The admin reads the site's history; nobody else reaches either route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const REASON = 'Phishing pages copying a bank login';

describe.each(backends)('taking a site down for abuse on $name', (backend) => {
  let h: TestApp;
  let inbox: SmtpInbox;
  let admin = { cookie: '', userId: '' };
  const call = async (method: string, path: string, cookie?: string, body?: unknown) => h.app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) }));
  const json = async <T>(response: Response | Promise<Response>) => (await (await response).json()) as T;
  type Detail = { site: { takenDown: { at: string; reason: string } | null } };
  type Problem = { code: string; detail: string; takenDown?: { reason: string } };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    h = await openTestApp(backend, { SMTP_URL: inbox.url, MAIL_FROM: 'PageHub <hello@pagehub.test>' });
    admin = await signUp(h.app, 'operator@example.com'); // the first account runs the platform
  });
  afterAll(async () => {
    await h?.close();
    await inbox?.close();
  });

  it('takes every address offline, mails the owners, shows the reason and refuses publishing until restored', async () => {
    const owner = await signUp(h.app, 'wes@example.com');
    const site = await json<{ id: string; head: string }>(call('POST', '/api/sites', owner.cookie, { subdomain: 'wes-bank', name: 'Wes bank' }));
    const first = await json<{ deployment: { id: string } }>(call('POST', `/api/sites/${site.id}/publish`, owner.cookie, { confirmSamples: true }));
    const branch = await json<{ branch: { name: string } }>(call('POST', `/api/sites/${site.id}/branches`, owner.cookie, { name: 'Draft', from: site.head }));
    expect((await call('POST', `/api/sites/${site.id}/publish`, owner.cookie, { branch: branch.branch.name, confirmSamples: true })).status).toBe(200);
    expect(await json<Detail>(call('GET', `/api/sites/${site.id}`, owner.cookie))).toMatchObject({ site: { takenDown: null } });

    const takenDown = await call('POST', `/api/admin/sites/${site.id}/unpublish`, admin.cookie, { reason: REASON });
    expect(await takenDown.json()).toEqual({ wasLive: true, mailedTo: ['wes@example.com'] });

    // Production and the branch preview are both offline.
    const pointers = await h.database.db.selectFrom('live_pointers').select('channel').where('site_id', '=', site.id).execute();
    expect(pointers).toEqual([]);

    // The owner's mail, delivered over SMTP, names the reason and how to have it reviewed.
    const mail = inbox.mails.filter((received) => received.to.includes('wes@example.com')).at(-1)!; // sent before the answer
    expect(mail.text).toContain(`The reason we gave: ${REASON}`);
    expect(mail.text).toContain('reply to this email');
    expect(mail.text).toContain(`/sites/${site.id}/publish`);
    expect(h.outbox.to('wes@example.com').at(-1)?.subject).toBe('Your site “Wes bank” was taken offline');

    // The site's own answer carries it for its members.
    const detail = await json<Detail>(call('GET', `/api/sites/${site.id}`, owner.cookie));
    expect(detail.site.takenDown).toEqual({ at: expect.any(String), reason: REASON });

    // Publishing in any way is refused with the reason; nothing goes live.
    for (const [path, body] of [
      [`/api/sites/${site.id}/publish`, { confirmSamples: true }],
      [`/api/sites/${site.id}/publish`, { branch: branch.branch.name, confirmSamples: true }],
      [`/api/sites/${site.id}/deployments/${first.deployment.id}/activate`, undefined],
    ] as const) {
      const refused = await call('POST', path, owner.cookie, body);
      expect(refused.status).toBe(403);
      const problem = (await refused.json()) as Problem;
      expect(problem.code).toBe('SITE_TAKEN_DOWN');
      expect(problem.detail).toContain(`“${REASON}”`);
      expect(problem.detail).toContain('reply to the email');
      expect(problem.takenDown?.reason).toBe(REASON);
    }
    expect(await h.database.db.selectFrom('live_pointers').select('channel').where('site_id', '=', site.id).execute()).toEqual([]);

    // The operator's list shows it; only an admin can restore it.
    const listed = await json<{ sites: { id: string; isPublished: boolean; takenDown: { reason: string } | null }[] }>(call('GET', '/api/admin/sites?q=wes-bank', admin.cookie));
    expect(listed.sites).toEqual([expect.objectContaining({ id: site.id, isPublished: false, takenDown: expect.objectContaining({ reason: REASON }) })]);
    expect((await call('POST', `/api/admin/sites/${site.id}/restore`, owner.cookie)).status).toBe(404);
    expect((await call('POST', `/api/admin/sites/${site.id}/restore`)).status).toBe(404);
    expect((await json<Detail>(call('GET', `/api/sites/${site.id}`, owner.cookie))).site.takenDown).not.toBeNull();

    // Restoring publishes nothing, and lets the owner publish again.
    expect(await json(call('POST', `/api/admin/sites/${site.id}/restore`, admin.cookie))).toEqual({ restored: true });
    expect(await h.database.db.selectFrom('live_pointers').select('channel').where('site_id', '=', site.id).execute()).toEqual([]);
    expect((await json<Detail>(call('GET', `/api/sites/${site.id}`, owner.cookie))).site.takenDown).toBeNull();
    expect((await call('POST', `/api/sites/${site.id}/publish`, owner.cookie, { confirmSamples: true })).status).toBe(200);
    expect((await call('POST', `/api/admin/sites/${site.id}/restore`, admin.cookie)).status).toBe(404);

    type Entries = { entries: { action: string; details: { reason?: string; mailedTo?: string[] } }[] };
    const audit = await json<Entries>(call('GET', `/api/admin/audit?action=admin.site.&site=${site.id}`, admin.cookie));
    expect(audit.entries.map((entry) => entry.action)).toEqual(['admin.site.restore', 'admin.site.unpublish']);
    expect(audit.entries[1]?.details).toMatchObject({ reason: REASON, mailedTo: ['wes@example.com'] });
  });

  it('takes down a site that was not published, so it can’t be published either', async () => {
    const owner = await signUp(h.app, 'xan@example.com');
    const site = await json<{ id: string }>(call('POST', '/api/sites', owner.cookie, { subdomain: 'xan-shop', name: 'Xan shop' }));
    expect(await json(call('POST', `/api/admin/sites/${site.id}/unpublish`, admin.cookie, { reason: REASON }))).toEqual({ wasLive: false, mailedTo: ['xan@example.com'] });
    expect((await call('POST', `/api/sites/${site.id}/publish`, owner.cookie, { confirmSamples: true })).status).toBe(403);
    expect((await call('POST', '/api/admin/sites/no-such-site/unpublish', admin.cookie, { reason: REASON })).status).toBe(404);
    expect((await call('POST', '/api/admin/sites/no-such-site/restore', admin.cookie)).status).toBe(404);
    expect((await call('POST', `/api/admin/sites/${site.id}/unpublish`, admin.cookie, { reason: 'no' })).status).toBe(400);
  });

  it('shows the admin a site’s branches and versions, newest first, with their authors; nobody else', async () => {
    const owner = await signUp(h.app, 'yara@example.com');
    const site = await json<{ id: string; head: string }>(call('POST', '/api/sites', owner.cookie, { subdomain: 'yara-cafe', name: 'Yara cafe' }));
    const committed = await call('POST', `/api/sites/${site.id}/commits`, owner.cookie, { branch: 'main', base: site.head, summary: 'Renamed the site', patch: [{ op: 'replace', path: '/name', value: 'Yara’s cafe' }] });
    expect(committed.status).toBe(201);
    await call('POST', `/api/sites/${site.id}/branches`, owner.cookie, { name: 'Spring menu', from: site.head });

    type History = { site: { subdomain: string }; branch: string; branches: { name: string; displayName: string }[]; commits: { summary: string; author: string | null; authorName: string | null; createdAt: string }[]; nextCursor: string | null };
    const history = await json<History>(call('GET', `/api/admin/sites/${site.id}/history`, admin.cookie));
    expect(history.site.subdomain).toBe('yara-cafe');
    expect(history.branch).toBe('main');
    expect(history.branches.map((branch) => branch.displayName).sort()).toEqual(['Spring menu', 'main']);
    expect(history.commits.map((commit) => commit.summary)).toEqual(['Renamed the site', 'Created the site']);
    expect(history.commits[0]).toMatchObject({ author: owner.userId, authorName: 'yara' });

    const onBranch = await json<History>(call('GET', `/api/admin/sites/${site.id}/history?branch=spring-menu&limit=1`, admin.cookie));
    expect(onBranch.commits.map((commit) => commit.summary)).toEqual(['Created the site']);

    expect((await call('GET', `/api/admin/sites/${site.id}/history`, owner.cookie)).status).toBe(404);
    expect((await call('GET', `/api/admin/sites/${site.id}/history`)).status).toBe(404);
    expect((await call('GET', '/api/admin/sites/no-such-site/history', admin.cookie)).status).toBe(404);
    expect((await call('GET', `/api/admin/sites/${site.id}/history?branch=no-such-branch`, admin.cookie)).status).toBe(404);
  });
});
