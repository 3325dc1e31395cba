import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { startSmtpInbox, type SmtpInbox } from '../../test/support/smtp-inbox.ts';
import { apiRequest, cookiesFrom, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../../test/support/test-app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { requireUser } from '../http/index.ts';
import { resolveAuthSecret } from './auth-secret.ts';
import { trustedOrigins } from './auth-options.ts';
import { isPlatformAdmin } from './platform-admins.ts';

/** A route that shows what the session middleware put on the context. */
function addWhoAmI(testApp: TestApp): void {
  testApp.app.get('/api/probe/me', (c) => c.json(requireUser(c)));
}

async function sessionOf(testApp: TestApp, cookie: string) {
  const response = await testApp.app.request(apiRequest('/api/auth/get-session', { cookie }));
  expect(response.status).toBe(200);
  return (await response.json()) as { user: { id: string; email: string } } | null;
}

/** Follows a magic link the way a browser would: it signs in and redirects, setting the session cookie. */
async function followMagicLink(testApp: TestApp, link: string): Promise<string> {
  expect(link.startsWith(`${TEST_PUBLIC_URL}/api/auth/magic-link/verify?token=`)).toBe(true);
  const response = await testApp.app.request(new Request(link));
  expect(response.status).toBe(302);
  const cookie = cookiesFrom(response);
  expect(cookie).toMatch(/session_token=/);
  return cookie;
}

describe.each(backends)('accounts on $name', (backend) => {
  describe('email and password', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await openTestApp(backend);
      addWhoAmI(testApp);
    });
    afterAll(() => testApp.close());

    it('signs up with a session in an httpOnly cookie that get-session recognises', async () => {
      const { response, cookie, userId } = await signUp(testApp.app, 'ada@example.com');
      const setCookie = response.headers.getSetCookie().find((line) => line.includes('session_token='));
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(await sessionOf(testApp, cookie)).toMatchObject({ user: { id: userId, email: 'ada@example.com' } });
      expect(await sessionOf(testApp, 'better-auth.session_token=forged.value')).toBeNull();
    });

    it('makes the first account the platform admin, and no other', async () => {
      // ada@example.com was the first account of this database (previous test); sign her in again.
      const ada = await testApp.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'ada@example.com', password: 'correct horse battery' } }));
      expect(ada.status).toBe(200);
      const adaMe = (await (await testApp.app.request(apiRequest('/api/probe/me', { cookie: cookiesFrom(ada) }))).json()) as { id: string };
      expect(adaMe).toEqual({ id: expect.any(String), email: 'ada@example.com', name: 'ada', isPlatformAdmin: true });

      const second = await signUp(testApp.app, 'second@example.com');
      const secondMe = await testApp.app.request(apiRequest('/api/probe/me', { cookie: second.cookie }));
      expect(await secondMe.json()).toEqual({ id: second.userId, email: 'second@example.com', name: 'second', isPlatformAdmin: false });
      expect(await isPlatformAdmin(testApp.database.db, second.userId)).toBe(false);
      // The session the web app reads says so too (it shows the admin screens to platform admins only).
      expect(await sessionOf(testApp, cookiesFrom(ada))).toMatchObject({ user: { id: adaMe.id, isPlatformAdmin: true } });
      expect(await sessionOf(testApp, second.cookie)).toMatchObject({ user: { id: second.userId, isPlatformAdmin: false } });
      expect(await testApp.database.db.selectFrom('platform_admins').select(['user_id', 'is_first']).execute()).toEqual([{ user_id: adaMe.id, is_first: true }]);
    });

    it('refuses a wrong password, and makes no second account for an address', async () => {
      const wrong = await testApp.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'ada@example.com', password: 'not the password' } }));
      expect(wrong.status).toBe(401);
      expect(cookiesFrom(wrong)).not.toMatch(/session_token=[^;]+/);
      const again = await testApp.app.request(apiRequest('/api/auth/sign-up/email', { method: 'POST', body: { name: 'Ada', email: 'ada@example.com', password: 'another password' } }));
      expect(again.status).toBe(200);
      expect(cookiesFrom(again)).not.toMatch(/session_token=[^;]+/);
      const accounts = await testApp.database.db.selectFrom('user').select('id').where('email', '=', 'ada@example.com').execute();
      expect(accounts).toHaveLength(1);
    });

    it('refuses cross-site requests: a cookie-bearing one, and a browser sign-in from another site', async () => {
      const { cookie } = await signUp(testApp.app, 'target@example.com');
      const signOut = await testApp.app.request(apiRequest('/api/auth/sign-out', { method: 'POST', cookie, body: {}, headers: { origin: 'https://evil.example' } }));
      expect(signOut.status).toBe(403);
      expect(await sessionOf(testApp, cookie)).toMatchObject({ user: { email: 'target@example.com' } });

      const signIn = await testApp.app.request(
        apiRequest('/api/auth/sign-in/email', {
          method: 'POST',
          body: { email: 'target@example.com', password: 'correct horse battery' },
          headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' },
        }),
      );
      expect(signIn.status).toBe(403);
      expect(cookiesFrom(signIn)).not.toMatch(/session_token=[^;]+/);

      const fromEditorDevServer = await testApp.app.request(apiRequest('/api/auth/sign-out', { method: 'POST', cookie, body: {}, headers: { origin: 'http://localhost:5173' } }));
      expect(fromEditorDevServer.status).toBe(200);
    });

    it('signs out: the cookie stops working', async () => {
      const { cookie } = await signUp(testApp.app, 'leaving@example.com');
      const response = await testApp.app.request(apiRequest('/api/auth/sign-out', { method: 'POST', cookie, body: {} }));
      expect(response.status).toBe(200);
      expect(await sessionOf(testApp, cookie)).toBeNull();
      expect((await testApp.app.request(apiRequest('/api/probe/me', { cookie }))).status).toBe(401);
    });
  });

  it('concurrent first sign-ups make exactly one platform admin', async () => {
    const testApp = await openTestApp(backend);
    try {
      const users = await Promise.all(Array.from({ length: 6 }, (_, index) => signUp(testApp.app, `racer${index}@example.com`)));
      const admins = await testApp.database.db.selectFrom('platform_admins').selectAll().execute();
      expect(admins).toHaveLength(1);
      expect(users.map((user) => user.userId)).toContain(admins[0]?.user_id);
    } finally {
      await testApp.close();
    }
  });

  describe('magic links over SMTP', () => {
    let inbox: SmtpInbox;
    let testApp: TestApp;
    beforeAll(async () => {
      inbox = await startSmtpInbox();
      testApp = await openTestApp(backend, { SMTP_URL: inbox.url, MAIL_FROM: 'PageHub <hello@pagehub.test>' });
    });
    afterAll(async () => {
      await testApp.close();
      await inbox.close();
    });

    it('mails a link that signs the person in', async () => {
      const response = await testApp.app.request(apiRequest('/api/auth/sign-in/magic-link', { method: 'POST', body: { email: 'grace@example.com', callbackURL: '/editor' } }));
      expect(response.status).toBe(200);
      const mail = await inbox.waitForMail('grace@example.com');
      expect(mail.from).toBe('hello@pagehub.test');
      expect(mail.text).toContain('Subject: Your PageHub sign-in link');
      const link = /http:\/\/localhost:8080\/api\/auth\/magic-link\/verify\?\S+/.exec(mail.text)?.[0] ?? '';
      const cookie = await followMagicLink(testApp, link);
      expect(await sessionOf(testApp, cookie)).toMatchObject({ user: { email: 'grace@example.com' } });
      // One use only.
      expect(cookiesFrom(await testApp.app.request(new Request(link)))).not.toMatch(/session_token=[^;]+/);
    });
  });

  describe('magic links without SMTP_URL', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await openTestApp(backend);
    });
    afterAll(() => testApp.close());

    it('logs the link at info level, and the logged link signs the person in', async () => {
      const response = await testApp.app.request(apiRequest('/api/auth/sign-in/magic-link', { method: 'POST', body: { email: 'linus@example.com' } }));
      expect(response.status).toBe(200);
      const line = testApp.logs.find((entry) => (entry.mail as { to?: string } | undefined)?.to === 'linus@example.com');
      expect(line).toMatchObject({ level: 30, url: expect.stringContaining('/api/auth/magic-link/verify?token=') });
      const cookie = await followMagicLink(testApp, String(line?.url));
      expect(await sessionOf(testApp, cookie)).toMatchObject({ user: { email: 'linus@example.com' } });
    });
  });
});

