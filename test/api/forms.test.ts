// Visitors' form submissions over HTTP, on both backends: the contact form of a published site, posted the way
// a browser posts it (taken from the rendered page itself), stored and mailed to the owner through a real SMTP
// server; validation, unknown fields, the honeypot, size limits, the per-IP rate limit, JSON clients, forms
// that are not live, the members' listing and deletion.
//
// Publishing: these tests make a commit live with a deployments row and a live_pointers row inserted directly
// (test/support/publish-directly.ts) — forms only need the live deployment's commit_id and its stylesheet name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../src/admin/index.ts';
import type { Mailer } from '../../src/auth/index.ts';
import { render } from '../../src/render/index.ts';
import type { Site } from '../../src/site/index.ts';
import type { contactForm } from '../../src/site/sections/contact-form.ts';
import { backends } from '../support/backends.ts';
import { attribute, elements, parseDocument } from '../support/dom.ts';
import { publishDirectly } from '../support/publish-directly.ts';
import { sampleSite } from '../support/sample-site.ts';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.ts';
import { addMember } from '../support/members.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

type ContactFormProps = z.output<typeof contactForm.props>;

const SITE_ORIGIN = 'http://bakery.localhost:8080';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SUCCESS_MESSAGE = 'Thank you, we have your order request and will call you back today.';
const validator = new HtmlValidate({ root: true, extends: [], ...JSON.parse(readFileSync(join(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) });

/** A response's headers but the request id. */
function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'x-request-id') headers[name] = value;
  });
  return headers;
}

/** The sample site with a contact form that uses every kind of field. */
function siteWithForm(): { site: Site; formId: string } {
  const site = sampleSite();
  for (const page of site.pages) {
    for (const section of page.sections) {
      if (section.type !== 'contactForm') continue;
      const contact = section as unknown as { props: ContactFormProps };
      contact.props = {
        ...contact.props,
        heading: 'Order a cake',
        successMessage: SUCCESS_MESSAGE,
        fields: [
          { name: 'name', label: 'Your name', kind: 'text', required: true, options: [] },
          { name: 'email', label: 'Email', kind: 'email', required: true, options: [] },
          { name: 'phone', label: 'Phone', kind: 'tel', required: false, options: [] },
          { name: 'cake', label: 'Cake', kind: 'select', required: true, options: ['Sponge', 'Chocolate'] },
          { name: 'guests', label: 'Guests', kind: 'number', required: false, options: [] },
          { name: 'day', label: 'Day', kind: 'date', required: false, options: [] },
          { name: 'message', label: 'Message', kind: 'textarea', required: true, options: [] },
        ],
      };
      return { site, formId: section.id };
    }
  }
  throw new Error('the sample site has no contact form');
}

/** The form as the published page shows it: its action and the names of its controls. */
function renderedForm(site: Site, siteId: string): { action: string; names: string[]; pagePath: string; stylesheet: string } {
  const files = render(site, { siteId });
  const stylesheet = [...files.keys()].find((name) => name.startsWith('styles.'))!;
  for (const [file, markup] of files) {
    if (!file.endsWith('.html')) continue;
    const form = [...elements(parseDocument(markup))].find((element) => element.tagName === 'form');
    if (!form) continue;
    const names = [...elements(form)].filter((element) => ['input', 'select', 'textarea'].includes(element.tagName)).map((element) => attribute(element, 'name')!);
    return { action: attribute(form, 'action')!, names, pagePath: `/${file.replace(/index\.html$/, '')}`, stylesheet };
  }
  throw new Error('no rendered page holds a form');
}

