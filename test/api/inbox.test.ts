// The inbox of visitors' messages, on both backends: read/unread and the unread count of the site list, the CSV
// export read back by an RFC 4180 parser, each member's own notification setting and who gets the instant mail
// (owners by default, editors who ask, never viewers), the daily summary with a moved clock, and the refusals
// (viewers 403 naming the role, bad ids 400, unknown 404, strangers 404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mail, Mailer } from '../../src/auth/index.ts';
import { sendLeadDigests } from '../../src/publish/index.ts';
import { backends } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { outboxOf } from '../support/outbox.ts';
import { publishDirectly } from '../support/publish-directly.ts';
import { sampleSite } from '../support/sample-site.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const SITE_ORIGIN = 'http://bakery.localhost:8080';

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let isQuoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') isQuoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
      isQuoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`a bare line break outside quotes at ${index}`);
    } else field += char;
    index += 1;
  }
  if (isQuoted) throw new Error('an unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

describe.each(backends)('the inbox of visitors’ messages on $name', (backend) => {
  let harness: TestApp;
  let owner: { cookie: string; userId: string };
  let editor: { cookie: string; userId: string };
  let quietEditor: { cookie: string; userId: string };
  let viewer: { cookie: string; userId: string };
  let outsider: { cookie: string; userId: string };
  let siteId = '';
  let formId = '';
  let ipCounter = 0;

  const json = async (cookie: string | undefined, method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {}, text, headers: response.headers };
  };
  const post = (fields: Record<string, string>) =>
    harness.app.request(
      new Request(new URL(`/api/forms/${siteId}/${formId}`, SITE_ORIGIN), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': `198.51.100.${(ipCounter += 1)}` },
        body: JSON.stringify({ _hp: '', ...fields }),
      }),
    );
  const unread = async (cookie: string) => ((await json(cookie, 'GET', '/api/sites')).body.sites as { id: string; unreadSubmissions: number }[]).find((site) => site.id === siteId)?.unreadSubmissions;
  const mailsTo = (address: string) => outboxOf(harness.app).to(address).filter((mail) => mail.subject.startsWith('New message from your site'));

  beforeAll(async () => {
    harness = await openTestApp(backend);
    owner = await signUp(harness.app, 'owner@example.com');
    editor = await signUp(harness.app, 'editor@example.com');
    quietEditor = await signUp(harness.app, 'quiet@example.com');
    viewer = await signUp(harness.app, 'viewer@example.com');
    outsider = await signUp(harness.app, 'outsider@example.com');
    const document = sampleSite();
    const contact = document.pages.flatMap((page) => page.sections).find((section) => section.type === 'contactForm')!;
    formId = contact.id;
    const created = await json(owner.cookie, 'POST', '/api/sites', { subdomain: 'bakery', document });
    expect(created.status).toBe(201);
    siteId = created.body.id as string;
    await addMember(harness, siteId, owner.cookie, { email: 'editor@example.com', cookie: editor.cookie }, 'editor');
    await addMember(harness, siteId, owner.cookie, { email: 'quiet@example.com', cookie: quietEditor.cookie }, 'editor');
    await addMember(harness, siteId, owner.cookie, { email: 'viewer@example.com', cookie: viewer.cookie }, 'viewer');
    await publishDirectly(harness.database.db, siteId, created.body.head as string);
  }, 120_000);
  afterAll(() => harness?.close());

  it('gives each member their own setting: owners instant, editors off until they choose; viewers are refused, naming the role', async () => {
    expect((await json(owner.cookie, 'GET', `/api/sites/${siteId}/lead-notifications`)).body).toEqual({ leadMail: 'instant', isDefault: true });
    expect((await json(editor.cookie, 'GET', `/api/sites/${siteId}/lead-notifications`)).body).toEqual({ leadMail: 'off', isDefault: true });
    const chosen = await json(editor.cookie, 'PUT', `/api/sites/${siteId}/lead-notifications`, { leadMail: 'instant' });
    expect(chosen).toMatchObject({ status: 200, body: { leadMail: 'instant', isDefault: false } });
    // The editor's choice is theirs alone.
    expect((await json(quietEditor.cookie, 'GET', `/api/sites/${siteId}/lead-notifications`)).body).toEqual({ leadMail: 'off', isDefault: true });

    const asViewer = await json(viewer.cookie, 'PUT', `/api/sites/${siteId}/lead-notifications`, { leadMail: 'instant' });
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.detail).toContain('editor');
    expect((await json(viewer.cookie, 'GET', `/api/sites/${siteId}/lead-notifications`)).status).toBe(403);
    expect((await json(outsider.cookie, 'GET', `/api/sites/${siteId}/lead-notifications`)).status).toBe(404);
    expect((await json(undefined, 'GET', `/api/sites/${siteId}/lead-notifications`)).status).toBe(401);
    const bad = await json(owner.cookie, 'PUT', `/api/sites/${siteId}/lead-notifications`, { leadMail: 'hourly' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toContain('leadMail');
  });

  it('mails each message to the owner and the editor who asked, not to the quiet editor or the viewer (log mailer without SMTP)', async () => {
    expect((await post({ name: 'Ann', email: 'ann@example.com', message: 'Rye on Saturday?' })).status).toBe(200);
    await expect.poll(() => mailsTo('owner@example.com').length).toBe(1);
    await expect.poll(() => mailsTo('editor@example.com').length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mailsTo('quiet@example.com')).toEqual([]);
    expect(mailsTo('viewer@example.com')).toEqual([]);
    expect(mailsTo('editor@example.com')[0]!.text).toContain('Rye on Saturday?');
    // No SMTP server is set: the mail went to the log.
    expect(harness.logs.some((line) => String(line.msg).startsWith('Mail to editor@example.com (no SMTP_URL set'))).toBe(true);
  });

  it('counts unread messages in the site list, in one answer, and marks them read and unread', async () => {
    const before = (await unread(owner.cookie))!;
    expect(before).toBeGreaterThanOrEqual(1);
    expect((await post({ name: 'Bo', email: 'bo@example.com', message: 'Gluten free?' })).status).toBe(200);
    expect(await unread(owner.cookie)).toBe(before + 1);
    expect(await unread(editor.cookie)).toBe(before + 1);
    expect(await unread(viewer.cookie)).toBe(0);

    const [latest] = (await json(editor.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=1`)).body.submissions as { id: string; read: boolean }[];
    expect(latest!.read).toBe(false);
    const path = `/api/sites/${siteId}/submissions/${latest!.id}`;
    const marked = await json(editor.cookie, 'PATCH', path, { read: true });
    expect(marked.status).toBe(200);
    expect(marked.body.submission).toMatchObject({ id: latest!.id, read: true, readAt: expect.any(String) });
    expect(await unread(owner.cookie)).toBe(before);
    // Marking read again keeps the first time it was read.
    expect((await json(owner.cookie, 'PATCH', path, { read: true })).body.submission.readAt).toBe(marked.body.submission.readAt);
    const listed = (await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=1`)).body.submissions[0];
    expect(listed).toMatchObject({ id: latest!.id, read: true });
    expect((await json(owner.cookie, 'PATCH', path, { read: false })).body.submission).toMatchObject({ read: false, readAt: null });
    expect(await unread(owner.cookie)).toBe(before + 1);
  });

  it('refuses to mark for viewers (403 naming the role), bad ids (400), unknown messages and strangers (404)', async () => {
    const [latest] = (await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=1`)).body.submissions as { id: string }[];
    const path = `/api/sites/${siteId}/submissions/${latest!.id}`;
    const asViewer = await json(viewer.cookie, 'PATCH', path, { read: true });
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.detail).toContain('editor');
    expect((await json(outsider.cookie, 'PATCH', path, { read: true })).status).toBe(404);
    expect((await json(owner.cookie, 'PATCH', `/api/sites/${siteId}/submissions/abc`, { read: true })).status).toBe(400);
    expect((await json(owner.cookie, 'PATCH', path, { read: 'yes' })).status).toBe(400);
    expect((await json(owner.cookie, 'PATCH', path, { read: true, extra: 1 })).status).toBe(400);
    expect((await json(owner.cookie, 'PATCH', `/api/sites/${siteId}/submissions/999999999`, { read: true })).status).toBe(404);
    expect((await json(owner.cookie, 'PATCH', `/api/sites/no-such-site/submissions/${latest!.id}`, { read: true })).status).toBe(404);
    // A message of another site is not this site's.
    const other = await json(outsider.cookie, 'POST', '/api/sites', { subdomain: 'other-shop', name: 'Other' });
    expect((await json(outsider.cookie, 'PATCH', `/api/sites/${other.body.id as string}/submissions/${latest!.id}`, { read: true })).status).toBe(404);
    expect(await unread(owner.cookie)).toBeGreaterThan(0);
  });

  it('exports every message as RFC 4180 CSV that parses back: commas, quotes, line breaks, accents, formulas defused', async () => {
    const tricky = { name: 'Zoë "Zed", Jr.', email: 'zoe@example.com', message: 'Line one,\nline "two"\n— ünïcödé 🍞' };
    expect((await post(tricky)).status).toBe(200);
    expect((await post({ name: '=HYPERLINK("http://evil.example","x")', email: 'eve@example.com', message: '+1 then -2 and @me' })).status).toBe(200);
    const exported = await harness.app.request(apiRequest(`/api/sites/${siteId}/submissions.csv`, { cookie: editor.cookie }));
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('text/csv');
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="messages-bakery-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, ''));
    const [header, ...rows] = records;
    expect(header).toEqual(['name', 'email', 'message', 'Received (UTC)', 'Read']);
    const listed = (await json(owner.cookie, 'GET', `/api/sites/${siteId}/submissions?limit=200`)).body.submissions as { data: Record<string, string> }[];
    expect(rows).toHaveLength(listed.length);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows[1]!.slice(0, 3)).toEqual([tricky.name, tricky.email, tricky.message]);
    expect(rows[0]!.slice(0, 3)).toEqual(['\'=HYPERLINK("http://evil.example","x")', 'eve@example.com', "'+1 then -2 and @me"]);
    expect(rows[0]![3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(rows.map((row) => row[4])).toContain('no');

    const asViewer = await json(viewer.cookie, 'GET', `/api/sites/${siteId}/submissions.csv`);
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.detail).toContain('editor');
    expect(asViewer.text).not.toContain('@example.com');
    expect((await json(outsider.cookie, 'GET', `/api/sites/${siteId}/submissions.csv`)).status).toBe(404);
    expect((await json(undefined, 'GET', `/api/sites/${siteId}/submissions.csv`)).status).toBe(401);
  });

  it('sends each daily member one summary of the day’s unread messages once the day is over (moved clock)', async () => {
    const db = harness.database.db;
    const sent: Mail[] = [];
    const mailer: Mailer = { send: async (mail) => void sent.push(mail), close: () => {} };
    const deps = { db, mailer, publicUrl: 'http://localhost:8080' };
    expect((await json(quietEditor.cookie, 'PUT', `/api/sites/${siteId}/lead-notifications`, { leadMail: 'daily' })).status).toBe(200);
    // The digest covers the day the member chose it on; put that day in the past, with messages on it.
    const day = new Date('2030-03-10T00:00:00Z');
    await db.updateTable('site_members').set({ lead_digest_through: day }).where('site_id', '=', siteId).where('user_id', '=', quietEditor.userId).execute();
    const insert = (at: string, message: string, readAt: Date | null = null) =>
      db.insertInto('form_submissions').values({ site_id: siteId, form_id: formId, data: JSON.stringify({ name: 'Day Visitor', message }), ip: null, user_agent: null, created_at: new Date(at), read_at: readAt }).execute();
    await insert('2030-03-10T09:15:00Z', 'Morning question');
    await insert('2030-03-10T18:40:00Z', 'Evening question,\nsecond line');
    await insert('2030-03-10T12:00:00Z', 'Already answered', new Date('2030-03-10T13:00:00Z'));
    await insert('2030-03-11T08:00:00Z', 'Next day');

    expect(await sendLeadDigests(deps, new Date('2030-03-10T20:00:00Z'))).toBe(0); // the day is not over yet
    expect(await sendLeadDigests(deps, new Date('2030-03-11T00:30:00Z'))).toBe(1);
    expect(sent.map((mail) => mail.to)).toEqual(['quiet@example.com']);
    const [digest] = sent;
    expect(digest!.subject).toBe('Sample Bakery: 2 messages from visitors on 2030-03-10');
    expect(digest!.text).toContain('Morning question');
    expect(digest!.text).toContain('Message:\n    Evening question,\n    second line');
    expect(digest!.text).not.toContain('Already answered');
    expect(digest!.text).not.toContain('Next day');
    expect(digest!.text).toContain(`http://localhost:8080/sites/${siteId}/inbox`);
    // Once a day: a second run the same day (another process, say) sends nothing; the next day brings the next one.
    expect(await Promise.all([sendLeadDigests(deps, new Date('2030-03-11T01:30:00Z')), sendLeadDigests(deps, new Date('2030-03-11T02:00:00Z'))])).toEqual([0, 0]);
    expect(await sendLeadDigests(deps, new Date('2030-03-12T00:10:00Z'))).toBe(1);
    expect(sent[1]!.text).toContain('Next day');
    expect(sent[1]!.subject).toBe('Sample Bakery: one message from visitors on 2030-03-11');
    // The instant mail is not sent to daily members.
    expect((await post({ name: 'Cy', email: 'cy@example.com', message: 'Instant?' })).status).toBe(200);
    await expect.poll(() => mailsTo('owner@example.com').some((mail) => mail.text.includes('Instant?'))).toBe(true);
    expect(mailsTo('quiet@example.com')).toEqual([]);
  });

  it('gives the digest back to the next run when its mail fails, and never sends one to a member who became a viewer', async () => {
    const db = harness.database.db;
    const failing: Mailer = { send: () => Promise.reject(new Error('SMTP refused')), close: () => {} };
    await db.insertInto('form_submissions').values({ site_id: siteId, form_id: formId, data: JSON.stringify({ message: 'Late' }), ip: null, user_agent: null, created_at: new Date('2030-03-12T10:00:00Z') }).execute();
    expect(await sendLeadDigests({ db, mailer: failing, publicUrl: 'http://x' }, new Date('2030-03-13T00:10:00Z'))).toBe(0);
    const sent: Mail[] = [];
    const working: Mailer = { send: async (mail) => void sent.push(mail), close: () => {} };
    expect(await sendLeadDigests({ db, mailer: working, publicUrl: 'http://x' }, new Date('2030-03-13T00:20:00Z'))).toBe(1);
    expect(sent[0]!.text).toContain('Late');
    await db.updateTable('site_members').set({ role: 'viewer' }).where('site_id', '=', siteId).where('user_id', '=', quietEditor.userId).execute();
    await db.insertInto('form_submissions').values({ site_id: siteId, form_id: formId, data: JSON.stringify({ message: 'Private' }), ip: null, user_agent: null, created_at: new Date('2030-03-13T10:00:00Z') }).execute();
    expect(await sendLeadDigests({ db, mailer: working, publicUrl: 'http://x' }, new Date('2030-03-14T00:20:00Z'))).toBe(0);
    expect(sent).toHaveLength(1);
  });
});