describe('auth secret', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pagehub-secret-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('is generated once into DATA_DIR/auth-secret with mode 0600, then reused', async () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    const secret = resolveAuthSecret(config);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(join(dataDir, 'auth-secret'))).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(config)).toBe(secret);
    expect(await readFile(join(dataDir, 'auth-secret'), 'utf8')).toBe(secret);
  });

  it('AUTH_SECRET wins; with DATABASE_URL and no AUTH_SECRET start-up is refused in one line naming AUTH_SECRET', () => {
    expect(resolveAuthSecret(loadConfig({ DATA_DIR: dataDir, AUTH_SECRET: 'x'.repeat(40) }))).toBe('x'.repeat(40));
    const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://db.example:5432/pagehub' });
    expect(() => resolveAuthSecret(config)).toThrow(ConfigError);
    expect(() => resolveAuthSecret(config)).toThrow(/^Invalid configuration — AUTH_SECRET: [^\n]+$/);
  });
});

describe('trusted origins', () => {
  it('trusts local ports only on a developer machine', () => {
    expect(trustedOrigins(loadConfig({}))).toEqual(['http://localhost:8080', 'http://localhost:*', 'http://127.0.0.1:*']);
    expect(trustedOrigins(loadConfig({ PLATFORM_DOMAIN: 'pagehub.app' }))).toEqual(['https://app.pagehub.app']);
  });
});
