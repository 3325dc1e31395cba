// OpenTelemetry traces of the real server (startServer) against a local OTLP/HTTP receiver, on both databases:
// a request span per API request named by its route template, continuing the caller's `traceparent`; under it
// the database statements (SQL with placeholders, never the values), the model calls of an AI edit (role, provider,
// model, tokens, cost) and, through pg-boss, the generation job it queued, with that job's own queries and model
// call. Nothing personal or secret is sent: no email, password, prompt, subdomain, site id, path or cookie. Without
// OTEL_EXPORTER_OTLP_ENDPOINT no SDK starts and nothing is sent, even with the exporter's own variables set; and
// `pagehub serve` sends what is still in its batch when it stops on SIGTERM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver.ts';
import { createOutbox } from './support/outbox.ts';
import { killSpawned, startServe } from './support/spawn-serve.ts';
import { createDatabase, dropDatabase } from './support/throwaway-postgres.ts';

const OWNER_EMAIL = 'tracy.owner.4417@example.com';
const PASSWORD = 'Traces-Secret-Password-9931';
const SECRET_WORD = 'Zanzibar';
const INCOMING_TRACE = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'pagehub-traces-'));
});
afterAll(() => rm(workspace, { recursive: true, force: true }));

type Answer = { status: number; body: Record<string, any> };

