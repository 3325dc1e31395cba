// The production audit of the e-info plan found 17 problems in the system it reviewed. One `describe` per finding,
// titled with its number and words, asserting how PageHub answers it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { hashBytes } from '../src/assets/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelRoles } from '../src/ai/providers/index.ts';
import { sweepExpiredRows } from '../src/admin/index.ts';
import { createAuth, resolveAuthSecret } from '../src/auth/index.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/index.ts';
import { abandonStaleGenerationJobs, deleteFinishedGenerationJobs } from '../src/jobs/index.ts';
import { createLogger } from '../src/logger.ts';
import { render } from '../src/render/index.ts';
import { offlineRoles } from '../src/ai/offline-rules/index.ts';
import { createHistory } from '../src/store/history/index.ts';
import { backends } from './support/backends.ts';
import { startFakeProvider, type FakeProvider } from './support/fake-providers/index.ts';
import { startBillingHarness } from './billing/billing-harness.ts';
import { sampleSite } from './support/sample-site.ts';
import { apiRequest, cookiesFrom, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from './support/test-app.ts';

type Answer = { status: number; headers: Headers; body: Record<string, any> };

async function call(harness: TestApp, cookie: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await harness.app.request(apiRequest(path, { method, headers, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

async function newSite(harness: TestApp, cookie: string, subdomain: string): Promise<{ id: string; head: string }> {
  const created = await call(harness, cookie, 'POST', '/api/sites', { subdomain, name: 'Finding Bakery' });
  expect(created.status).toBe(201);
  return created.body as { id: string; head: string };
}

/** A 12-megapixel JPEG of fine detail at high quality: more than 5 MB, like a camera's full-size photo. */
async function heavyPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let index = 0; index < pixels.length; index += 1) {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    pixels[index] = ((index % (width * 3)) >> 4) + (seed & 63);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

async function waitForJob(harness: TestApp, cookie: string, jobId: string, seen: Set<string> = new Set()): Promise<Record<string, any>> {
  for (const started = Date.now(); Date.now() - started < 30_000; ) {
    const job = await call(harness, cookie, 'GET', `/api/jobs/${jobId}`);
    seen.add(job.body.status as string);
    if (job.body.status === 'succeeded' || job.body.status === 'failed') return job.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe('production findings', () => {
  let harness: TestApp;
  let owner: { cookie: string; userId: string };

  beforeAll(async () => {
    harness = await openTestApp(backends[0]!, { DNS_SERVERS: '127.0.0.1:9', AI_GENERATIONS_PER_HOUR: '100' });
    owner = await signUp(harness.app, 'owner@example.com');
  }, 60_000);
  afterAll(() => harness?.close());

  describe('1 — validation that always passed (a comma operator in an `if`): every route validates its input with schemas', () => {
    it('refuses a body of the wrong shape on every operation that takes one, naming the body', async () => {
      const site = await newSite(harness, owner.cookie, 'finding-one');
      const document = (await call(harness, undefined, 'GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
      const refusedWrongly: string[] = [];
      let checked = 0;
      for (const [template, methods] of Object.entries(document.paths)) {
        if (template.startsWith('/api/auth/')) continue; // better-auth validates its own routes
        for (const [method, operation] of Object.entries(methods)) {
          if (!operation.requestBody?.content['application/json']) continue;
          checked += 1;
          const path = template.replace('{id}', site.id).replace('{siteId}', site.id).replace(/\{[^}]+\}/g, 'x');
          const answer = await call(harness, owner.cookie, method.toUpperCase(), path, ['not', 'an', 'object']);
          const paths = ((answer.body.errors ?? []) as { path: string }[]).map((error) => error.path);
          const isNamed = answer.status === 400 && paths.some((entry) => entry.startsWith('body') || entry.startsWith('params'));
          if (!isNamed && !(answer.status === 404 && template.startsWith('/api/forms/'))) refusedWrongly.push(`${method.toUpperCase()} ${template}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`);
        }
      }
      expect(refusedWrongly).toEqual([]);
      expect(checked).toBeGreaterThan(15);
    });
  });

  describe('2 — sites generated without payment: with pay-to-publish, a generated site goes live only once paid', () => {
    it('generates and customises for free, refuses to publish (402 PAYMENT_REQUIRED) until Stripe confirms the payment', async () => {
      const billing = await startBillingHarness(backends[0]!, { mode: 'per-site' });
      try {
        const person = await billing.person('finding-two@example.com');
        const started = await billing.call('POST', '/api/sites/generate', person.cookie, { prompt: 'A family bakery in Porto with sourdough and pastries.', subdomain: 'finding-two' });
        expect(started.status).toBe(202);
        const job = await waitForJob(billing.app, person.cookie, ((await started.json()) as { jobId: string }).jobId);
        const siteId = job.result.siteId as string;
        const refused = await billing.call('POST', `/api/sites/${siteId}/publish`, person.cookie, { confirmSamples: true });
        expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([402, 'PAYMENT_REQUIRED']);
        const { url } = (await (await billing.call('POST', `/api/sites/${siteId}/payment`, person.cookie)).json()) as { url: string };
        await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
        await billing.fake.idle();
        expect((await billing.call('POST', `/api/sites/${siteId}/publish`, person.cookie, { confirmSamples: true })).status).toBe(200);
      } finally {
        await billing.close();
      }
    });
  });

  describe('7 — payment never verified by webhook: the Stripe-Signature is checked and the state re-read from Stripe', () => {
    it('ignores an unsigned or forged "paid" event (400) and a signed one about an unpaid session; only Stripe’s word unlocks', async () => {
      const billing = await startBillingHarness(backends[0]!, { mode: 'per-site' });
      try {
        const person = await billing.person('finding-seven@example.com', 'finding-seven');
        const siteId = person.siteId!;
        const { url } = (await (await billing.call('POST', `/api/sites/${siteId}/payment`, person.cookie)).json()) as { url: string };
        const session = { id: new URL(url).pathname.split('/').pop(), object: 'checkout.session', mode: 'payment', payment_status: 'paid', metadata: { siteId } };
        const unsigned = await fetch(`http://127.0.0.1:${billing.port}/api/billing/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(billing.fake.event('checkout.session.completed', session)) });
        expect(unsigned.status).toBe(400);
        expect((await billing.fake.sendEvent(billing.fake.event('checkout.session.completed', session), { secret: 'whsec_attacker' })).status).toBe(400);
        // Correctly signed, but Stripe says the session is still open: nothing is unlocked.
        expect((await billing.fake.sendEvent(billing.fake.event('checkout.session.completed', session))).status).toBe(200);
        const payment = async () => ((await (await billing.call('GET', `/api/sites/${siteId}/payment`, person.cookie)).json()) as { paid: boolean }).paid;
        expect(await payment()).toBe(false);
        await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
        await billing.fake.idle();
        expect(await payment()).toBe(true);
      } finally {
        await billing.close();
      }
    });
  });

  describe('3 — a read-modify-write race on one shared metadata file: transactions, and 409 on a stale base that overlaps', () => {
    it('lets exactly one of eight concurrent changes of one field on one base land on PostgreSQL; the others get 409 EDIT_CONFLICT with the head', async () => {
      const concurrent = await openTestApp(backends[1]!);
      try {
        const person = await signUp(concurrent.app, 'racer@example.com');
        const site = await newSite(concurrent, person.cookie, 'finding-three');
        const answers = await Promise.all(
          Array.from({ length: 8 }, (_, index) => call(concurrent, person.cookie, 'POST', `/api/sites/${site.id}/commits`, { branch: 'main', base: site.head, patch: [{ op: 'replace', path: '/business/tagline', value: `Writer ${index}` }] })),
        );
        const landed = answers.filter((answer) => answer.status === 201);
        expect(landed).toHaveLength(1);
        const conflicts = answers.filter((answer) => answer.status === 409);
        expect(conflicts).toHaveLength(7);
        for (const conflict of conflicts) expect(conflict.body).toMatchObject({ code: 'EDIT_CONFLICT', head: landed[0]!.body.commit.id });
        const log = await call(concurrent, person.cookie, 'GET', `/api/sites/${site.id}/commits`);
        expect(log.body.commits).toHaveLength(2);
      } finally {
        await concurrent.close();
      }
    });
  });

  describe('4 — an unbounded metadata file: bounded tables, with expired sessions, ended invitations and abandoned jobs cleaned up', () => {
    it('sweeps a revoked invitation and an expired session a month on, and closes a job nobody works on', async () => {
      const site = await newSite(harness, owner.cookie, 'finding-four');
      const invite = await call(harness, owner.cookie, 'POST', `/api/sites/${site.id}/invites`, { role: 'editor', expiresInHours: 24, maxUses: 1 });
      expect((await call(harness, owner.cookie, 'DELETE', `/api/sites/${site.id}/invites/${invite.body.id}`)).status).toBe(204);
      await sql`INSERT INTO generation_jobs (id, user_id, prompt, subdomain, status, stage) VALUES ('lost-job', ${owner.userId}, 'A bakery', 'lost-job', 'running', 'generating')`.execute(harness.database.db);
      const workerDeps = { db: harness.database.db, history: createHistory(harness.database), roles: offlineRoles(), logger: createLogger('silent') };
      const deps = { db: harness.database.db, abandonStaleJobs: (before: Date) => abandonStaleGenerationJobs(workerDeps, before), deleteFinishedJobs: (before: Date) => deleteFinishedGenerationJobs(workerDeps, before) };
      const sessionsBefore = Number((await sql<{ count: string }>`SELECT count(*) AS count FROM "session"`.execute(harness.database.db)).rows[0]!.count);

      // Two hours on: the job nobody works on is closed; today's sessions and the revoked invitation stay.
      const soon = await sweepExpiredRows(deps, new Date(Date.now() + 2 * 3_600_000));
      expect(soon).toMatchObject({ staleJobs: 1, sessions: 0, invites: 0 });
      expect((await call(harness, owner.cookie, 'GET', `/api/jobs/lost-job`)).body).toMatchObject({ status: 'failed', error: { detail: expect.stringContaining('Try again') } });
      // Forty days on: the sessions have expired, the invitation ended a month ago, the finished job is old.
      const later = await sweepExpiredRows(deps, new Date(Date.now() + 40 * 86_400_000));
      expect(later.sessions).toBe(sessionsBefore);
      expect(later.invites).toBeGreaterThanOrEqual(1);
      expect(later.finishedJobs).toBeGreaterThanOrEqual(1);
      expect((await call(harness, owner.cookie, 'GET', '/api/sites')).status).toBe(401);
      const signIn = await harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'owner@example.com', password: 'correct horse battery' } }));
      owner = { ...owner, cookie: cookiesFrom(signIn) };
      expect(await harness.database.db.selectFrom('invites').select('id').where('site_id', '=', site.id).execute()).toEqual([]);
      expect(loadConfig({}).HOUSEKEEPING_SECONDS).toBe(3_600); // every server process sweeps hourly by default
    });
  });

  describe('5 — email, name, images and colours never validated: schemas for every field', () => {
    it('refuses a bad email, an overlong name, an injected colour, a script link and a script image with the field named', async () => {
      const site = await newSite(harness, owner.cookie, 'finding-five');
      const signUpAnswer = await call(harness, undefined, 'POST', '/api/auth/sign-up/email', { name: 'Ann', email: 'not-an-email', password: 'correct horse battery' });
      expect(signUpAnswer.status).toBe(400);
      const longName = await call(harness, owner.cookie, 'POST', '/api/sites', { subdomain: 'finding-five-b', name: 'x'.repeat(500) });
      expect(longName).toMatchObject({ status: 400, body: { errors: [{ path: 'body/name' }] } });
      const cases: [string, string, unknown, string][] = [
        ['a colour with CSS injected', '/theme/colors/primary', 'red; background: url(https://evil.example)', 'theme/colors/primary'],
        ['a business email', '/business/email', 'ann(at)example', 'business/email'],
        ['a javascript: link', '/navigation/items/0/href', 'javascript:alert(1)', 'navigation/items/0/href'],
        ['a script image', '/seo/image', 'javascript:alert(1)', 'seo/image'],
      ];
      for (const [what, path, value, field] of cases) {
        const answer = await call(harness, owner.cookie, 'POST', `/api/sites/${site.id}/commits`, { branch: 'main', base: site.head, patch: [{ op: 'add', path, value }] });
        expect(answer.status, what).toBe(422);
        expect(answer.body.errors.map((error: { path: string }) => error.path), what).toContain(field);
      }
    });
  });

  describe('6 — no rate limiting: limits per user, per IP and per account', () => {
    it('answers 429 with Retry-After past the writes of one person, the sign-ins of one address, and the failures of one account', async () => {
      const limited = await openTestApp(backends[0]!, {}, { rateLimits: { authPerIp: { points: 5, duration: 60 }, writePerUser: { points: 3, duration: 60 }, writePerIp: { points: 1_000, duration: 60 } } });
      try {
        const person = await signUp(limited.app, 'busy@example.com');
        const site = await newSite(limited, person.cookie, 'finding-six');
        const writes = [];
        for (let index = 0; index < 3; index += 1) writes.push(await call(limited, person.cookie, 'POST', `/api/sites/${site.id}/branches`, { name: `branch-${index}`, from: site.head }));
        expect(writes.map((answer) => answer.status)).toEqual([201, 201, 429]); // the site's creation was the first write
        expect(Number(writes[2]!.headers.get('retry-after'))).toBeGreaterThan(0);

        const signIn = (password: string, ip: string) => call(limited, undefined, 'POST', '/api/auth/sign-in/email', { email: 'busy@example.com', password }, { 'x-forwarded-for': ip });
        for (let attempt = 0; attempt < 10; attempt += 1) expect((await signIn('wrong password', `198.51.100.${attempt + 1}`)).status).toBe(401);
        const throttled = await signIn('correct horse battery', '203.0.113.50');
        expect(throttled.status).toBe(429);
        expect(throttled.body.code).toBe('SIGN_IN_THROTTLED');
        expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(60);

        let perIp: Answer | undefined;
        for (let attempt = 0; attempt < 10 && perIp?.status !== 429; attempt += 1) perIp = await call(limited, undefined, 'POST', '/api/auth/sign-in/email', { email: `nobody-${attempt}@example.com`, password: 'x'.repeat(10) }, { 'x-forwarded-for': '192.0.2.9' });
        expect(perIp!.status).toBe(429);
      } finally {
        await limited.close();
      }
    });
  });

  describe('8 — a long-lived cached credential that could not be rotated: secrets from the environment, AUTH_SECRET rotation', () => {
    it('takes the secret from AUTH_SECRET (required with DATABASE_URL); a new secret ends old sessions, and people sign in again', async () => {
      expect(resolveAuthSecret({ AUTH_SECRET: 'a'.repeat(40), DATA_DIR: '/nonexistent', DATABASE_URL: undefined })).toBe('a'.repeat(40));
      expect(() => resolveAuthSecret({ AUTH_SECRET: undefined, DATA_DIR: '/nonexistent', DATABASE_URL: 'postgres://db/pagehub' })).toThrow(ConfigError);

      const person = await signUp(harness.app, 'rotating@example.com');
      expect((await call(harness, person.cookie, 'GET', '/api/sites')).status).toBe(200);
      // The same database, restarted with a new AUTH_SECRET (docs/deployment.md, "Rotating AUTH_SECRET").
      const rotatedSecret = 'rotated-secret-0123456789abcdef0123456789';
      const config = loadConfig({ AUTH_SECRET: rotatedSecret, PUBLIC_URL: TEST_PUBLIC_URL, DATA_DIR: harness.config.DATA_DIR });
      const logger = createLogger('silent');
      const mailer = { send: async () => {}, close: () => {} };
      const auth = createAuth({ config, database: harness.database, logger, mailer, secret: rotatedSecret });
      const rotated = { ...harness, app: createApp({ config, database: harness.database, auth, logger, mailer }) };
      expect((await call(rotated, person.cookie, 'GET', '/api/sites')).status).toBe(401);
      const signIn = await rotated.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'rotating@example.com', password: 'correct horse battery' } }));
      expect(signIn.status).toBe(200);
      expect((await call(rotated, cookiesFrom(signIn), 'GET', '/api/sites')).status).toBe(200);
      expect((await call(harness, cookiesFrom(signIn), 'GET', '/api/sites')).status).toBe(401); // the old secret no longer signs anything valid
    });
  });

  describe('9 — DOM-based generation taking 8–13 s: the pure renderer (npm run bench -- render: the 6-page sample site in a 6.8 ms median)', () => {
    it('renders a whole site as a pure function of the document, with no DOM, the same every time', () => {
      expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
      const site = sampleSite();
      const first = render(site);
      const second = render(structuredClone(site));
      expect([...first.keys()].filter((path) => path.endsWith('.html')).length).toBeGreaterThanOrEqual(site.pages.length);
      expect([...second.entries()]).toEqual([...first.entries()]);
    });
  });

  describe('10 — raw 5 MB images stored as-is: uploads are stored only as variants made for screens, without camera data', () => {
    it('keeps none of a 5 MB photo’s bytes as uploaded; a phone gets a variant a small fraction of its weight', async () => {
      const site = await newSite(harness, owner.cookie, 'finding-ten');
      const photo = await heavyPhoto();
      expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'DSC04410.JPG');
      const response = await harness.app.request(new Request(new URL(`/api/sites/${site.id}/assets`, TEST_PUBLIC_URL), { method: 'POST', headers: { origin: TEST_PUBLIC_URL, cookie: owner.cookie }, body: form }));
      expect(response.status).toBe(201);
      // A photo this large gets its sizes in the background: the answer comes first, the variants once it's ready.
      const { asset: answered } = (await response.json()) as { asset: { id: string } };
      type Listed = { status: string; variants: { width: number; format: string; bytes: number }[] };
      let asset: Listed | undefined;
      for (let attempt = 0; attempt < 300 && asset?.status !== 'ready'; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        asset = (await call(harness, owner.cookie, 'GET', `/api/sites/${site.id}/assets/${answered.id}`)).body.asset as Listed;
      }
      if (!asset) throw new Error('the picture was never listed');
      expect(asset.status).toBe('ready');
      const stored = (await readdir(join(harness.config.DATA_DIR, 'blobs'), { recursive: true })).map(String);
      expect(stored.some((path) => path.replace('/', '') === hashBytes(photo))).toBe(false);
      expect(Math.max(...asset.variants.map((variant) => variant.width))).toBe(2400);
      const phone = asset.variants.find((variant) => variant.width === 960 && variant.format === 'avif')!;
      expect(phone.bytes).toBeLessThan(photo.length / 10);
    });
  });

  describe('11 — no status tracking: every generation is a job with a status, a stage and progress', () => {
    it('answers 202 with the job, whose status goes from queued or running to succeeded with the new site', async () => {
      const accepted = await call(harness, owner.cookie, 'POST', '/api/sites/generate', { prompt: 'A family bakery in Porto, open every morning.', subdomain: 'finding-eleven' });
      expect(accepted.status).toBe(202);
      expect(accepted.body.statusUrl).toBe(`/api/jobs/${accepted.body.jobId}`);
      const seen = new Set<string>();
      const job = await waitForJob(harness, owner.cookie, accepted.body.jobId, seen);
      expect([...seen].every((status) => ['queued', 'running', 'succeeded'].includes(status))).toBe(true);
      expect(job).toMatchObject({ status: 'succeeded', stage: 'done', progress: 1, result: { siteId: expect.any(String) }, error: null });
      expect((await call(harness, owner.cookie, 'GET', `/api/sites/${job.result.siteId}`)).status).toBe(200);
    });
  });

  describe('12 — no idempotency: an Idempotency-Key answers a retried generation with the same job', () => {
    it('gives the same job for the same key, with no second job and no second use of the allowance', async () => {
      const headers = { 'idempotency-key': 'finding-twelve-key' };
      const body = { prompt: 'A bike repair shop in Utrecht.', subdomain: 'finding-twelve' };
      const first = await call(harness, owner.cookie, 'POST', '/api/sites/generate', body, headers);
      const second = await call(harness, owner.cookie, 'POST', '/api/sites/generate', body, headers);
      expect(first.status).toBe(202);
      expect(second.body.jobId).toBe(first.body.jobId);
      const jobs = await harness.database.db.selectFrom('generation_jobs').select('id').where('idempotency_key', '=', 'finding-twelve-key').execute();
      expect(jobs).toHaveLength(1);
      await waitForJob(harness, owner.cookie, first.body.jobId);
    });
  });

  describe('13 — no retries or dead letters: pg-boss retries generations and dead-letters the ones it gives up on', () => {
    it('declares retries with backoff, an expiry and a dead-letter queue, and runs a generation through it', async () => {
      const queued = await openTestApp(backends[0]!, {}, { startQueue: true });
      try {
        const { rows } = await sql<{ name: string; retry_limit: number; retry_backoff: boolean; expire_seconds: number; dead_letter: string | null }>`
          SELECT name, retry_limit, retry_backoff, expire_seconds, dead_letter FROM pgboss.queue WHERE name LIKE 'site-generation%' ORDER BY name`.execute(queued.database.db);
        expect(rows).toEqual([
          { name: 'site-generation', retry_limit: 2, retry_backoff: true, expire_seconds: 600, dead_letter: 'site-generation-abandoned' },
          { name: 'site-generation-abandoned', retry_limit: 5, retry_backoff: true, expire_seconds: 60, dead_letter: null },
        ]);
        const person = await signUp(queued.app, 'queued@example.com');
        const accepted = await call(queued, person.cookie, 'POST', '/api/sites/generate', { prompt: 'A pottery studio in Bristol.', subdomain: 'finding-thirteen' });
        expect((await waitForJob(queued, person.cookie, accepted.body.jobId)).status).toBe('succeeded');
      } finally {
        await queued.close();
      }
    });
  });

  describe('14 — no error tracking: server errors, failed jobs and failed AI edits are recorded, grouped by fingerprint', () => {
    it('records a failing AI edit twice as one group with a count, the request ids, and ids instead of personal data', async () => {
      const roles = offlineRoles();
      const failing = await openTestApp(backends[0]!, {}, { roles: { ...roles, editor: { ...roles.editor, propose: () => Promise.reject(new Error('the editor broke for finder@example.com')) } } });
      try {
        const person = await signUp(failing.app, 'finder@example.com');
        const site = await newSite(failing, person.cookie, 'finding-fourteen');
        const body = { prompt: 'make the primary color green, Finding-Fourteen-Words', base: site.head };
        const answers = [await call(failing, person.cookie, 'POST', `/api/sites/${site.id}/edit`, body), await call(failing, person.cookie, 'POST', `/api/sites/${site.id}/edit`, body)];
        expect(answers.map((answer) => answer.status)).toEqual([500, 500]);
        const groups = await failing.database.db.selectFrom('error_groups').selectAll().execute();
        expect(groups.map((group) => [group.source, group.route, group.count])).toEqual([['ai_edit', 'POST /api/sites/:id/edit', 2]]);
        const events = await failing.database.db.selectFrom('error_events').selectAll().orderBy('id').execute();
        expect(events.map((event) => event.request_id)).toEqual(answers.map((answer) => answer.body.requestId));
        expect(events[0]!.context).toMatchObject({ siteId: site.id, userId: person.userId });
        expect(JSON.stringify([groups, events])).not.toMatch(/finder@example\.com|Finding-Fourteen-Words/);
      } finally {
        await failing.close();
      }
    });
  });

  describe('15 — no monitoring: Prometheus metrics at /metrics, and alert rules with a dashboard in deploy/', () => {
    it('counts requests by route template for a scraper with the token, hides /metrics from anyone else, and ships the alerts', async () => {
      const monitored = await openTestApp(backends[0]!, { METRICS_TOKEN: 'finding-fifteen-token-0123456789' });
      try {
        const metrics = (headers: Record<string, string>) => monitored.app.request(new Request(`${TEST_PUBLIC_URL}/metrics`, { headers }));
        expect((await metrics({})).status).toBe(404);
        await monitored.app.request(apiRequest('/api/health'));
        const scraped = await metrics({ authorization: 'Bearer finding-fifteen-token-0123456789' });
        expect(scraped.status).toBe(200);
        expect(await scraped.text()).toMatch(/^pagehub_http_requests_total\{route="\/api\/health",method="GET",status="200"\} 1$/m);
        const alerts = await readFile(new URL('../deploy/prometheus/alerts.yml', import.meta.url), 'utf8');
        for (const alert of ['PageHubHighErrorRate', 'PageHubSlowRequests', 'PageHubDeadLetters', 'PageHubAiSpendNearBudget', 'PageHubWebhookFailures']) expect(alerts).toContain(`alert: ${alert}`);
        const dashboard = JSON.parse(await readFile(new URL('../deploy/grafana/pagehub.json', import.meta.url), 'utf8')) as { panels: { title: string }[] };
        expect(dashboard.panels.length).toBeGreaterThanOrEqual(8);
      } finally {
        await monitored.close();
      }
    });
  });

  describe('16 — no cost controls: a daily AI budget, and an hourly allowance per person', () => {
    it('refuses chat edits with 429 once today’s spend reaches AI_DAILY_BUDGET_USD; changes by hand still work', async () => {
      const site = await newSite(harness, owner.cookie, 'finding-sixteen');
      await harness.database.db.insertInto('ai_calls').values({ role: 'editor', provider: 'anthropic', model: 'finding-sixteen-spend', input_tokens: 1, output_tokens: 1, latency_ms: 1, cost_usd: 60, outcome: 'ok', site_id: null, user_id: null, job_id: null }).execute();
      try {
        const refused = await call(harness, owner.cookie, 'POST', `/api/sites/${site.id}/edit`, { prompt: 'make the primary color green', base: site.head });
        expect(refused.status).toBe(429);
        expect(refused.body.code).toBe('AI_BUDGET_EXHAUSTED');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        const byHand = await call(harness, owner.cookie, 'POST', `/api/sites/${site.id}/commits`, { branch: 'main', base: site.head, patch: [{ op: 'replace', path: '/theme/colors/primary', value: '#166534' }] });
        expect(byHand.status).toBe(201);
      } finally {
        await harness.database.db.deleteFrom('ai_calls').where('model', '=', 'finding-sixteen-spend').execute();
      }
    });
  });

  describe('17 — timeouts too short: explicit per-stage timeouts (AI_TIMEOUT_SECONDS per model attempt, retried; 10 minutes per generation attempt)', () => {
    let fake: FakeProvider;
    beforeAll(async () => {
      fake = await startFakeProvider();
    });
    afterAll(() => fake?.close());

    const providerApp = (timeoutSeconds: number) => {
      const environment = { AI_TIMEOUT_SECONDS: String(timeoutSeconds) };
      const roles = createModelRoles({ PAGEHUB_MODEL_INTENT: 'anthropic:claude-sonnet-4-5', PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5', PAGEHUB_MODEL_GENERATOR: 'offline', PAGEHUB_MODEL_IMAGE: 'offline', ANTHROPIC_API_KEY: 'key', ANTHROPIC_BASE_URL: fake.baseUrls.anthropic, AI_TIMEOUT_SECONDS: timeoutSeconds });
      return openTestApp(backends[0]!, environment, { roles });
    };
    const intent = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
    const headline = { summary: 'Hero headline', operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Slow but sure' }], question: null };

    it('waits for a slow model within the configured time, and gives up on a silent one after three timed attempts with 503', async () => {
      const slow = await providerApp(2);
      try {
        const person = await signUp(slow.app, 'patient@example.com');
        const site = await newSite(slow, person.cookie, 'finding-seventeen');
        fake.reset();
        fake.enqueue({ kind: 'answer', value: intent, delayMs: 1_000 }, { kind: 'answer', value: headline, delayMs: 1_000 });
        const edited = await call(slow, person.cookie, 'POST', `/api/sites/${site.id}/edit`, { prompt: 'Change the headline to "Slow but sure"', base: site.head });
        expect(edited.status).toBe(201);

        fake.reset();
        fake.enqueue({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
        const started = Date.now();
        const silent = await call(slow, person.cookie, 'POST', `/api/sites/${site.id}/edit`, { prompt: 'Change the headline to "Never"', base: edited.body.commit.id });
        expect(silent.status).toBe(503);
        expect(silent.body.code).toBe('AI_PROVIDER_UNAVAILABLE');
        expect(fake.requests).toHaveLength(3);
        expect(Date.now() - started).toBeGreaterThanOrEqual(6_000); // three attempts of AI_TIMEOUT_SECONDS each, plus backoff
      } finally {
        await slow.close();
      }
    }, 60_000);
  });
});
