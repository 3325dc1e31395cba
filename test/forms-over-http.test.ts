// A contact form end to end over real HTTP, on both databases: the real server (startServer), a site published
// through POST /api/sites/{id}/publish, its contact page fetched by Host from the site server, the form posted
// the way a browser posts it to the site's own host (the site server hands /api/forms/* to the API), the
// thank-you page on the site's host (303 to /thanks/) styled by the site's own stylesheet, the mail through a real
// SMTP server to the owner and the editor who asked for it (not the one who did not), and the unread count.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { attribute, elements, parseDocument } from './support/dom.ts';
import { startSmtpInbox } from './support/smtp-inbox.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP request to 127.0.0.1 with the Host header a browser would send (fetch cannot set Host). */
function send(port: number, host: string, path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method, headers: { host, ...headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A fresh database on the test PostgreSQL server, dropped by the returned function. */
async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('postgresUrl');
  const name = `pagehub_forms_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-forms-http-'));
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe.each(['pglite', 'postgres'] as const)('a contact form over HTTP on %s', (backend) => {
  it('publishes, serves the form by Host, takes the browser post on the site host, thanks on the site host in the site style, mails the owner and the editor who asked (not the one who did not), and counts it unread until read', async () => {
    const inbox = await startSmtpInbox();
    const database = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    const config = loadConfig({
      DATA_DIR: join(workspace, backend),
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'test-secret-0123456789abcdef0123456789',
      SMTP_URL: inbox.url,
      LOG_LEVEL: 'warn',
      DOMAIN_RECHECK_SECONDS: '0',
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    const server = await startServer(config, { logger: createLogger('warn', { write: () => {} }) });
    try {
      const { port } = server;
      const apiHost = `localhost:${port}`;
      const siteHost = `bakery.localhost:${port}`;
      const api = async (method: string, path: string, body: unknown, cookie = '') => {
        const answer = await send(port, apiHost, path, { method, headers: { origin: `http://${apiHost}`, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
        expect(answer.status, `${method} ${path}: ${answer.text.slice(0, 300)}`).toBeLessThan(300);
        return answer;
      };
      /** Signs `email` up and opens the confirmation link from the real mail; resolves with the session cookie. */
      const signUpByMail = async (email: string) => {
        await api('POST', '/api/auth/sign-up/email', { name: email.split('@')[0], email, password: 'correct horse battery' });
        const confirmation = await inbox.waitForMail(email);
        const link = new URL(/http:\/\/localhost:\d+\/api\/auth\/verify-email\?\S+/.exec(confirmation.text)?.[0] ?? 'http://missing');
        const confirmed = await send(port, apiHost, `${link.pathname}${link.search}`);
        expect(confirmed.status).toBe(302);
        return ([] as string[]).concat(confirmed.headers['set-cookie'] ?? []).map((entry) => entry.split(';')[0]).join('; ');
      };
      // The account is confirmed by the link mailed to it, which signs the owner in.
      const cookie = await signUpByMail('owner@example.com');
      const editorCookie = await signUpByMail('editor@example.com');
      const quietCookie = await signUpByMail('quiet@example.com');
      inbox.mails.length = 0;
      const site = JSON.parse((await api('POST', '/api/sites', { subdomain: 'bakery', name: 'Crumb and Crust' }, cookie)).text) as { id: string };
      await api('POST', `/api/sites/${site.id}/publish`, { confirmSamples: true }, cookie);
      // Two editors, invited by mail: one asks for a mail per message, the other keeps the default (none).
      for (const [email, memberCookie] of [['editor@example.com', editorCookie], ['quiet@example.com', quietCookie]] as const) {
        await api('POST', `/api/sites/${site.id}/members`, { email, role: 'editor' }, cookie);
        const invitation = await inbox.waitForMail(email);
        const token = /\/invite\/([\w-]+)/.exec(invitation.text)?.[1];
        expect(token, invitation.text).toBeTruthy();
        await api('POST', `/api/invites/${token}/accept`, {}, memberCookie);
      }
      await api('PUT', `/api/sites/${site.id}/lead-notifications`, { leadMail: 'instant' }, editorCookie);
      inbox.mails.length = 0;
      const unread = async () => (JSON.parse((await send(port, apiHost, '/api/sites', { headers: { cookie } })).text) as { sites: { id: string; unreadSubmissions: number }[] }).sites.find((entry) => entry.id === site.id)?.unreadSubmissions;
      expect(await unread()).toBe(0);

      const contact = await send(port, siteHost, '/contact/');
      expect(contact.status).toBe(200);
      const document = parseDocument(contact.text);
      const form = [...elements(document)].find((element) => element.tagName === 'form')!;
      const stylesheet = /<style>[\s\S]*?<\/style>/.exec(contact.text)?.[0] as string;
      expect(stylesheet).toContain(':root{');
      const action = attribute(form, 'action')!;
      expect(action).toBe(`/api/forms/${site.id}/contact-form`);
      const names = [...elements(form)].filter((element) => ['input', 'textarea', 'select'].includes(element.tagName)).map((element) => attribute(element, 'name'));
      expect(names).toEqual(['name', 'email', 'message', '_hp']);

      const posted = await send(port, siteHost, action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml,*/*;q=0.8', referer: `http://${siteHost}/contact/`, origin: `http://${siteHost}` },
        body: new URLSearchParams({ name: 'Ann Visitor', email: 'ann@example.com', message: 'Do you bake rye on Saturdays?', _hp: '' }).toString(),
      });
      // Post/Redirect/Get: on to /thanks/ of the same host: the deployment's own thank-you page, with the site's
      // header and footer around the form's message.
      expect(posted.status).toBe(303);
      expect(posted.headers.location).toBe('/thanks/?from=%2Fcontact%2F');
      const thanks = await send(port, siteHost, posted.headers.location as string, { headers: { accept: 'text/html' } });
      expect(thanks.status).toBe(200);
      expect(thanks.headers['content-type']).toContain('text/html');
      expect(thanks.text).toContain('Crumb and Crust has your message');
      expect(thanks.text).toContain(stylesheet);
      expect(thanks.headers['content-security-policy']).toBe(contact.headers['content-security-policy']);
      expect(thanks.headers['content-security-policy']).toMatch(/style-src 'self' 'sha256-[\w+/]{43}='/);
      expect(thanks.text).toContain('href="/contact/">Back to the site</a>');
      expect(thanks.text).toContain('<meta name="robots" content="noindex">');
      expect(thanks.text).toMatch(/<header[^>]*>[\s\S]*Crumb and Crust[\s\S]*<\/header>/);
      expect(thanks.text).toMatch(/<footer[^>]*>/);
      const withoutSlash = await send(port, siteHost, '/thanks');
      expect([withoutSlash.status, withoutSlash.headers.location]).toEqual([301, '/thanks/']);

      const mail = await inbox.waitForMail('owner@example.com');
      expect(mail.text).toContain('Do you bake rye on Saturdays?');
      expect(mail.text).toContain(`http://${siteHost}/contact/`);
      const editorMail = await inbox.waitForMail('editor@example.com');
      expect(editorMail.text).toContain('Do you bake rye on Saturdays?');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(inbox.mails.filter((entry) => entry.to.includes('quiet@example.com'))).toEqual([]);
      expect(await unread()).toBe(1);
      const listed = JSON.parse((await send(port, apiHost, `/api/sites/${site.id}/submissions`, { headers: { cookie } })).text) as { submissions: { data: Record<string, string> }[] };
      expect(listed.submissions.map((submission) => submission.data)).toEqual([{ name: 'Ann Visitor', email: 'ann@example.com', message: 'Do you bake rye on Saturdays?' }]);
      const [received] = listed.submissions as unknown as { id: string }[];
      await api('PATCH', `/api/sites/${site.id}/submissions/${received!.id}`, { read: true }, editorCookie);
      expect(await unread()).toBe(0);
    } finally {
      await server.close();
      await inbox.close();
      await database?.drop();
    }
  }, 120_000);
});