describe.each(backends)('forms on $name', (backend) => {
  let harness: TestApp;
  let inbox: SmtpInbox;
  let owner: { cookie: string; userId: string };
  let viewer: { cookie: string; userId: string };
  let editor: { cookie: string; userId: string };
  let outsider: { cookie: string; userId: string };
  let siteId = '';
  let formId = '';
  let form: ReturnType<typeof renderedForm>;
  let ipCounter = 0;

  const nextIp = () => `198.51.100.${(ipCounter += 1)}`;
  const json = async (cookie: string | undefined, method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };
  /** A visitor's browser posting the form from the contact page. */
  const browserPost = (fields: Record<string, string> | string, { ip = nextIp(), path = form.action, headers = {} }: { ip?: string; path?: string; headers?: Record<string, string> } = {}) =>
    harness.app.request(
      new Request(new URL(path, SITE_ORIGIN), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER_ACCEPT, referer: `${SITE_ORIGIN}${form.pagePath}`, 'user-agent': 'Mozilla/5.0 (test)', 'x-forwarded-for': ip, ...headers },
        body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
      }),
    );
  const jsonPost = (body: unknown, { ip = nextIp(), path = form.action }: { ip?: string; path?: string } = {}) =>
    harness.app.request(new Request(new URL(path, SITE_ORIGIN), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify(body) }));
  const storedCount = async () => Number((await harness.database.db.selectFrom('form_submissions').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).executeTakeFirstOrThrow()).count);
  const filled = (overrides: Record<string, string> = {}) => ({ name: 'Ann Visitor', email: 'ann@example.com', phone: '+1 512 555 0199', cake: 'Chocolate', guests: '12', day: '2026-12-24', message: 'A cake for twelve,\nwith candles.', _hp: '', ...overrides });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    harness = await openTestApp(backend, { SMTP_URL: inbox.url });
    owner = await signUp(harness.app, 'owner@example.com');
    viewer = await signUp(harness.app, 'viewer@example.com');
    editor = await signUp(harness.app, 'editor@example.com');
    outsider = await signUp(harness.app, 'outsider@example.com');
    const prepared = siteWithForm();
    formId = prepared.formId;
    const created = await json(owner.cookie, 'POST', '/api/sites', { subdomain: 'bakery', document: prepared.site });
    expect(created.status).toBe(201);
    siteId = created.body.id as string;
    await addMember(harness, siteId, owner.cookie, { email: 'viewer@example.com', cookie: viewer.cookie }, 'viewer');
    await addMember(harness, siteId, owner.cookie, { email: 'editor@example.com', cookie: editor.cookie }, 'editor');
    inbox.mails.length = 0; // the confirmations and invitations so far are not what this suite reads
    form = renderedForm(prepared.site, siteId);
    await publishDirectly(harness.database.db, siteId, created.body.head as string, { [form.stylesheet]: { hash: 'a'.repeat(64), size: 1, type: 'text/css' }, 'favicon.svg': { hash: 'b'.repeat(64), size: 1, type: 'image/svg+xml' } });
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
    await inbox?.close();
  });

  it('takes the rendered form as a browser posts it: thank-you page, stored row, mail to the owner', async () => {
    expect(form.action).toBe(`/api/forms/${siteId}/${formId}`);
    expect(form.names).toEqual(['name', 'email', 'phone', 'cake', 'guests', 'day', 'message', '_hp']);
    const posted = await browserPost({ ...filled(), unknown_field: 'dropped', admin: 'true' }, { ip: '203.0.113.7' });
    // Post/Redirect/Get: on to the thank-you page of the same host, which knows the page the form was on.
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/thanks/?from=${encodeURIComponent(form.pagePath)}`);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    // Without a /thanks/ page of its own, the site server hands that path to this route.
    const response = await harness.app.request(new Request(new URL(`/api/forms/${siteId}/thanks?from=${encodeURIComponent(form.pagePath)}`, SITE_ORIGIN), { headers: { accept: BROWSER_ACCEPT } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain(SUCCESS_MESSAGE);
    expect(page).toContain(`<a class="button" href="${form.pagePath}">Back to the page</a>`);
    expect(page).toContain(`<link rel="stylesheet" href="/${form.stylesheet}">`);
    expect(page).toContain('<title>Message sent · Sample Bakery</title>');
    expect(page).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    const report = await validator.validateString(page);
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);

    const rows = await harness.database.db.selectFrom('form_submissions').selectAll().where('site_id', '=', siteId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ form_id: formId, ip: '203.0.113.7', user_agent: 'Mozilla/5.0 (test)' });
    expect(rows[0]!.data).toEqual({ name: 'Ann Visitor', email: 'ann@example.com', phone: '+1 512 555 0199', cake: 'Chocolate', guests: '12', day: '2026-12-24', message: 'A cake for twelve,\nwith candles.' });

    const mail = await inbox.waitForMail('owner@example.com');
    expect(mail.to).toEqual(['owner@example.com']);
    expect(mail.text).toContain('Subject: New message from your site Sample Bakery: Order a cake');
    expect(mail.text).toContain('Your name: Ann Visitor');
    expect(mail.text).toContain('Message:\r\n    A cake for twelve,\r\n    with candles.');
    expect(mail.text).toContain(`${SITE_ORIGIN}${form.pagePath}`);
    expect(mail.text).not.toContain('dropped');
    expect(mail.text).toContain(`/sites/${siteId}/inbox`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Editors hear nothing until they ask; viewers never.
    expect(inbox.mails.filter((entry) => entry.to.includes('viewer@example.com') || entry.to.includes('editor@example.com'))).toEqual([]);
  });

  it('sends the browser to the page the form names after sending; a page that does not exist is refused when saved', async () => {
    const prepared = siteWithForm();
    const contact = prepared.site.pages.flatMap((page) => page.sections).find((section) => section.id === prepared.formId) as unknown as { props: ContactFormProps };
    contact.props.thanksPage = 'page:about';
    const created = await json(owner.cookie, 'POST', '/api/sites', { subdomain: 'thanks-page', document: prepared.site });
    expect(created.status).toBe(201);
    await publishDirectly(harness.database.db, created.body.id as string, created.body.head as string);
    const mailsBefore = inbox.mails.length;
    const posted = await browserPost(filled(), { path: `/api/forms/${created.body.id as string}/${prepared.formId}` });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/about/');
    // JSON clients keep their JSON.
    expect((await jsonPost(filled(), { path: `/api/forms/${created.body.id as string}/${prepared.formId}` })).status).toBe(200);
    await expect.poll(() => inbox.mails.length).toBe(mailsBefore + 2); // the owner's two mails, before the next test counts

    contact.props.thanksPage = 'page:nowhere';
    const refused = await json(owner.cookie, 'POST', '/api/sites', { subdomain: 'thanks-nowhere', document: prepared.site });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(refused.body.errors)).toContain('Links to page \\"nowhere\\"');
  });

  it('answers the thank-you page for any page path, and refuses to link back off the host', async () => {
    const thanks = (from: string) => harness.app.request(new Request(new URL(`/api/forms/${siteId}/thanks?from=${encodeURIComponent(from)}`, SITE_ORIGIN)));
    for (const hostile of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const page = await (await thanks(hostile)).text();
      expect(page).toContain('<a class="button" href="/">Back to the page</a>');
    }
    const unknown = await harness.app.request(new Request(new URL('/api/forms/no-such-site/thanks', SITE_ORIGIN)));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('takes no messages');
  });

  it('answers a missing required field with a page naming it, and stores nothing', async () => {
    const before = await storedCount();
    const response = await browserPost(filled({ email: '', message: '   ' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('<h1>Please check the form</h1>');
    expect(page).toContain('<li>Email: this field is required.</li>');
    expect(page).toContain('<li>Message: this field is required.</li>');
    expect(page).toContain(`href="${form.pagePath}">Back to the form</a>`);
    expect(page).not.toMatch(/<script|<style|\sstyle=/i);
    expect(await storedCount()).toBe(before);
  });

  it('refuses a NUL byte or a broken character in a field, naming it — a page for browsers, problem+json for API clients — and stores nothing', async () => {
    const before = await storedCount();
    const page = await browserPost(filled({ message: 'Hello\u0000there' }));
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
    const text = await page.text();
    expect(text).toContain('<h1>Please check the form</h1>');
    expect(text).toContain('<li>Message contains a NUL character (U+0000), which cannot be stored. Remove it and try again.</li>');
    const api = await harness.app.request(new Request(new URL(form.action, SITE_ORIGIN), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': nextIp() }, body: '{"name":"Ann","email":"ann@example.com","message":"half an emoji \\ud83d"}' }));
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(((await api.json()) as { errors: { path: string }[] }).errors).toEqual([{ path: 'body/message', message: expect.stringContaining('unpaired UTF-16 surrogate') }]);
    const pathNul = await browserPost(filled(), { path: `/api/forms/%00/${formId}` });
    expect(pathNul.status).toBe(400);
    expect(await storedCount()).toBe(before);
  });

  it('checks each kind: email, select among options, number, date, phone, single-line text, lengths', async () => {
    const response = await jsonPost(filled({ email: 'not-an-email', cake: 'Lemon', guests: 'twelve', day: '2026-02-30', phone: 'call me', name: 'two\nlines', message: 'x'.repeat(5_001) }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((error) => error.path)).toEqual(['body/name', 'body/email', 'body/phone', 'body/cake', 'body/guests', 'body/day', 'body/message']);
    expect(problem.errors[3]!.message).toBe('Cake: Choose one of: Sponge, Chocolate.');
    expect(problem.errors[6]!.message).toContain('under 5,000 characters');
  });

  it('answers a filled honeypot exactly like a success, and stores and mails nothing', async () => {
    const ip = nextIp();
    const before = await storedCount();
    const mailsBefore = inbox.mails.length;
    const real = await browserPost(filled(), { ip });
    const bot = await browserPost(filled({ _hp: 'https://spam.example' }), { ip });
    expect(bot.status).toBe(real.status);
    expect(headersOf(bot)).toEqual(headersOf(real));
    expect(await bot.text()).toBe(await real.text());
    expect(await storedCount()).toBe(before + 1);
    const botJson = await jsonPost(filled({ _hp: 'x' }));
    expect(botJson.status).toBe(200);
    expect(await botJson.json()).toEqual({ received: true, message: SUCCESS_MESSAGE });
    expect(await storedCount()).toBe(before + 1);
    await expect.poll(() => inbox.mails.length).toBe(mailsBefore + 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.mails.length).toBe(mailsBefore + 1);
  });

  it('refuses a body over 64 KB with 413, as a page for browsers and problem+json for API clients', async () => {
    const before = await storedCount();
    const big = new URLSearchParams(filled({ message: 'y'.repeat(70_000) })).toString();
    const page = await browserPost(big);
    expect(page.status).toBe(413);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Your message is too long');
    // A body streamed without Content-Length is counted as it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 20; index += 1) controller.enqueue(new TextEncoder().encode(JSON.stringify({ message: 'z'.repeat(5_000) })));
        controller.close();
      },
    });
    const streamed = await harness.app.request(new Request(new URL(form.action, SITE_ORIGIN), { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp() }, body: stream, duplex: 'half' } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedCount()).toBe(before);
  });

  it('limits each IP to 5 submissions a minute per site: 429 with Retry-After and a page saying to wait', async () => {
    const ip = nextIp();
    for (let index = 0; index < 5; index += 1) expect((await browserPost(filled(), { ip })).status).toBe(303);
    const refused = await browserPost(filled(), { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toContain('text/html');
    const page = await refused.text();
    expect(page).toContain('<h1>Please wait a moment</h1>');
    expect(page).toMatch(/Wait \d+ seconds/);
    const refusedJson = await jsonPost(filled(), { ip });
    expect(refusedJson.status).toBe(429);
    expect(refusedJson.headers.get('content-type')).toContain('application/problem+json');
    expect((await browserPost(filled())).status).toBe(303);
  });

  it('answers JSON clients with JSON, and takes multipart/form-data without files', async () => {
    const accepted = await jsonPost({ ...filled(), guests: 7, extra: { nested: true } });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('content-type')).toContain('application/json');
    expect(await accepted.json()).toEqual({ received: true, message: SUCCESS_MESSAGE });
    const latest = await harness.database.db.selectFrom('form_submissions').select('data').where('site_id', '=', siteId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(latest.data.guests).toBe('7');
    expect(Object.keys(latest.data)).not.toContain('extra');

    const multipart = new FormData();
    for (const [name, value] of Object.entries(filled({ name: 'Multi Part' }))) multipart.append(name, value);
    const viaMultipart = await harness.app.request(new Request(new URL(form.action, SITE_ORIGIN), { method: 'POST', headers: { accept: BROWSER_ACCEPT, 'x-forwarded-for': nextIp() }, body: multipart }));
    expect(viaMultipart.status).toBe(303);
    const stored = await harness.database.db.selectFrom('form_submissions').select('data').where('site_id', '=', siteId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(stored.data.name).toBe('Multi Part');

    const withFile = new FormData();
    for (const [name, value] of Object.entries(filled())) withFile.append(name, value);
    withFile.set('message', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'cv.pdf');
    const refused = await harness.app.request(new Request(new URL(form.action, SITE_ORIGIN), { method: 'POST', headers: { accept: 'application/json', 'x-forwarded-for': nextIp() }, body: withFile }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { path: string; message: string }[] }).errors).toEqual([{ path: 'body/message', message: 'Message: send text here, not a file.' }]);

    const wrongType = await harness.app.request(new Request(new URL(form.action, SITE_ORIGIN), { method: 'POST', headers: { 'content-type': 'text/plain', accept: 'application/json', 'x-forwarded-for': nextIp() }, body: 'hello' }));
    expect(wrongType.status).toBe(415);
    const malformed = await harness.app.request(new Request(new URL(form.action, SITE_ORIGIN), { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp() }, body: '{"name":' }));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('MALFORMED_JSON');
  });

  it('answers 404 when the site is not live or has no such form — a page for browsers, problem+json for API clients', async () => {
    const unpublished = await json(owner.cookie, 'POST', '/api/sites', { subdomain: 'not-live', name: 'Not live' });
    const path = `/api/forms/${unpublished.body.id as string}/contact-form`;
    const page = await browserPost(filled(), { path });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    const text = await page.text();
    expect(text).toContain('<h1>This form is not available</h1>');
    expect(text).toContain('not published');
    const problem = await jsonPost(filled(), { path });
    expect(problem.status).toBe(404);
    expect(problem.headers.get('content-type')).toContain('application/problem+json');
    expect(((await problem.json()) as { code: string }).code).toBe('FORM_NOT_FOUND');
    expect((await jsonPost(filled(), { path: `/api/forms/${siteId}/no-such-form` })).status).toBe(404);
    expect((await jsonPost(filled(), { path: `/api/forms/no-such-site/${formId}` })).status).toBe(404);
  });

  it('follows the live pointer: unpublishing takes the form offline on the next submission', async () => {
    const pointer = await harness.database.db.selectFrom('live_pointers').selectAll().where('site_id', '=', siteId).executeTakeFirstOrThrow();
    await harness.database.db.deleteFrom('live_pointers').where('site_id', '=', siteId).execute();
    try {
      expect((await jsonPost(filled())).status).toBe(404);
    } finally {
      await harness.database.db.insertInto('live_pointers').values({ site_id: pointer.site_id, channel: pointer.channel, deployment_id: pointer.deployment_id, updated_by: null }).execute();
    }
    expect((await jsonPost(filled())).status).toBe(200);
  });

  it('lists submissions for editors and owners, newest first, page by page and by form; 403 for viewers, 404 for others', async () => {
    const total = await storedCount();
    const first = await json(editor.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.submissions).toHaveLength(2);
    expect(Number(first.body.submissions[0].id)).toBeGreaterThan(Number(first.body.submissions[1].id));
    expect(first.body.submissions[0]).toMatchObject({ formId, data: expect.objectContaining({ email: expect.any(String) }), createdAt: expect.any(String), read: false, readAt: null, place: 'Home — Order a cake' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...(page.body.submissions as { id: string }[]).map((submission) => submission.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect((await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?formId=${formId}`)).body.submissions.length).toBe(Math.min(total, 50));
    expect((await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?formId=other`)).body.submissions).toEqual([]);
    expect((await json(outsider.cookie, 'GET', `/api/sites/${siteId}/submissions`)).status).toBe(404);
    expect((await json(undefined, 'GET', `/api/sites/${siteId}/submissions`)).status).toBe(401);
    // Visitors' names, emails and messages are not for viewers: 403 naming the role needed, no data.
    const asViewer = await json(viewer.cookie, 'GET', `/api/sites/${siteId}/submissions`);
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.detail).toContain('editor');
    expect(JSON.stringify(asViewer.body)).not.toContain('@');
  });

  it('lets owners delete a submission, audited; editors and viewers may not, strangers do not see it', async () => {
    const [latest] = (await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=1`)).body.submissions as { id: string }[];
    const path = `/api/sites/${siteId}/submissions/${latest!.id}`;
    expect((await json(viewer.cookie, 'DELETE', path)).status).toBe(403);
    expect((await json(outsider.cookie, 'DELETE', path)).status).toBe(404);
    const asEditor = await json(editor.cookie, 'DELETE', path);
    expect(asEditor.status).toBe(403);
    expect(asEditor.body.detail).toContain('owner');
    expect((await json(owner.cookie, 'DELETE', path)).status).toBe(204);
    expect((await json(owner.cookie, 'DELETE', path)).status).toBe(404);
    const trail = await auditTrail(harness.database.db, siteId);
    expect(trail.find((entry) => entry.action === 'form-submission.delete')).toMatchObject({ actor_id: owner.userId, target: latest!.id, details: { formId } });
  });
});