/** A client of the real server that keeps the session cookie and can send extra headers (a traceparent). */
function client(url: string) {
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${url}${path}`, {
      method,
      redirect: 'manual',
      headers: { origin: url, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().map((entry) => entry.split(';')[0]).join('; ');
    if (setCookie) cookie = setCookie;
    const text = await response.text();
    return { status: response.status, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, any> };
  };
  return { call, cookie: () => cookie };
}

async function postgresUrl(backend: 'pglite' | 'postgres'): Promise<{ url?: string; drop(): Promise<void> }> {
  if (backend === 'pglite') return { drop: async () => {} };
  const adminUrl = inject('postgresUrl');
  const { url, name } = await createDatabase(adminUrl, 'pagehub_traces');
  return { url, drop: () => dropDatabase(adminUrl, name) };
}

function baseConfig(dataDir: string, databaseUrl: string | undefined, extra: Record<string, string> = {}) {
  return loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_SECRET: 'test-secret-0123456789abcdef0123456789',
    LOG_LEVEL: 'warn',
    DOMAIN_RECHECK_SECONDS: '0',
    HOUSEKEEPING_SECONDS: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...extra,
  });
}

/** The span's ancestors, nearest first (within what was received). */
function ancestors(spans: ReceivedSpan[], span: ReceivedSpan): ReceivedSpan[] {
  const byId = new Map(spans.map((entry) => [entry.spanId, entry]));
  const chain: ReceivedSpan[] = [];
  for (let parent = span.parentSpanId && byId.get(span.parentSpanId); parent; parent = parent.parentSpanId && byId.get(parent.parentSpanId)) chain.push(parent);
  return chain;
}

function descendants(spans: ReceivedSpan[], root: ReceivedSpan): ReceivedSpan[] {
  return spans.filter((span) => ancestors(spans, span).some((ancestor) => ancestor.spanId === root.spanId));
}

function only(spans: ReceivedSpan[], predicate: (span: ReceivedSpan) => boolean, what: string): ReceivedSpan {
  const found = spans.filter(predicate);
  expect(found, `${what}: ${spans.map((span) => span.name).join(', ')}`).toHaveLength(1);
  return found[0]!;
}

async function waitForJob(call: ReturnType<typeof client>['call'], jobId: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await call('GET', `/api/jobs/${jobId}`);
    if (job.body.status === 'succeeded' || job.body.status === 'failed') return job.body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the OpenTelemetry settings', () => {
  it('takes an http(s) collector URL and a service name, defaulting to pagehub and to no tracing', () => {
    expect(loadConfig({}).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(loadConfig({}).OTEL_SERVICE_NAME).toBe('pagehub');
    expect(loadConfig({ OTEL_SERVICE_NAME: '' }).OTEL_SERVICE_NAME).toBe('pagehub');
    const config = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'pagehub-eu' });
    expect([config.OTEL_EXPORTER_OTLP_ENDPOINT, config.OTEL_SERVICE_NAME]).toEqual(['http://collector:4318', 'pagehub-eu']);
  });

  it('stops start-up on a collector address that is not an http(s) URL, naming the variable', () => {
    for (const bad of ['collector:4318', 'grpc://collector:4317', 'not a url']) {
      expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: bad })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: expected a URL such as http:\/\/localhost:4318/);
    }
  });
});

describe.each(['pglite', 'postgres'] as const)('traces on %s', (backend) => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(() => receiver.close());

  it('sends request, database, AI and job spans, nested and named by templates, with nothing personal in them', { timeout: 120_000 }, async () => {
    const database = await postgresUrl(backend);
    const outbox = createOutbox();
    const config = baseConfig(join(workspace, `traced-${backend}`), database.url, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'pagehub-under-test' });
    const server = await startServer(config, { logger: createLogger('warn', { write: () => {} }), mailer: outbox });
    let site: { id: string; head: string };
    let jobId: string;
    let cookie: string;
    try {
      const { call, cookie: cookieNow } = client(server.url);
      const signedUp = await call('POST', '/api/auth/sign-up/email', { name: 'Tracy', email: OWNER_EMAIL, password: PASSWORD });
      expect(signedUp.status).toBe(200);
      const link = new URL(outbox.latestLink(OWNER_EMAIL, '/api/auth/verify-email'));
      expect((await call('GET', `${link.pathname}${link.search}`)).status).toBe(302);
      cookie = cookieNow();
      const created = await call('POST', '/api/sites', { subdomain: 'zanzibar-traces', name: `${SECRET_WORD} Pelican Bakery` });
      expect(created.status).toBe(201);
      site = created.body as { id: string; head: string };
      const read = await call('GET', `/api/sites/${site.id}`, undefined, { traceparent: `00-${INCOMING_TRACE.traceId}-${INCOMING_TRACE.spanId}-01` });
      expect(read.status).toBe(200);
      const edited = await call('POST', `/api/sites/${site.id}/edit`, { prompt: 'make the primary color green', base: site.head });
      expect(edited.status).toBe(201);
      const generated = await call('POST', '/api/sites/generate', { prompt: `A family bakery called ${SECRET_WORD} Crumbs in Porto, open every morning.`, subdomain: 'zanzibar-crumbs' });
      expect(generated.status).toBe(202);
      jobId = generated.body.jobId as string;
      expect((await waitForJob(call, jobId)).status).toBe('succeeded');
    } finally {
      await server.close(); // sends the spans still in the batch
      await database.drop();
    }
    const { spans } = receiver;
    expect(receiver.requests.every((request) => request.method === 'POST' && request.path === '/v1/traces' && request.contentType?.startsWith('application/json'))).toBe(true);
    expect(new Set(spans.map((span) => span.serviceName))).toEqual(new Set(['pagehub-under-test']));

    // Sign-up and the confirmation link, answered by better-auth, are named by its mount point, not their paths.
    expect(spans.filter((span) => span.kind === SERVER && span.name.endsWith('/api/auth/*')).map((span) => span.name)).toEqual(['POST /api/auth/*', 'GET /api/auth/*']);

    // The read continues the caller's trace: same trace id, the caller's span as parent.
    const readSpan = only(spans, (span) => span.name === 'GET /api/sites/:id', 'the read');
    expect(readSpan).toMatchObject({ kind: SERVER, traceId: INCOMING_TRACE.traceId, parentSpanId: INCOMING_TRACE.spanId, statusCode: 0 });
    expect(readSpan.attributes).toEqual({ 'http.request.method': 'GET', 'http.route': '/api/sites/:id', 'http.response.status_code': 200 });
    const readQueries = descendants(spans, readSpan).filter((span) => span.attributes['db.system'] === 'postgresql');
    expect(readQueries.length).toBeGreaterThan(0);
    for (const query of readQueries) {
      expect(query.kind).toBe(CLIENT);
      expect(query.traceId).toBe(INCOMING_TRACE.traceId);
      expect(query.name).toMatch(/^[A-Z]+$/);
      expect(query.attributes['db.query.text']).toEqual(expect.any(String));
      expect(query.attributes['pagehub.database']).toBe(backend);
    }
    expect(readQueries.some((query) => /\$1\b/.test(String(query.attributes['db.query.text'])))).toBe(true);

    // The AI edit: its model calls under the request, with role, provider, model, tokens and cost.
    const editSpan = only(spans, (span) => span.name === 'POST /api/sites/:id/edit', 'the edit');
    expect(editSpan.attributes['http.response.status_code']).toBe(201);
    expect(editSpan.parentSpanId).toBeUndefined();
    const editCalls = descendants(spans, editSpan).filter((span) => span.name.startsWith('ai '));
    expect(editCalls.map((span) => span.name).sort()).toEqual(['ai editor.propose', 'ai intent.classify']);
    for (const call of editCalls) {
      expect(call.attributes).toMatchObject({ 'gen_ai.provider.name': 'offline', 'gen_ai.request.model': expect.any(String), 'gen_ai.usage.input_tokens': expect.any(Number), 'gen_ai.usage.output_tokens': expect.any(Number), 'pagehub.ai.cost_usd': expect.any(Number), 'pagehub.ai.outcome': 'ok' });
    }
    expect(editCalls.find((span) => span.name === 'ai editor.propose')!.attributes['pagehub.ai.role']).toBe('editor');
    expect(descendants(spans, editSpan).some((span) => span.name === 'INSERT' && /ai_calls/.test(String(span.attributes['db.query.text'])))).toBe(true);

    // The generation: the job pg-boss ran later is a child of the request that queued it, and its own queries
    // and model call are children of the job.
    const generateSpan = only(spans, (span) => span.name === 'POST /api/sites/generate', 'the generate request');
    expect(generateSpan.attributes['http.response.status_code']).toBe(202);
    const jobSpan = only(spans, (span) => span.name === 'job site-generation', 'the generation job');
    expect(jobSpan).toMatchObject({ kind: CONSUMER, traceId: generateSpan.traceId, parentSpanId: generateSpan.spanId, statusCode: 0 });
    expect(jobSpan.attributes).toMatchObject({ 'messaging.system': 'pg-boss', 'messaging.destination.name': 'site-generation', 'pagehub.job.attempt': 1 });
    const jobWork = descendants(spans, jobSpan);
    expect(jobWork.filter((span) => span.name === 'ai generator.generate')).toHaveLength(1);
    expect(jobWork.filter((span) => span.attributes['db.system'] === 'postgresql').length).toBeGreaterThan(0);

    // Every statement span belongs to a trace that started with a request, a job or a task: pg-boss's polling
    // between jobs sends nothing.
    const roots = new Set(spans.filter((span) => !span.parentSpanId || span.traceId === INCOMING_TRACE.traceId && span.parentSpanId === INCOMING_TRACE.spanId).map((span) => span.spanId));
    for (const span of spans.filter((entry) => entry.attributes['db.system'])) expect(ancestors(spans, span).some((ancestor) => roots.has(ancestor.spanId)), span.name).toBe(true);

    // Nothing personal or secret anywhere in what was sent: no email, password, prompt or business words, no
    // subdomain or site id (no paths, no parameter values), no session cookie, no job id.
    const sent = receiver.bodies.join('\n');
    for (const secret of [OWNER_EMAIL, PASSWORD, SECRET_WORD, SECRET_WORD.toLowerCase(), 'primary color green', site.id, jobId, cookie.split('=').at(-1)!, config.AUTH_SECRET!]) expect(sent).not.toContain(secret);
  });
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('starts no SDK and sends nothing, even with the exporter’s own variables pointing at a collector', { timeout: 60_000 }, async () => {
    const receiver = await startOtlpReceiver();
    const saved = { ...process.env };
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = `${receiver.url}/v1/traces`;
    try {
      // The configuration is what decides (as loadConfig(process.env) does in `pagehub serve`, here without the variable).
      const server = await startServer(baseConfig(join(workspace, 'untraced'), undefined), { logger: createLogger('warn', { write: () => {} }), mailer: createOutbox() });
      try {
        expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
        const { call } = client(server.url);
        expect((await call('GET', '/api/health')).status).toBe(200);
        expect((await call('POST', '/api/auth/sign-up/email', { name: 'Una', email: 'una.untraced@example.com', password: PASSWORD })).status).toBe(200);
      } finally {
        await server.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receiver.requests).toEqual([]);
    } finally {
      process.env = saved;
      await receiver.close();
    }
  });

});

describe('pagehub serve with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  afterAll(killSpawned);

  it('traces a request and sends its spans before it exits on SIGTERM', { timeout: 90_000 }, async () => {
    const receiver = await startOtlpReceiver();
    try {
      const served = await startServe({ DATA_DIR: join(workspace, 'served'), OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, HOUSEKEEPING_SECONDS: '0', DOMAIN_RECHECK_SECONDS: '0' });
      expect((await fetch(`${served.url}/api/health`)).status).toBe(200);
      served.child.kill('SIGTERM');
      expect(await served.exited).toBe(0);
      const health = only(receiver.spans, (span) => span.name === 'GET /api/health', 'the health check');
      expect(health.serviceName).toBe('pagehub');
      expect(descendants(receiver.spans, health).some((span) => span.attributes['db.system'] === 'postgresql')).toBe(true);
    } finally {
      await receiver.close();
    }
  });
});
