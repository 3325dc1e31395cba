// The account's own settings, end to end over HTTP with real mail (an SMTP server the test starts): password reset,
// email change, password change, signed-in devices, the data export and deleting the account with its sites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSubmission } from '../../src/publish/index.ts';
import { backends } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.ts';
import { apiRequest, cookiesFrom, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

const PASSWORD = 'correct horse battery';

describe.each(backends)('account settings on $name', (backend) => {
  let inbox: SmtpInbox;
  let harness: TestApp;

  const call = async (method: string, path: string, { cookie, body, headers }: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, response, body: text && text.startsWith('{') ? (JSON.parse(text) as Record<string, any>) : ({} as Record<string, any>) };
  };
  const signIn = (email: string, password = PASSWORD, userAgent?: string) =>
    harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email, password }, ...(userAgent ? { headers: { 'user-agent': userAgent } } : {}) }));
  const sessionEmail = async (cookie: string) => ((await call('GET', '/api/auth/get-session', { cookie })).body as { user?: { email: string } } | null)?.user?.email ?? null;

  /** Waits for a new mail to `to` (beyond the first `already`) and returns the first link in it that starts with `prefix`. */
  async function mailedLink(to: string, already: number, prefix: string): Promise<{ link: string; text: string }> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mails = inbox.mails.filter((mail) => mail.to.includes(to));
      if (mails.length > already) {
        const text = mails.at(-1)!.text;
        const link = text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
        if (!link) throw new Error(`the mail to ${to} has no link to ${prefix}:\n${text}`);
        return { link, text };
      }
      if (Date.now() > deadline) throw new Error(`no new mail to ${to}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  /** `cookie` with the cookies a response set in place of those of the same name. */
  const withCookies = (cookie: string, response: Response) => {
    const jar = new Map(cookie.split('; ').filter(Boolean).map((pair) => [pair.split('=')[0]!, pair] as const));
    for (const pair of cookiesFrom(response).split('; ').filter(Boolean)) jar.set(pair.split('=')[0]!, pair);
    return [...jar.values()].join('; ');
  };
  const mailCount = (to: string) => inbox.mails.filter((mail) => mail.to.includes(to)).length;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    harness = await openTestApp(backend, { SMTP_URL: inbox.url, MAIL_FROM: 'PageHub <hello@pagehub.test>' });
  });
  afterAll(async () => {
    await harness.close();
    await inbox.close();
  });

  describe('forgotten password', () => {
    it('mails a link to the reset screen; the new password signs in, the old one does not; the link works once', async () => {
      await signUp(harness.app, 'reset@example.com');
      const before = mailCount('reset@example.com');
      const asked = await call('POST', '/api/auth/request-password-reset', { body: { email: 'reset@example.com', redirectTo: '/reset-password' } });
      expect(asked.status).toBe(200);
      const { link, text } = await mailedLink('reset@example.com', before, `${TEST_PUBLIC_URL}/api/auth/reset-password/`);
      expect(text).toContain('Subject: Reset your PageHub password');
      expect(text).toContain('within 1 hour');

      // The link lands on the web app's reset screen with the token.
      const opened = await harness.app.request(new Request(link));
      expect(opened.status).toBe(302);
      const landing = new URL(opened.headers.get('location')!, TEST_PUBLIC_URL);
      expect(landing.pathname).toBe('/reset-password');
      const token = landing.searchParams.get('token');
      expect(token).toBeTruthy();

      const reset = await call('POST', '/api/auth/reset-password', { body: { token, newPassword: 'a brand new password' } });
      expect(reset.status).toBe(200);
      expect((await signIn('reset@example.com')).status).toBe(401);
      expect((await signIn('reset@example.com', 'a brand new password')).status).toBe(200);

      // Used: the link now explains itself, and the token sets nothing.
      const again = await harness.app.request(new Request(link));
      expect(new URL(again.headers.get('location')!, TEST_PUBLIC_URL).searchParams.get('error')).toBe('INVALID_TOKEN');
      const reused = await call('POST', '/api/auth/reset-password', { body: { token, newPassword: 'yet another password' } });
      expect(reused.status).toBe(400);
      expect(reused.body).toMatchObject({ code: 'INVALID_TOKEN' });
      expect((await signIn('reset@example.com', 'yet another password')).status).toBe(401);
    });

    it('a request without a destination still lands on the reset screen', async () => {
      const before = mailCount('reset@example.com');
      expect((await call('POST', '/api/auth/request-password-reset', { body: { email: 'reset@example.com' } })).status).toBe(200);
      const { link } = await mailedLink('reset@example.com', before, `${TEST_PUBLIC_URL}/api/auth/reset-password/`);
      expect(new URL(link).searchParams.get('callbackURL')).toBe('/reset-password');
    });

    it('answers an unknown address exactly like a known one, and mails nobody', async () => {
      const known = await call('POST', '/api/auth/request-password-reset', { body: { email: 'reset@example.com', redirectTo: '/reset-password' } });
      const mailsBefore = inbox.mails.length;
      const unknown = await call('POST', '/api/auth/request-password-reset', { body: { email: 'nobody-at-all@example.com', redirectTo: '/reset-password' } });
      expect(unknown.status).toBe(known.status);
      expect(unknown.body).toEqual(known.body);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(inbox.mails.filter((mail) => mail.to.includes('nobody-at-all@example.com'))).toHaveLength(0);
      expect(inbox.mails.length).toBe(mailsBefore);
    });

    it('limits reset mails per address, whoever asks and whether or not it has an account', async () => {
      for (const email of ['flood@example.com', 'reset-flood@example.com']) {
        if (email === 'reset-flood@example.com') await signUp(harness.app, email);
        const answers = [];
        for (let attempt = 0; attempt < 6; attempt += 1) answers.push((await call('POST', '/api/auth/request-password-reset', { body: { email }, headers: { 'x-forwarded-for': `203.0.113.${attempt}` } })).status);
        expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
      }
      const limited = await call('POST', '/api/auth/request-password-reset', { body: { email: 'FLOOD@example.com' } });
      expect(limited.status).toBe(429);
      expect(limited.body.detail).toContain('several password reset links');
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    });
  });

  describe('changing the email address', () => {
    it('mails the new address; the address changes only once its link is opened', async () => {
      const { cookie } = await signUp(harness.app, 'old-address@example.com');
      const before = mailCount('new-address@example.com');
      const asked = await call('POST', '/api/auth/change-email', { cookie, body: { newEmail: 'new-address@example.com', callbackURL: '/account?emailChanged=1' } });
      expect(asked.status).toBe(200);
      const { link, text } = await mailedLink('new-address@example.com', before, `${TEST_PUBLIC_URL}/api/auth/verify-email`);
      expect(text).toContain('Subject: Confirm your new email address for PageHub');
      expect(text).toContain('Until the link is opened the account keeps its old address');

      // The old address is told, with no link that changes anything.
      const notice = inbox.mails.filter((mail) => mail.to.includes('old-address@example.com')).at(-1)!.text;
      expect(notice).toContain('Subject: Your PageHub account is asking to change its email address');
      expect(notice).toContain('new-address@example.com');
      expect(notice).not.toContain('verify-email');

      // Not yet: still the old address, and the new one signs nobody in.
      expect(await sessionEmail(cookie)).toBe('old-address@example.com');
      expect((await signIn('new-address@example.com')).status).toBe(401);

      const opened = await harness.app.request(new Request(link, { headers: { cookie } }));
      expect(opened.status).toBe(302);
      expect(opened.headers.get('location')).toBe('/account?emailChanged=1');
      const refreshed = withCookies(cookie, opened);
      expect(await sessionEmail(refreshed)).toBe('new-address@example.com');
      expect((await signIn('new-address@example.com')).status).toBe(200);
      expect((await signIn('old-address@example.com')).status).toBe(401);
    });

    it('an address that belongs to another account gets the same answer and no mail, and nothing changes', async () => {
      const { cookie } = await signUp(harness.app, 'keeper@example.com');
      await signUp(harness.app, 'taken-address@example.com');
      const before = mailCount('taken-address@example.com');
      const asked = await call('POST', '/api/auth/change-email', { cookie, body: { newEmail: 'taken-address@example.com', callbackURL: '/account?emailChanged=1' } });
      expect(asked.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mailCount('taken-address@example.com')).toBe(before);
      expect(await sessionEmail(cookie)).toBe('keeper@example.com');
    });
  });

  describe('changing the password', () => {
    it('refuses a wrong current password clearly; the right one changes it and can sign out other devices', async () => {
      const { cookie } = await signUp(harness.app, 'changer@example.com');
      const other = cookiesFrom(await signIn('changer@example.com'));
      expect(await sessionEmail(other)).toBe('changer@example.com');

      const wrong = await call('POST', '/api/auth/change-password', { cookie, body: { currentPassword: 'not my password', newPassword: 'the next password' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({ code: 'INVALID_PASSWORD' });
      expect((await signIn('changer@example.com', 'the next password')).status).toBe(401);

      const changed = await call('POST', '/api/auth/change-password', { cookie, body: { currentPassword: PASSWORD, newPassword: 'the next password', revokeOtherSessions: true } });
      expect(changed.status).toBe(200);
      const current = withCookies(cookie, changed.response);
      expect(await sessionEmail(current)).toBe('changer@example.com');
      expect(await sessionEmail(other)).toBeNull();
      expect((await signIn('changer@example.com', 'the next password')).status).toBe(200);
    });
  });

  describe('signed-in devices', () => {
    it('lists them with this one marked, signs out one, then every other, and never another account’s', async () => {
      const { cookie } = await signUp(harness.app, 'devices@example.com');
      const phone = cookiesFrom(await signIn('devices@example.com', PASSWORD, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1'));
      const laptop = cookiesFrom(await signIn('devices@example.com', PASSWORD, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36'));
      const stranger = await signUp(harness.app, 'stranger-devices@example.com');

      const listed = await call('GET', '/api/account/sessions', { cookie });
      expect(listed.status).toBe(200);
      const sessions = listed.body.sessions as { id: string; userAgent: string | null; isCurrent: boolean; token?: string }[];
      expect(sessions).toHaveLength(3);
      expect(sessions.filter((session) => session.isCurrent)).toHaveLength(1);
      expect(JSON.stringify(listed.body)).not.toMatch(/token/i);
      const phoneSession = sessions.find((session) => session.userAgent?.includes('iPhone'))!;
      expect(phoneSession.isCurrent).toBe(false);

      // A stranger cannot end it.
      expect((await call('DELETE', `/api/account/sessions/${phoneSession.id}`, { cookie: stranger.cookie })).status).toBe(404);
      expect(await sessionEmail(phone)).toBe('devices@example.com');

      expect((await call('DELETE', `/api/account/sessions/${phoneSession.id}`, { cookie })).status).toBe(204);
      expect(await sessionEmail(phone)).toBeNull();
      expect(await sessionEmail(laptop)).toBe('devices@example.com');

      const others = await call('DELETE', '/api/account/sessions', { cookie });
      expect(others).toMatchObject({ status: 200, body: { ended: 1 } });
      expect(await sessionEmail(laptop)).toBeNull();
      expect(await sessionEmail(cookie)).toBe('devices@example.com');
      expect(await sessionEmail(stranger.cookie)).toBe('stranger-devices@example.com');
      expect((await call('GET', '/api/account/sessions')).status).toBe(401);
    });
  });

  describe('downloading my data', () => {
    it('holds the account, its sites with roles, commit summaries and submissions — and nobody else’s site', async () => {
      const me = await signUp(harness.app, 'exporter@example.com');
      const other = await signUp(harness.app, 'other-exporter@example.com');
      const mine = await call('POST', '/api/sites', { cookie: me.cookie, body: { subdomain: 'export-bakery', name: 'Export Bakery' } });
      expect(mine.status).toBe(201);
      const head = mine.body.head as string;
      const committed = await call('POST', `/api/sites/${mine.body.id}/commits`, { cookie: me.cookie, body: { branch: 'main', base: head, patch: [{ op: 'replace', path: '/business/tagline', value: 'Fresh every morning' }], summary: 'Changed the tagline for the export' } });
      expect(committed.status).toBe(201);
      await call('POST', `/api/sites/${mine.body.id}/tags`, { cookie: me.cookie, body: { name: 'launch', commit: head } });
      await storeSubmission(harness.database.db, { siteId: mine.body.id, formId: 'contact', data: { name: 'Ada', message: 'Two sourdough loaves please' }, ip: null, userAgent: null });
      const theirs = await call('POST', '/api/sites', { cookie: other.cookie, body: { subdomain: 'secret-garage', name: 'Secret Garage' } });
      await storeSubmission(harness.database.db, { siteId: theirs.body.id, formId: 'contact', data: { name: 'Eve', message: 'Not for the exporter' }, ip: null, userAgent: null });

      const exported = await call('GET', '/api/account/export', { cookie: me.cookie });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="pagehub-account-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(exported.body.account).toMatchObject({ id: me.userId, email: 'exporter@example.com', name: 'exporter', createdAt: expect.any(String) });
      expect(exported.body.sites).toHaveLength(1);
      const [site] = exported.body.sites;
      expect(site).toMatchObject({ id: mine.body.id, subdomain: 'export-bakery', name: 'Export Bakery', role: 'owner' });
      expect(site.commits[0]).toMatchObject({ summary: 'Changed the tagline for the export', author: { id: me.userId, name: 'exporter' } });
      expect(site.commits[0]).not.toHaveProperty('patch');
      expect(site.namedVersions).toEqual([expect.objectContaining({ name: 'launch', commit: head })]);
      expect(site.formSubmissions).toEqual([expect.objectContaining({ formId: 'contact', data: { name: 'Ada', message: 'Two sourdough loaves please' } })]);
      const text = JSON.stringify(exported.body);
      expect(text).not.toContain('Secret Garage');
      expect(text).not.toContain('Not for the exporter');
      expect(text).not.toMatch(/password/i);
      expect((await call('GET', '/api/account/export')).status).toBe(401);
    });

    it('leaves submissions out for a viewer', async () => {
      const owner = await signUp(harness.app, 'export-owner@example.com');
      const viewer = await signUp(harness.app, 'export-viewer@example.com');
      const site = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'viewer-export', name: 'Viewer Export' } });
      await addMember(harness, site.body.id, owner.cookie, { email: 'export-viewer@example.com', cookie: viewer.cookie }, 'viewer');
      await storeSubmission(harness.database.db, { siteId: site.body.id, formId: 'contact', data: { name: 'Private' }, ip: null, userAgent: null });
      const exported = await call('GET', '/api/account/export', { cookie: viewer.cookie });
      expect(exported.body.sites).toEqual([expect.objectContaining({ role: 'viewer', formSubmissions: null })]);
    });
  });

  describe('deleting the account', () => {
    it('insists on the typed email and on a decision for each site the person owns alone, listing its members', async () => {
      const owner = await signUp(harness.app, 'leaver@example.com');
      const helper = await signUp(harness.app, 'helper@example.com');
      const shared = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'leaver-shop', name: 'Leaver Shop' } });
      const solo = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'leaver-solo', name: 'Leaver Solo' } });
      await addMember(harness, shared.body.id, owner.cookie, { email: 'helper@example.com', cookie: helper.cookie }, 'editor');

      const mistyped = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'someone-else@example.com', sites: {} } });
      expect(mistyped.status).toBe(400);
      expect(mistyped.body.errors).toEqual([{ path: 'body/confirmEmail', message: expect.stringContaining('leaver@example.com') }]);

      const undecided = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'Leaver@Example.com', sites: { [solo.body.id]: 'delete' } } });
      expect(undecided.status).toBe(409);
      expect(undecided.body).toMatchObject({ code: 'ACCOUNT_SITES_UNDECIDED' });
      expect(undecided.body.errors).toEqual([{ path: `body/sites/${shared.body.id}`, message: expect.stringContaining('Leaver Shop') }]);
      expect(undecided.body.sites).toEqual([{ id: shared.body.id, name: 'Leaver Shop', subdomain: 'leaver-shop', members: [{ userId: helper.userId, name: 'helper', email: 'helper@example.com', role: 'editor' }] }]);

      const stranger = await signUp(harness.app, 'not-a-member@example.com');
      const wrongHeir = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'leaver@example.com', sites: { [shared.body.id]: { transferTo: stranger.userId }, [solo.body.id]: 'delete' } } });
      expect(wrongHeir.status).toBe(400);
      expect(wrongHeir.body.errors[0].path).toBe(`body/sites/${shared.body.id}/transferTo`);

      // Nothing happened.
      expect((await call('GET', `/api/sites/${solo.body.id}`, { cookie: owner.cookie })).status).toBe(200);
      expect(await sessionEmail(owner.cookie)).toBe('leaver@example.com');
    });

    it('hands a site over, deletes another, leaves a third, then the person can no longer sign in', async () => {
      const owner = await signUp(harness.app, 'leaver2@example.com');
      const heir = await signUp(harness.app, 'heir@example.com');
      const coOwner = await signUp(harness.app, 'co-owner@example.com');
      const handed = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'handed-over', name: 'Handed Over' } });
      const doomed = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'doomed-site', name: 'Doomed' } });
      const kept = await call('POST', '/api/sites', { cookie: coOwner.cookie, body: { subdomain: 'co-owned', name: 'Co-owned' } });
      await addMember(harness, handed.body.id, owner.cookie, { email: 'heir@example.com', cookie: heir.cookie }, 'viewer');
      await addMember(harness, kept.body.id, coOwner.cookie, { email: 'leaver2@example.com', cookie: owner.cookie }, 'owner');
      const other = cookiesFrom(await signIn('leaver2@example.com'));

      const deleted = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'leaver2@example.com', sites: { [handed.body.id]: { transferTo: heir.userId }, [doomed.body.id]: 'delete' } } });
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ deletedSites: [doomed.body.id], transferredSites: [{ siteId: handed.body.id, to: heir.userId }], leftSites: expect.arrayContaining([handed.body.id, kept.body.id]) });

      // The heir owns the site now; it lives.
      const heirView = await call('GET', `/api/sites/${handed.body.id}`, { cookie: heir.cookie });
      expect(heirView.status).toBe(200);
      expect(heirView.body.site.role).toBe('owner');
      const members = await call('GET', `/api/sites/${kept.body.id}/members`, { cookie: coOwner.cookie });
      expect(members.body.members.map((member: { email: string }) => member.email)).toEqual(['co-owner@example.com']);
      expect(await harness.database.db.selectFrom('sites').select('id').where('id', '=', doomed.body.id).executeTakeFirst()).toBeUndefined();

      // Gone: no session anywhere, no sign-in, no account row; audited.
      expect(await sessionEmail(owner.cookie)).toBeNull();
      expect(await sessionEmail(other)).toBeNull();
      expect((await signIn('leaver2@example.com')).status).toBe(401);
      expect(await harness.database.db.selectFrom('user').select('id').where('email', '=', 'leaver2@example.com').executeTakeFirst()).toBeUndefined();
      const audit = await harness.database.db.selectFrom('audit_log').select(['action', 'site_id']).where('actor_id', '=', owner.userId).where('action', 'in', ['account.delete', 'site.delete', 'member.transfer-ownership']).execute();
      expect(audit.map((entry) => entry.action).sort()).toEqual(['account.delete', 'member.transfer-ownership', 'site.delete']);
    });

    it('deletes nothing when a site deletion fails half way', async () => {
      const owner = await signUp(harness.app, 'half-way@example.com');
      const first = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'half-way-one', name: 'One' } });
      const second = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'half-way-two', name: 'Two' } });
      // A trigger makes deleting the second site fail inside the transaction, after the first is already deleted.
      await harness.database.pool.query(`CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.id = '${second.body.id}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN OLD; END $$`);
      await harness.database.pool.query('CREATE TRIGGER refuse_delete BEFORE DELETE ON sites FOR EACH ROW EXECUTE FUNCTION refuse_delete()');
      try {
        const failed = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'half-way@example.com', sites: { [first.body.id]: 'delete', [second.body.id]: 'delete' } } });
        expect(failed.status).toBe(500);
      } finally {
        await harness.database.pool.query('DROP TRIGGER refuse_delete ON sites');
        await harness.database.pool.query('DROP FUNCTION refuse_delete()');
      }
      expect((await call('GET', `/api/sites/${first.body.id}`, { cookie: owner.cookie })).status).toBe(200);
      expect((await call('GET', `/api/sites/${second.body.id}`, { cookie: owner.cookie })).status).toBe(200);
      expect(await sessionEmail(owner.cookie)).toBe('half-way@example.com');
      expect((await signIn('half-way@example.com')).status).toBe(200);
    });

    it('keeps the platform’s only admin, who would leave the platform with nobody to run it', async () => {
      const fresh = await openTestApp(backend);
      try {
        const admin = await signUp(fresh.app, 'platform-admin@example.com');
        const refused = await fresh.app.request(apiRequest('/api/account', { method: 'DELETE', cookie: admin.cookie, body: { confirmEmail: 'platform-admin@example.com', sites: {} } }));
        expect(refused.status).toBe(409);
        expect(((await refused.json()) as { detail: string }).detail).toContain('only platform admin');
        expect(await fresh.database.db.selectFrom('platform_admins').select('user_id').execute()).toEqual([{ user_id: admin.userId }]);
        expect(await fresh.database.db.selectFrom('user').select('id').where('id', '=', admin.userId).executeTakeFirst()).toBeDefined();
      } finally {
        await fresh.close();
      }
    });

    it('asks nothing of someone alone on a site they created: deleting it is the only choice, and it must be said', async () => {
      const owner = await signUp(harness.app, 'lonely@example.com');
      const site = await call('POST', '/api/sites', { cookie: owner.cookie, body: { subdomain: 'lonely-site', name: 'Lonely' } });
      const undecided = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'lonely@example.com' } });
      expect(undecided.status).toBe(409);
      expect(undecided.body.sites).toEqual([expect.objectContaining({ id: site.body.id, members: [] })]);
      const deleted = await call('DELETE', '/api/account', { cookie: owner.cookie, body: { confirmEmail: 'lonely@example.com', sites: { [site.body.id]: 'delete' } } });
      expect(deleted.status).toBe(200);
      expect((await signIn('lonely@example.com')).status).toBe(401);
    });
  });
});
