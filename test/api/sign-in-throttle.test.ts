// Password sign-in is throttled per account as well as per IP: 10 failures for one address in 15 minutes, from
// any number of addresses, pause password sign-in for it — even with the right password — while the ways in that
// prove the inbox (a magic link, a password reset) keep working. Every failure is audited, never the password.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, cookiesFrom, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const PASSWORD = 'correct horse battery';

describe.each(backends)('per-account sign-in throttle on $name', (backend) => {
  let harness: TestApp;
  const ipOf = (index: number) => `198.51.100.${index}, 10.0.0.1`;
  /** A sign-in from client IP number `index` (tests have no socket, so X-Forwarded-For is the client's address). */
  const signIn = (email: string, password: string, index: number) =>
    harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': ipOf(index) } }));
  const failures = (target: string | null) => {
    const query = harness.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'account.sign-in-failed');
    return (target === null ? query.where('target', 'is', null) : query.where('target', '=', target)).orderBy('id').execute();
  };

  beforeAll(async () => {
    harness = await openTestApp(backend);
  });
  afterAll(() => harness?.close());

  describe('the happy path', () => {
    it('a right password after a few wrong ones signs in and clears the count', async () => {
      await signUp(harness.app, 'careful@example.com');
      for (let round = 0; round < 3; round += 1) {
        for (let index = 0; index < 9; index += 1) expect((await signIn('careful@example.com', 'not it', index)).status).toBe(401);
        const answer = await signIn('careful@example.com', PASSWORD, 99);
        expect(answer.status).toBe(200);
        expect(cookiesFrom(answer)).toMatch(/session_token=/);
      }
    });
  });

  describe('100 guesses from 100 addresses at one account', () => {
    let victim: { userId: string; cookie: string };
    const answers: Response[] = [];

    beforeAll(async () => {
      victim = await signUp(harness.app, 'victim@example.com');
      for (let index = 0; index < 100; index += 1) answers.push(await signIn('victim@example.com', `guess number ${index}`, index));
    }, 120_000);

    it('refuses all but the first 10 with 429, Retry-After and a plain message', async () => {
      expect(answers.slice(0, 10).map((answer) => answer.status)).toEqual(Array(10).fill(401));
      expect(new Set(answers.slice(10).map((answer) => answer.status))).toEqual(new Set([429]));
      const refused = answers[50]!;
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      const body = (await refused.json()) as { code: string; detail: string };
      expect(body.code).toBe('SIGN_IN_THROTTLED');
      expect(body.detail).toBe(`Too many failed sign-ins for this account. Try again in ${Math.ceil(retryAfter / 60)} minutes, or sign in with a link by email, or reset your password.`);
    });

    it('refuses the right password too, from a new address', async () => {
      const answer = await signIn('victim@example.com', PASSWORD, 200);
      expect(answer.status).toBe(429);
      expect(cookiesFrom(answer)).not.toMatch(/session_token=/);
    });

    it('leaves other accounts alone, from the same addresses', async () => {
      await signUp(harness.app, 'bystander@example.com');
      expect((await signIn('bystander@example.com', PASSWORD, 42)).status).toBe(200);
    });

    it('still lets the owner in by a magic link', async () => {
      expect((await harness.app.request(apiRequest('/api/auth/sign-in/magic-link', { method: 'POST', body: { email: 'victim@example.com' }, headers: { 'x-forwarded-for': ipOf(7) } }))).status).toBe(200);
      const response = await harness.app.request(new Request(harness.outbox.latestLink('victim@example.com', '/api/auth/magic-link/verify')));
      expect(response.status).toBe(302);
      const session = (await (await harness.app.request(apiRequest('/api/auth/get-session', { cookie: cookiesFrom(response) }))).json()) as { user: { id: string } };
      expect(session.user.id).toBe(victim.userId);
    });

    it('still lets the owner reset the password', async () => {
      expect((await harness.app.request(apiRequest('/api/auth/request-password-reset', { method: 'POST', body: { email: 'victim@example.com', redirectTo: '/sign-in' } }))).status).toBe(200);
      const link = harness.outbox.latestLink('victim@example.com', '/api/auth/reset-password/');
      const token = new URL(link).pathname.split('/').at(-1);
      const reset = await harness.app.request(apiRequest('/api/auth/reset-password', { method: 'POST', body: { token, newPassword: 'a brand new password' } }));
      expect(reset.status).toBe(200);
      // Password sign-in stays paused until the window ends; the reset password is what works then.
      expect((await signIn('victim@example.com', 'a brand new password', 201)).status).toBe(429);
    });

    it('audits every failed and refused attempt with its IP, never the password', async () => {
      const rows = await failures(victim.userId);
      expect(rows).toHaveLength(102); // 100 guesses, the right password refused, the new one refused
      expect(rows.filter((row) => (row.details as { reason: string }).reason === 'wrong-password')).toHaveLength(10);
      expect(rows.filter((row) => (row.details as { reason: string }).reason === 'throttled')).toHaveLength(92);
      expect(new Set(rows.map((row) => row.ip)).size).toBe(102);
      expect(rows[0]).toMatchObject({ actor_id: null, site_id: null, ip: '198.51.100.0', request_id: expect.any(String) });
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain('guess number');
      expect(stored).not.toContain(PASSWORD);
    });
  });

  describe('an address with no account', () => {
    it('is throttled the same way, and audited with no target', async () => {
      const statuses: number[] = [];
      for (let index = 0; index < 12; index += 1) statuses.push((await signIn('nobody@example.com', 'anything at all', index)).status);
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
      const rows = await failures(null);
      expect(rows).toHaveLength(12);
    });

    it('keys its counters by a hash, so the shared table holds no address', async () => {
      if (backend.name !== 'postgres') return; // PGlite keeps the counters in memory
      const keys = (await sql<{ key: string }>`SELECT key FROM rate_limits`.execute(harness.database.db)).rows;
      expect(keys.some((row) => row.key.startsWith('sign-in-account'))).toBe(true);
      expect(JSON.stringify(keys)).not.toContain('@example.com');
    });
  });
});
