// Adding a member by email sends an invitation, on both backends: the owner's answer is the same whether or not
// the address has an account (no name, no id), nobody joins until the invitee accepts signed in as that address,
// another account cannot use the link, and the owner sees and withdraws invitations in the invites list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../src/admin/index.ts';
import { backends } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { apiRequest, GENEROUS_RATE_LIMITS, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

describe.each(backends)('invitations by email on $name', (backend) => {
  let harness: TestApp;
  let now = new Date('2026-12-03T10:00:00Z');
  let owner: { cookie: string; userId: string };
  let siteId = '';

  const call = async (cookie: string | undefined, method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {}, headers: response.headers };
  };
  const invite = (email: string, role = 'editor') => call(owner.cookie, 'POST', `/api/sites/${siteId}/members`, { email, role });
  const tokenMailedTo = (email: string) => new URL(harness.outbox.latestLink(email, '/invite/')).pathname.split('/').at(-1)!;
  const accept = (cookie: string, token: string) => call(cookie, 'POST', `/api/invites/${token}/accept`);
  const members = async () => ((await call(owner.cookie, 'GET', `/api/sites/${siteId}/members`)).body.members as { userId: string; email: string; role: string }[]);
  const invitations = async () => ((await call(owner.cookie, 'GET', `/api/sites/${siteId}/invites`)).body.invites as { id: string; email: string | null; state: string; uses: number }[]);

  beforeAll(async () => {
    harness = await openTestApp(backend, {}, { clock: () => now });
    owner = await signUp(harness.app, 'owner@example.com');
    siteId = (await call(owner.cookie, 'POST', '/api/sites', { subdomain: 'invitations', name: 'Harbor Cafe' })).body.id as string;
  }, 60_000);
  afterAll(() => harness?.close());

  describe('answers alike for a known and an unknown address', () => {
    it('202 with the same shape, no name and no id; nobody added; both get a mail', async () => {
      const known = await signUp(harness.app, 'known@example.com');
      const membersBefore = await members();
      const forKnown = await invite('known@example.com');
      const forUnknown = await invite('Unknown@Example.com');
      expect(forKnown.status).toBe(202);
      expect(forUnknown.status).toBe(202);
      expect(Object.keys(forKnown.body)).toEqual(['invitation']);
      expect(Object.keys(forKnown.body.invitation).sort()).toEqual(['email', 'expiresAt', 'id', 'role']);
      expect(Object.keys(forUnknown.body.invitation).sort()).toEqual(['email', 'expiresAt', 'id', 'role']);
      expect(forKnown.body.invitation).toMatchObject({ email: 'known@example.com', role: 'editor', expiresAt: new Date(now.getTime() + 7 * 24 * 3_600_000).toISOString() });
      expect(forUnknown.body.invitation).toMatchObject({ email: 'unknown@example.com', role: 'editor' });
      expect(JSON.stringify(forKnown.body)).not.toContain(known.userId);
      expect(JSON.stringify(forKnown.body)).not.toContain('"name"');
      expect([...forKnown.headers.keys()].sort()).toEqual([...forUnknown.headers.keys()].sort());
      expect(await members()).toEqual(membersBefore);

      for (const email of ['known@example.com', 'unknown@example.com']) {
        const mail = harness.outbox.to(email).at(-1)!;
        expect(mail.subject).toBe('owner invited you to work on “Harbor Cafe” on PageHub');
        expect(mail.text).toContain('as an editor');
        expect(mail.actionUrl).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/invite/[A-Za-z0-9_-]{43}$`));
        expect(mail.text).toContain(mail.actionUrl);
      }
      expect(tokenMailedTo('known@example.com')).not.toBe(tokenMailedTo('unknown@example.com'));
    });

    it('lists them for the owner, pending, with their address; the token is never shown', async () => {
      const listed = await invitations();
      const byEmail = new Map(listed.map((entry) => [entry.email, entry]));
      expect(byEmail.get('known@example.com')).toMatchObject({ state: 'pending', uses: 0 });
      expect(byEmail.get('unknown@example.com')).toMatchObject({ state: 'pending', uses: 0 });
      expect(JSON.stringify(listed)).not.toContain(tokenMailedTo('known@example.com'));
    });

    it('the preview shows the address masked, the inviter and the role, to anyone holding the link', async () => {
      const answer = await call(undefined, 'GET', `/api/invites/${tokenMailedTo('known@example.com')}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ site: { name: 'Harbor Cafe' }, invitedBy: { name: 'owner' }, role: 'editor', state: 'pending', expiresAt: new Date(now.getTime() + 7 * 24 * 3_600_000).toISOString(), sentTo: 'k•••@example.com' });
      expect(JSON.stringify(answer.body)).not.toContain('known@example.com');
      expect(JSON.stringify(answer.body)).not.toContain(siteId);
    });

    it('audits member.invite', async () => {
      const trail = await auditTrail(harness.database.db, siteId, 100);
      const invited = trail.filter((entry) => entry.action === 'member.invite');
      expect(invited.length).toBeGreaterThanOrEqual(2);
      expect(invited.map((entry) => (entry.details as { email: string }).email)).toEqual(expect.arrayContaining(['known@example.com', 'unknown@example.com']));
      expect(invited[0]).toMatchObject({ actor_id: owner.userId, request_id: expect.any(String) });
    });
  });

  describe('the invitee accepts; nobody else can', () => {
    it('another account gets 403 naming the address, masked, and uses nothing', async () => {
      const stranger = await signUp(harness.app, 'stranger@example.com');
      const answer = await accept(stranger.cookie, tokenMailedTo('known@example.com'));
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ code: 'INVITE_WRONG_ACCOUNT', sentTo: 'k•••@example.com' });
      expect(answer.body.detail).toContain('k•••@example.com');
      expect(answer.body.detail).not.toContain('known@example.com');
      expect((await invitations()).find((entry) => entry.email === 'known@example.com')).toMatchObject({ state: 'pending', uses: 0 });
      expect((await members()).map((member) => member.email)).not.toContain('stranger@example.com');
      expect((await call(undefined, 'POST', `/api/invites/${tokenMailedTo('known@example.com')}/accept`)).status).toBe(401);
    });

    it('the invited account accepts once and becomes a member with the role', async () => {
      const known = (await harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'known@example.com', password: 'correct horse battery' } }))).headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
      const token = tokenMailedTo('known@example.com');
      expect(await accept(known, token)).toMatchObject({ status: 200, body: { siteId, role: 'editor', isNewMember: true } });
      expect((await members()).find((member) => member.email === 'known@example.com')?.role).toBe('editor');
      expect((await invitations()).find((entry) => entry.email === 'known@example.com')?.state).toBe('accepted');
      expect(await accept(known, token)).toMatchObject({ status: 410, body: { code: 'INVITE_USED_UP' } });
    });

    it('an address with no account joins after signing up with it', async () => {
      const newcomer = await signUp(harness.app, 'unknown@example.com');
      expect(await accept(newcomer.cookie, tokenMailedTo('unknown@example.com'))).toMatchObject({ status: 200, body: { role: 'editor', isNewMember: true } });
    });

    it('inviting a current member is refused with 409', async () => {
      const answer = await invite('KNOWN@example.com', 'viewer');
      expect(answer.status).toBe(409);
      expect(answer.body.detail).toContain('already a member');
    });

    it('a new invitation replaces the pending one; a withdrawn one cannot be accepted', async () => {
      const person = await signUp(harness.app, 'person@example.com');
      expect((await invite('person@example.com', 'viewer')).status).toBe(202);
      const first = tokenMailedTo('person@example.com');
      expect((await invite('person@example.com', 'owner')).status).toBe(202);
      const second = tokenMailedTo('person@example.com');
      expect(await accept(person.cookie, first)).toMatchObject({ status: 410, body: { code: 'INVITE_REVOKED' } });
      const pending = (await invitations()).find((entry) => entry.email === 'person@example.com' && entry.state === 'pending')!;
      expect((await call(owner.cookie, 'DELETE', `/api/sites/${siteId}/invites/${pending.id}`)).status).toBe(204);
      expect(await accept(person.cookie, second)).toMatchObject({ status: 410, body: { code: 'INVITE_REVOKED' } });
      expect((await invitations()).filter((entry) => entry.email === 'person@example.com').map((entry) => entry.state)).toEqual(['revoked', 'revoked']);
      expect((await members()).map((member) => member.email)).not.toContain('person@example.com');
    });

    it('an invitation expires after 7 days', async () => {
      const late = await signUp(harness.app, 'late@example.com');
      expect((await invite('late@example.com', 'viewer')).status).toBe(202);
      now = new Date(now.getTime() + 7 * 24 * 3_600_000 + 1_000);
      expect(await accept(late.cookie, tokenMailedTo('late@example.com'))).toMatchObject({ status: 410, body: { code: 'INVITE_EXPIRED' } });
      expect((await invitations()).find((entry) => entry.email === 'late@example.com')?.state).toBe('expired');
    });

    it('an accepted invitation previews as used, saying whom to ask', async () => {
      const answer = await call(undefined, 'GET', `/api/invites/${tokenMailedTo('known@example.com')}`);
      expect(answer).toMatchObject({ status: 410, body: { code: 'INVITE_USED_UP', detail: 'This invitation has already been accepted. Ask owner if you need a new one.' } });
    });

    it('resending an expired invitation mails a new link; the old one stops working, the new one works', async () => {
      const old = tokenMailedTo('late@example.com');
      const expired = (await invitations()).find((entry) => entry.email === 'late@example.com')!;
      expect(expired.state).toBe('expired');
      const answer = await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites/${expired.id}/resend`);
      expect(answer.status).toBe(202);
      expect(answer.body.invitation).toMatchObject({ email: 'late@example.com', role: 'viewer', expiresAt: new Date(now.getTime() + 7 * 24 * 3_600_000).toISOString() });
      expect(answer.body.invitation.id).not.toBe(expired.id);
      const fresh = tokenMailedTo('late@example.com');
      expect(fresh).not.toBe(old);
      expect((await call(undefined, 'GET', `/api/invites/${old}`)).body.code).toBe('INVITE_REVOKED');
      expect((await call(undefined, 'GET', `/api/invites/${fresh}`)).body).toMatchObject({ state: 'pending', sentTo: 'l•••@example.com' });
      const late = (await harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'late@example.com', password: 'correct horse battery' } }))).headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
      expect(await accept(late, old)).toMatchObject({ status: 410, body: { code: 'INVITE_REVOKED' } });
      expect(await accept(late, fresh)).toMatchObject({ status: 200, body: { siteId, role: 'viewer', isNewMember: true } });
      const states = (await invitations()).filter((entry) => entry.email === 'late@example.com').map((entry) => [entry.id, entry.state]);
      expect(states).toEqual(expect.arrayContaining([[expired.id, 'revoked'], [answer.body.invitation.id, 'accepted']]));
      const audited = (await auditTrail(harness.database.db, siteId, 100)).find((entry) => entry.action === 'member.invite-resend');
      expect(audited).toMatchObject({ actor_id: owner.userId, target: answer.body.invitation.id, details: { email: 'late@example.com', replaces: expired.id } });
    });

    it('resending a pending invitation revokes the old link too', async () => {
      expect((await invite('pending@example.com', 'editor')).status).toBe(202);
      const old = tokenMailedTo('pending@example.com');
      const pending = (await invitations()).find((entry) => entry.email === 'pending@example.com')!;
      expect((await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites/${pending.id}/resend`)).status).toBe(202);
      expect(tokenMailedTo('pending@example.com')).not.toBe(old);
      expect((await call(undefined, 'GET', `/api/invites/${old}`)).body.code).toBe('INVITE_REVOKED');
      expect((await call(undefined, 'GET', `/api/invites/${tokenMailedTo('pending@example.com')}`)).status).toBe(200);
    });

    it('refuses to resend an accepted or withdrawn invitation, or an invite link (409), and another site’s (404)', async () => {
      const mailsBefore = harness.outbox.to('known@example.com').length;
      const accepted = (await invitations()).find((entry) => entry.email === 'known@example.com')!;
      expect((await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites/${accepted.id}/resend`)).status).toBe(409);
      const withdrawn = (await invitations()).find((entry) => entry.email === 'person@example.com' && entry.state === 'revoked')!;
      expect((await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites/${withdrawn.id}/resend`)).status).toBe(409);
      const link = (await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites`, { role: 'viewer', expiresInHours: 1, maxUses: 1 })).body.id as string;
      expect((await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites/${link}/resend`)).status).toBe(409);
      expect(harness.outbox.to('known@example.com')).toHaveLength(mailsBefore);

      const otherSite = (await call(owner.cookie, 'POST', '/api/sites', { subdomain: 'other-invitations', name: 'Other' })).body.id as string;
      const pending = (await invitations()).find((entry) => entry.email === 'pending@example.com' && entry.state === 'pending')!;
      const crossed = await call(owner.cookie, 'POST', `/api/sites/${otherSite}/invites/${pending.id}/resend`);
      expect(crossed.status).toBe(404);
      expect((await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites/not-an-invite/resend`)).status).toBe(404);
      expect((await invitations()).find((entry) => entry.id === pending.id)?.state).toBe('pending');
    });

    it('only owners invite', async () => {
      const editor = await signUp(harness.app, 'an-editor@example.com');
      await addMember(harness, siteId, owner.cookie, { email: 'an-editor@example.com', cookie: editor.cookie }, 'editor');
      const answer = await call(editor.cookie, 'POST', `/api/sites/${siteId}/members`, { email: 'friend@example.com', role: 'viewer' });
      expect(answer.status).toBe(403);
      expect(harness.outbox.to('friend@example.com')).toHaveLength(0);
    });

    it('only owners resend', async () => {
      const editor = (await harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'an-editor@example.com', password: 'correct horse battery' } }))).headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
      const pending = (await invitations()).find((entry) => entry.email === 'pending@example.com' && entry.state === 'pending')!;
      const mailsBefore = harness.outbox.to('pending@example.com').length;
      const answer = await call(editor, 'POST', `/api/sites/${siteId}/invites/${pending.id}/resend`);
      expect(answer.status).toBe(403);
      expect(harness.outbox.to('pending@example.com')).toHaveLength(mailsBefore);
      expect((await invitations()).find((entry) => entry.id === pending.id)?.state).toBe('pending');
    });
  });
});

describe('invitations when the mail fails, and past the hourly limit', () => {
  let harness: TestApp;
  let ownerCookie = '';
  let siteId = '';
  const invite = async (email: string) => {
    const response = await harness.app.request(apiRequest(`/api/sites/${siteId}/members`, { method: 'POST', cookie: ownerCookie, body: { email, role: 'editor' } }));
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
  };
  const invitesTo = (email: string) => harness.database.db.selectFrom('invites').select(['id', 'revoked_at']).where('email', '=', email).execute();

  beforeAll(async () => {
    // Mail to bounce@… fails as an unreachable SMTP server would; everything else is delivered.
    const mailer = {
      send: async (mail: { to: string }) => {
        if (mail.to.startsWith('bounce@')) throw new Error('connect ECONNREFUSED 127.0.0.1:25');
      },
      close: () => {},
    };
    harness = await openTestApp(backends[0]!, {}, { mailer, rateLimits: { ...GENEROUS_RATE_LIMITS, invitationsPerUser: { points: 3, duration: 3_600 } } });
    ownerCookie = (await signUp(harness.app, 'owner@example.com')).cookie;
    const created = await harness.app.request(apiRequest('/api/sites', { method: 'POST', cookie: ownerCookie, body: { subdomain: 'bounces', name: 'Bounces' } }));
    siteId = ((await created.json()) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.close());

  it('keeps no invitation that could not be mailed, says so with 503, and the one mailed before still stands', async () => {
    expect((await invite('ok@example.com')).status).toBe(202);
    const failed = await invite('bounce@example.com');
    expect(failed.status).toBe(503);
    expect(failed.body.detail).toContain('could not be sent, so no invitation was made');
    expect(await invitesTo('bounce@example.com')).toEqual([]);
    expect(await invitesTo('ok@example.com')).toHaveLength(1);
  });

  it('refuses the 4th invitation in an hour with 429 and Retry-After', async () => {
    // The first test used two of the three (the failed one counts: the mail was attempted).
    expect((await invite('third@example.com')).status).toBe(202);
    const refused = await invite('fourth@example.com');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await invitesTo('fourth@example.com')).toEqual([]);
  });
});
