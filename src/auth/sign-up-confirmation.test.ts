// Sign-up confirms the address before anyone is signed in, and answers alike whether or not the address already
// has an account — the existing account's owner gets a mail instead, and nothing else happens to that account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { apiRequest, confirmEmail, cookiesFrom, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../../test/support/test-app.ts';

const PASSWORD = 'correct horse battery';

/** The shape of a JSON value: each key with the type of its value, recursively; values themselves left out. */
function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([key, entry]) => [key, shapeOf(entry)]));
  return typeof value;
}

describe.each(backends)('sign-up on $name', (backend) => {
  let testApp: TestApp;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => testApp.app.request(apiRequest(path, { method: 'POST', body, headers }));
  const signUpRequest = (email: string, password = PASSWORD, name = 'Someone') => post('/api/auth/sign-up/email', { name, email, password });
  const signIn = (email: string, password = PASSWORD) => post('/api/auth/sign-in/email', { email, password });
  const sessionOf = async (cookie: string) => (await (await testApp.app.request(apiRequest('/api/auth/get-session', { cookie }))).json()) as { user: { id: string; email: string; name: string; emailVerified: boolean } } | null;

  beforeAll(async () => {
    testApp = await openTestApp(backend);
  });
  afterAll(() => testApp.close());

  describe('answers the same for a new and an existing address', () => {
    it('same status, same body shape, no cookie in either; the owner of the existing address gets a mail saying so', async () => {
      const existing = await signUp(testApp.app, 'taken@example.com');
      const mailsBefore = testApp.outbox.to('taken@example.com').length;

      const forExisting = await signUpRequest('taken@example.com', 'a different password', 'Impostor');
      const forNew = await signUpRequest('fresh@example.com', 'a different password', 'Impostor');
      expect(forExisting.status).toBe(200);
      expect(forNew.status).toBe(forExisting.status);
      expect(forExisting.headers.getSetCookie()).toEqual([]);
      expect(forNew.headers.getSetCookie()).toEqual([]);
      expect(forNew.headers.get('content-type')).toBe(forExisting.headers.get('content-type'));
      const [existingBody, newBody] = [await forExisting.json(), await forNew.json()] as { token: null; user: Record<string, unknown> }[];
      expect(shapeOf(newBody)).toEqual(shapeOf(existingBody));
      expect(existingBody).toMatchObject({ token: null, user: { email: 'taken@example.com', name: 'Impostor', emailVerified: false } });
      expect(newBody).toMatchObject({ token: null, user: { email: 'fresh@example.com', name: 'Impostor', emailVerified: false } });
      // The synthetic user has a random id: not the real account's.
      expect(existingBody!.user.id).not.toBe(existing.userId);

      // One mail to the existing address: not a confirmation link — how to sign in if it was them.
      const mails = testApp.outbox.to('taken@example.com').slice(mailsBefore);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ subject: 'Someone tried to create a PageHub account with your email', actionUrl: `${TEST_PUBLIC_URL}/sign-in` });
      expect(mails[0]!.text).toContain('no new one was made and nothing about your account changed');
      expect(mails[0]!.text).toContain('Sign in with a link by email instead');
      expect(mails[0]!.text).not.toContain('verify-email');
      // The new address gets its confirmation link.
      expect(testApp.outbox.to('fresh@example.com').at(-1)).toMatchObject({ subject: 'Confirm your email address for PageHub' });
    });

    it('leaves the existing account as it was: one account, its name, its password', async () => {
      const accounts = await testApp.database.db.selectFrom('user').select(['id', 'name', 'emailVerified']).where('email', '=', 'taken@example.com').execute();
      expect(accounts).toEqual([{ id: expect.any(String), name: 'taken', emailVerified: true }]);
      expect((await signIn('taken@example.com', 'a different password')).status).toBe(401);
      expect((await signIn('taken@example.com')).status).toBe(200);
    });

    it('answers an existing address in about the time of a new one (the password is hashed either way)', async () => {
      await signUpRequest('timing-new-0@example.com'); // warm up
      const time = async (email: string) => {
        const started = performance.now();
        expect((await signUpRequest(email)).status).toBe(200);
        return performance.now() - started;
      };
      const existing: number[] = [];
      const fresh: number[] = [];
      for (let round = 1; round <= 5; round += 1) {
        existing.push(await time('taken@example.com'));
        fresh.push(await time(`timing-new-${round}@example.com`));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[2]!;
      // A fast "exists" answer would be a fraction of the new account's time (no hashing, no writes).
      expect(median(existing)).toBeGreaterThan(median(fresh) * 0.4);
    });
  });

  describe('a new account confirms its address before it is signed in', () => {
    it('mails a link that confirms, signs in and lands on the web app', async () => {
      const answer = await signUpRequest('grace@example.com');
      expect(answer.status).toBe(200);
      const mail = testApp.outbox.to('grace@example.com').at(-1)!;
      expect(mail.text).toContain(mail.actionUrl);
      const link = new URL(mail.actionUrl!);
      expect(`${link.origin}${link.pathname}`).toBe(`${TEST_PUBLIC_URL}/api/auth/verify-email`);
      expect(link.searchParams.get('callbackURL')).toBe('/sign-in?confirmed=1');

      const confirmed = await confirmEmail(testApp.app, 'grace@example.com');
      expect(confirmed.headers.get('location')).toBe('/sign-in?confirmed=1');
      expect(await sessionOf(cookiesFrom(confirmed))).toMatchObject({ user: { email: 'grace@example.com', emailVerified: true } });
      // Opened again, the link confirms nothing more and signs nobody in.
      const again = await testApp.app.request(new Request(link));
      expect(again.status).toBe(302);
      expect(cookiesFrom(again)).not.toMatch(/session_token=/);
    });

    it('refuses a password sign-in until confirmed, saying why, and mails a fresh link', async () => {
      await signUpRequest('linus@example.com');
      const mailsBefore = testApp.outbox.to('linus@example.com').length;
      const early = await signIn('linus@example.com');
      expect(early.status).toBe(403);
      expect(await early.json()).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });
      expect(cookiesFrom(early)).not.toMatch(/session_token=/);
      expect(testApp.outbox.to('linus@example.com')).toHaveLength(mailsBefore + 1);
      // A wrong password says nothing about confirmation.
      expect((await signIn('linus@example.com', 'wrong password')).status).toBe(401);
      expect(testApp.outbox.to('linus@example.com')).toHaveLength(mailsBefore + 1);
      // The fresh link works; afterwards the password does too.
      await confirmEmail(testApp.app, 'linus@example.com');
      expect((await signIn('linus@example.com')).status).toBe(200);
    });

    it('sends a new link on request, answering alike for any address', async () => {
      await signUpRequest('resend@example.com');
      const before = testApp.outbox.to('resend@example.com').length;
      const answers = await Promise.all(['resend@example.com', 'nobody-here@example.com', 'taken@example.com'].map((email) => post('/api/auth/send-verification-email', { email })));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(await Promise.all(answers.map((answer) => answer.json()))).toEqual([{ status: true }, { status: true }, { status: true }]);
      expect(testApp.outbox.to('resend@example.com')).toHaveLength(before + 1);
      expect(testApp.outbox.to('nobody-here@example.com')).toHaveLength(0);
      await confirmEmail(testApp.app, 'resend@example.com');
    });

    it('sends an expired or forged link back to sign-in with the reason, signing nobody in', async () => {
      await signUpRequest('forged@example.com');
      const link = new URL(testApp.outbox.latestLink('forged@example.com', '/api/auth/verify-email'));
      link.searchParams.set('token', `${link.searchParams.get('token')}x`);
      const answer = await testApp.app.request(new Request(link));
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe('/sign-in?confirmed=1&error=INVALID_TOKEN');
      expect(cookiesFrom(answer)).not.toMatch(/session_token=/);
    });

    it('counts a magic link as confirmation — and it drops a password someone else set on the unconfirmed address', async () => {
      // Someone signs up with Mia's address and their own password, and never confirms.
      await signUpRequest('mia@example.com', 'the squatter password');
      expect((await post('/api/auth/sign-in/magic-link', { email: 'mia@example.com' })).status).toBe(200);
      const response = await testApp.app.request(new Request(testApp.outbox.latestLink('mia@example.com', '/api/auth/magic-link/verify')));
      expect(response.status).toBe(302);
      expect(await sessionOf(cookiesFrom(response))).toMatchObject({ user: { email: 'mia@example.com', emailVerified: true } });
      expect((await signIn('mia@example.com', 'the squatter password')).status).toBe(401);
    });

    it('still makes the first account the platform admin, once confirmed', async () => {
      const fresh = await openTestApp(backend);
      try {
        const first = await signUp(fresh.app, 'first@example.com');
        await signUp(fresh.app, 'second@example.com');
        expect(await fresh.database.db.selectFrom('platform_admins').select(['user_id']).execute()).toEqual([{ user_id: first.userId }]);
      } finally {
        await fresh.close();
      }
    });
  });
});