describe.each(backends)('forms when mail fails, on $name', (backend) => {
  let harness: TestApp;
  afterAll(() => harness?.close());

  it('keeps the submission and thanks the visitor; the failure is logged', async () => {
    const failing: Mailer = { send: () => Promise.reject(new Error('SMTP server refused the connection')), close: () => {} };
    harness = await openTestApp(backend, { SMTP_URL: 'smtp://127.0.0.1:9' }, { mailer: failing });
    const owner = await signUp(harness.app, 'owner@example.com');
    const { site, formId } = siteWithForm();
    const created = await harness.app.request(apiRequest('/api/sites', { method: 'POST', body: { subdomain: 'mail-fails', document: site }, cookie: owner.cookie }));
    const { id, head } = (await created.json()) as { id: string; head: string };
    await publishDirectly(harness.database.db, id, head);
    const response = await harness.app.request(
      new Request(new URL(`/api/forms/${id}/${formId}`, SITE_ORIGIN), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER_ACCEPT }, body: 'name=Ann&email=ann%40example.com&cake=Sponge&message=Hello' }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/thanks/?from=%2F');
    const rows = await harness.database.db.selectFrom('form_submissions').selectAll().where('site_id', '=', id).execute();
    expect(rows.map((row) => row.data)).toEqual([{ name: 'Ann', email: 'ann@example.com', cake: 'Sponge', message: 'Hello' }]);
    await expect.poll(() => harness.logs.some((line) => String(line.msg).includes('Could not mail 1 of 1 members'))).toBe(true);
  }, 60_000);
});
