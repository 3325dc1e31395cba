// Invite links over HTTP, on both backends: expiry, max uses, revocation, reuse after revocation, forged and
// malformed tokens, upgrades of existing members, and the audit trail of every create/accept/revoke.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../src/admin/index.ts';
import { backends } from '../support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

describe.each(backends)('invite links on $name', (backend) => {
  let harness: TestApp;
  let now = new Date('2026-11-22T10:00:00Z');
  let owner: { cookie: string; userId: string };
  let siteId = '';
  let subdomainCounter = 0;

  const call = async (cookie: string | undefined, method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const newUser = async () => signUp(harness.app, `user-${Math.random().toString(36).slice(2)}@example.com`);
  const invite = async (body: Record<string, unknown>) => {
    const created = await call(owner.cookie, 'POST', `/api/sites/${siteId}/invites`, body);
    expect(created.status).toBe(201);
    return created.body as { id: string; token: string; url: string; expiresAt: string };
  };
  const roleOf = async (userId: string) => {
    const members = (await call(owner.cookie, 'GET', `/api/sites/${siteId}/members`)).body.members as { userId: string; role: string }[];
    return members.find((member) => member.userId === userId)?.role;
  };

  beforeAll(async () => {
    // The app reads time through the injected clock, so expiry is tested without waiting.
    harness = await openTestApp(backend, {}, { clock: () => now });
    owner = await signUp(harness.app, 'owner@example.com');
    subdomainCounter += 1;
    const created = await call(owner.cookie, 'POST', '/api/sites', { subdomain: `invites-${subdomainCounter}`, name: 'Invites' });
    siteId = created.body.id as string;
  }, 60_000);
  afterAll(() => harness?.close());

  it('creates a link holding 32 random bytes, stored only as a hash', async () => {
    const created = await invite({ role: 'viewer', expiresInHours: 1, maxUses: 1 });
    expect(Buffer.from(created.token, 'base64url')).toHaveLength(32);
    expect(created.url).toBe(`${harness.config.publicUrl}/invite/${created.token}`);
    const stored = await harness.database.db.selectFrom('invites').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const listed = await call(owner.cookie, 'GET', `/api/sites/${siteId}/invites`);
    expect(JSON.stringify(listed.body)).not.toContain(created.token);
  });

  it('accepting makes you a member with the role', async () => {
    const created = await invite({ role: 'editor', expiresInHours: 24, maxUses: 3 });
    const user = await newUser();
    const accepted = await call(user.cookie, 'POST', `/api/invites/${created.token}/accept`);
    expect(accepted).toEqual({ status: 200, body: { siteId, role: 'editor', isNewMember: true } });
    expect(await roleOf(user.userId)).toBe('editor');
    expect((await call(user.cookie, 'GET', `/api/sites/${siteId}`)).status).toBe(200);
  });

  it('refuses an expired link', async () => {
    const created = await invite({ role: 'viewer', expiresInHours: 2, maxUses: 5 });
    now = new Date(now.getTime() + 2 * 3_600_000 + 1_000);
    const user = await newUser();
    const answer = await call(user.cookie, 'POST', `/api/invites/${created.token}/accept`);
    expect(answer.status).toBe(410);
    expect(answer.body).toMatchObject({ code: 'INVITE_EXPIRED', detail: expect.stringContaining('expired') });
    expect(await roleOf(user.userId)).toBeUndefined();
    const listed = (await call(owner.cookie, 'GET', `/api/sites/${siteId}/invites`)).body.invites as { id: string; state: string }[];
    expect(listed.find((entry) => entry.id === created.id)?.state).toBe('expired');
  });

  it('stops after max uses, also when accepted concurrently', async () => {
    const created = await invite({ role: 'viewer', expiresInHours: 24, maxUses: 2 });
    const people = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
    const answers = await Promise.all(people.map((person) => call(person.cookie, 'POST', `/api/invites/${created.token}/accept`)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(2);
    expect(answers.filter((answer) => answer.status === 410).map((answer) => answer.body.code)).toEqual(['INVITE_USED_UP', 'INVITE_USED_UP']);
    const stored = await harness.database.db.selectFrom('invites').select(['uses']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(stored.uses).toBe(2);
  });

  it('refuses a revoked link, also to someone who used it before revocation and left', async () => {
    const created = await invite({ role: 'viewer', expiresInHours: 24, maxUses: 10 });
    const early = await newUser();
    expect((await call(early.cookie, 'POST', `/api/invites/${created.token}/accept`)).status).toBe(200);
    expect((await call(owner.cookie, 'DELETE', `/api/sites/${siteId}/invites/${created.id}`)).status).toBe(204);
    const late = await newUser();
    expect((await call(late.cookie, 'POST', `/api/invites/${created.token}/accept`)).body.code).toBe('INVITE_REVOKED');
    expect((await call(early.cookie, 'DELETE', `/api/sites/${siteId}/members/${early.userId}`)).status).toBe(204);
    const again = await call(early.cookie, 'POST', `/api/invites/${created.token}/accept`);
    expect(again).toMatchObject({ status: 410, body: { code: 'INVITE_REVOKED' } });
    expect(await roleOf(early.userId)).toBeUndefined();
    expect((await call(owner.cookie, 'DELETE', `/api/sites/${siteId}/invites/${created.id}-nope`)).status).toBe(404);
  });

  it('refuses forged and malformed tokens', async () => {
    const real = await invite({ role: 'owner', expiresInHours: 24, maxUses: 1 });
    const forged = `${real.token.slice(0, -2)}${real.token.endsWith('AA') ? 'BB' : 'AA'}`;
    const user = await newUser();
    for (const token of [forged, 'x', Buffer.alloc(32).toString('base64url'), encodeURIComponent('<script>')]) {
      const answer = await call(user.cookie, 'POST', `/api/invites/${token}/accept`);
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('INVITE_INVALID');
    }
    expect(await roleOf(user.userId)).toBeUndefined();
    expect((await call(undefined, 'POST', `/api/invites/${real.token}/accept`)).status).toBe(401);
  });

  it('upgrades an existing member but never downgrades, and spends no use then', async () => {
    const member = await newUser();
    const editorInvite = await invite({ role: 'editor', expiresInHours: 24, maxUses: 1 });
    expect((await call(member.cookie, 'POST', `/api/invites/${editorInvite.token}/accept`)).status).toBe(200);
    const viewerInvite = await invite({ role: 'viewer', expiresInHours: 24, maxUses: 1 });
    expect((await call(member.cookie, 'POST', `/api/invites/${viewerInvite.token}/accept`)).body).toEqual({ siteId, role: 'editor', isNewMember: false });
    expect(await roleOf(member.userId)).toBe('editor');
    const other = await newUser();
    expect((await call(other.cookie, 'POST', `/api/invites/${viewerInvite.token}/accept`)).status).toBe(200);
  });

  describe('the preview before accepting (GET /api/invites/{token}, no sign-in)', () => {
    const preview = (token: string, cookie?: string) => call(cookie, 'GET', `/api/invites/${token}`);

    it('shows the site’s name, who invited, the role and expiry — and nothing that finds the site', async () => {
      const created = await invite({ role: 'viewer', expiresInHours: 48, maxUses: 2 });
      const answer = await preview(created.token);
      expect(answer).toEqual({ status: 200, body: { site: { name: 'Invites' }, invitedBy: { name: 'owner' }, role: 'viewer', state: 'active', expiresAt: created.expiresAt, sentTo: null } });
      const text = JSON.stringify(answer.body);
      for (const secret of [siteId, `invites-${subdomainCounter}`, owner.userId, 'owner@example.com', created.id]) expect(text).not.toContain(secret);
      // Signed in (as anyone) it answers the same, and looking uses nothing.
      const someone = await newUser();
      expect(await preview(created.token, someone.cookie)).toEqual(answer);
      const stored = await harness.database.db.selectFrom('invites').select(['uses']).where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(stored.uses).toBe(0);
    });

    it('an unknown or malformed token is 404 INVITE_INVALID', async () => {
      const real = await invite({ role: 'editor', expiresInHours: 1, maxUses: 1 });
      const forged = `${real.token.slice(0, -2)}${real.token.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const token of [forged, 'x', encodeURIComponent('<script>')]) {
        const answer = await preview(token);
        expect(answer.status).toBe(404);
        expect(answer.body).toMatchObject({ code: 'INVITE_INVALID' });
        expect(JSON.stringify(answer.body)).not.toContain('Invites');
      }
      expect((await preview('y'.repeat(201))).status).toBe(400);
    });

    it('expired, used-up and revoked links answer their own 410, saying whom to ask', async () => {
      const expiring = await invite({ role: 'viewer', expiresInHours: 1, maxUses: 1 });
      const usedUp = await invite({ role: 'viewer', expiresInHours: 24, maxUses: 1 });
      const revoked = await invite({ role: 'viewer', expiresInHours: 24, maxUses: 1 });
      expect((await call((await newUser()).cookie, 'POST', `/api/invites/${usedUp.token}/accept`)).status).toBe(200);
      expect((await call(owner.cookie, 'DELETE', `/api/sites/${siteId}/invites/${revoked.id}`)).status).toBe(204);
      now = new Date(now.getTime() + 3_600_000 + 1_000);
      const cases = [
        [expiring.token, 'INVITE_EXPIRED', 'This invite link has expired. Ask owner for a new one.'],
        [usedUp.token, 'INVITE_USED_UP', 'This invite link has been used as many times as allowed. Ask owner for a new one.'],
        [revoked.token, 'INVITE_REVOKED', 'An owner of the site withdrew this invite link, so it no longer works. Ask owner for a new one.'],
      ] as const;
      for (const [token, code, detail] of cases) {
        const answer = await preview(token);
        expect(answer).toMatchObject({ status: 410, body: { code, detail } });
        expect(Object.keys(answer.body)).not.toContain('site');
        expect(JSON.stringify(answer.body)).not.toContain(siteId);
      }
    });

    it('is rate-limited per client IP', async () => {
      const limited = await openTestApp(backend, {}, { rateLimits: { authPerIp: { points: 100, duration: 60 }, writePerUser: { points: 100, duration: 60 }, writePerIp: { points: 100, duration: 60 }, invitePreviewPerIp: { points: 2, duration: 60 } } });
      try {
        const ask = (ip: string) => limited.app.request(apiRequest('/api/invites/unknown-token', { headers: { 'x-forwarded-for': ip } }));
        expect((await ask('203.0.113.1')).status).toBe(404);
        expect((await ask('203.0.113.1')).status).toBe(404);
        const refused = await ask('203.0.113.1');
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toBeTruthy();
        expect((await ask('203.0.113.2')).status).toBe(404);
      } finally {
        await limited.close();
      }
    }, 60_000);
  });

  it('the confirmation mail, a fresh one at sign-in and a magic link all lead back to the invitation', async () => {
    const created = await invite({ role: 'viewer', expiresInHours: 24, maxUses: 1 });
    const invitePath = `/invite/${created.token}`;
    const email = `eva-${subdomainCounter}@example.com`;
    const follow = async (prefix: string) => {
      const response = await harness.app.request(new Request(harness.outbox.latestLink(email, prefix)));
      expect(response.status).toBe(302);
      return new URL(response.headers.get('location') ?? '', harness.config.publicUrl);
    };
    const post = (path: string, body: unknown) => harness.app.request(apiRequest(path, { method: 'POST', body }));
    expect((await post('/api/auth/sign-up/email', { name: 'Eva', email, password: 'correct horse battery', callbackURL: invitePath })).status).toBe(200);
    const mailsBefore = harness.outbox.to(email).length;
    // Signing in before confirming mails a fresh link, which leads back too.
    expect((await post('/api/auth/sign-in/email', { email, password: 'correct horse battery', callbackURL: invitePath })).status).toBe(403);
    expect(harness.outbox.to(email)).toHaveLength(mailsBefore + 1);
    expect(harness.outbox.latestLink(email, '/api/auth/verify-email')).toContain(`callbackURL=${encodeURIComponent(invitePath)}`);
    const confirmed = await follow('/api/auth/verify-email');
    expect(`${confirmed.origin}${confirmed.pathname}`).toBe(`${harness.config.publicUrl}${invitePath}`);
    expect(confirmed.searchParams.has('error')).toBe(false);
    expect((await post('/api/auth/sign-in/magic-link', { email, callbackURL: invitePath })).status).toBe(200);
    const magic = await follow('/api/auth/magic-link/verify');
    expect(`${magic.origin}${magic.pathname}`).toBe(`${harness.config.publicUrl}${invitePath}`);
    // Without a callbackURL the confirmation still lands on the sign-in screen, as before.
    const other = `fay-${subdomainCounter}@example.com`;
    expect((await post('/api/auth/sign-up/email', { name: 'Fay', email: other, password: 'correct horse battery' })).status).toBe(200);
    const plain = await harness.app.request(new Request(harness.outbox.latestLink(other, '/api/auth/verify-email')));
    expect(new URL(plain.headers.get('location') ?? '', harness.config.publicUrl).pathname).toBe('/sign-in');
  });

  it('audits every create, accept, revoke and failed attempt', async () => {
    const trail = await auditTrail(harness.database.db, siteId, 500);
    const actions = new Set(trail.map((entry) => entry.action));
    for (const action of ['invite.create', 'invite.accept', 'invite.revoke']) expect(actions).toContain(action);
    const accept = trail.find((entry) => entry.action === 'invite.accept')!;
    expect(accept.actor_id).toBeTruthy();
    expect(accept.request_id).toBeTruthy();
    const failed = await harness.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'invite.accept-failed').execute();
    expect(failed.length).toBeGreaterThanOrEqual(5);
  });
});
