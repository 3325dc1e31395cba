// GET /metrics and the error log, on both backends: who may read the metrics (this machine, or the bearer token;
// 404 for anyone else), that the text is Prometheus exposition (promtool check metrics), that counters move with
// traffic (a request by route template, a publish, an AI edit), that the alert rules load and fire as meant
// (promtool check rules / test rules), and that failures are grouped by fingerprint without personal data.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, sweepExpiredRows } from '../src/admin/index.ts';
import { offlineRoles } from '../src/ai/offline-rules/index.ts';
import type { ModelRoles } from '../src/ai/roles.ts';
import { backends } from './support/backends.ts';
import { editFixtureSite } from './support/edit-site.ts';
import { requireProgram } from './support/require-program.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from './support/test-app.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
const OWNER_EMAIL = 'metrics-owner@example.com';
const SECRET_PROMPT = 'make the primary color green for Zanzibar-Pelican-Bakery';
const PROMETHEUS_DIRECTORY = fileURLToPath(new URL('../deploy/prometheus/', import.meta.url));
const DASHBOARD = fileURLToPath(new URL('../deploy/grafana/pagehub.json', import.meta.url));

/** Every query of the Grafana dashboard, with Grafana's `$__rate_interval` as Prometheus would get it. */
async function dashboardQueries(): Promise<string[]> {
  const dashboard = JSON.parse(await readFile(DASHBOARD, 'utf8')) as { panels: { targets?: { expr: string }[] }[] };
  return dashboard.panels.flatMap((panel) => panel.targets ?? []).map((target) => target.expr.replaceAll('$__rate_interval', '5m'));
}

/** The metric names a query or rule reads, histogram suffixes removed: `pagehub_x_bucket` → `pagehub_x`. */
function metricNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\b((?:pagehub|process|nodejs)_[a-z_]+)/g)].map((match) => match[1]!.replace(/_(bucket|count|sum)$/, '')))];
}

type Answer = { status: number; body: Record<string, any> };

/** `name{a="x",b="y"} 3` → the sample's value, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value) && Object.keys(found).length === Object.keys(labels).length) return Number(match[3]);
  }
  return undefined;
}

function runPromtool(args: string[], { input, cwd }: { input?: string; cwd?: string } = {}): Promise<{ code: number | null; output: string }> {
  const promtool = requireProgram('promtool', 'prometheus');
  return new Promise((resolve, reject) => {
    const child = spawn(promtool, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(input ?? '');
  });
}

/** The offline roles, with an editor that fails while `broken.isBroken` — with the owner's email in its message. */
function breakableRoles(broken: { isBroken: boolean }): ModelRoles {
  const roles = offlineRoles();
  const propose: ModelRoles['editor']['propose'] = (request, signal) => {
    if (broken.isBroken) return Promise.reject(new TypeError(`editor fell over while helping ${OWNER_EMAIL}`));
    return roles.editor.propose(request, signal);
  };
  return { ...roles, editor: { ...roles.editor, propose } };
}

describe.each(backends)('metrics and the error log on $name', (backend) => {
  let harness: TestApp;
  let cookie: string;
  let userId: string;
  const broken = { isBroken: false };

  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };
  const scrape = async (): Promise<string> => {
    const response = await harness.app.request(new Request('http://localhost:8080/metrics', { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(response.status).toBe(200);
    return response.text();
  };
  const newSite = async (subdomain: string) => {
    const created = await call('POST', '/api/sites', { subdomain, document: editFixtureSite() });
    expect(created.status).toBe(201);
    return created.body as { id: string; head: string };
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, { METRICS_TOKEN: TOKEN }, { roles: breakableRoles(broken) });
    // A route that fails the way an unexpected bug does, added before the first request builds the router.
    harness.app.get('/api/test-failure', () => {
      throw new RangeError(`a bug met ${OWNER_EMAIL}`);
    });
    ({ cookie, userId } = await signUp(harness.app, OWNER_EMAIL));
  }, 60_000);
  afterAll(() => harness?.close());

  it('answers 404 to a caller from elsewhere without the token, or with a wrong one, and the text with it', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token-0123456789abcdef' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
      const refused = await harness.app.request(new Request('http://localhost:8080/metrics', { headers }));
      expect(refused.status).toBe(404);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      expect(await refused.text()).not.toMatch(/pagehub_/);
    }
    const accepted = await harness.app.request(new Request('http://localhost:8080/metrics', { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await accepted.text();
    expect(text).toMatch(/^# HELP pagehub_http_requests_total /m);
    expect(sample(text, 'pagehub_ai_daily_budget_usd')).toBe(harness.config.AI_DAILY_BUDGET_USD);
    expect(sample(text, 'pagehub_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    // It is not part of the JSON API: the OpenAPI document does not list it.
    expect(JSON.stringify((await call('GET', '/api/openapi.json')).body.paths)).not.toContain('/metrics');
  });

  it('answers a caller on this machine without a token, but not a request relayed by the proxy', async () => {
    const server: ServerType = await new Promise((resolve) => {
      const started = serve({ fetch: harness.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
    });
    try {
      const { port } = server.address() as AddressInfo;
      const local = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(local.status).toBe(200);
      expect(await local.text()).toMatch(/^pagehub_sse_open_streams\{stream="live"\} 0$/m);
      const relayed = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
      expect(relayed.status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('counts an open live-editing stream while it is open', async () => {
    const site = await newSite('metrics-live');
    const live = () => scrape().then((text) => sample(text, 'pagehub_sse_open_streams', { stream: 'live' }));
    const server: ServerType = await new Promise((resolve) => {
      const started = serve({ fetch: harness.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
    });
    const closing = new AbortController();
    try {
      const { port } = server.address() as AddressInfo;
      expect(await live()).toBe(0);
      const response = await fetch(`http://127.0.0.1:${port}/api/sites/${site.id}/live?branch=main`, { headers: { cookie, accept: 'text/event-stream' }, signal: closing.signal });
      expect(response.status).toBe(200);
      await response.body!.getReader().read(); // the first event: the stream is subscribed
      expect(await live()).toBe(1);
      closing.abort();
      for (let attempt = 0; attempt < 40 && (await live()) !== 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await live()).toBe(0);
    } finally {
      closing.abort();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('passes promtool check metrics', async () => {
    await call('GET', '/api/health');
    const { code, output } = await runPromtool(['check', 'metrics'], { input: await scrape() });
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('counts a request under its route template, a publish and an AI edit', async () => {
    const site = await newSite('metrics-counted');
    const labels = { route: '/api/sites/:id', method: 'GET', status: '200' };
    const before = await scrape();
    expect((await call('GET', `/api/sites/${site.id}`)).status).toBe(200);
    const afterRead = await scrape();
    expect(sample(afterRead, 'pagehub_http_requests_total', labels)).toBe((sample(before, 'pagehub_http_requests_total', labels) ?? 0) + 1);
    expect(afterRead).not.toContain(site.id);
    expect(sample(afterRead, 'pagehub_http_request_duration_seconds_count', { route: '/api/sites/:id', method: 'GET' })).toBe(sample(afterRead, 'pagehub_http_requests_total', labels));

    expect((await call('POST', `/api/sites/${site.id}/publish`, { branch: 'main', confirmSamples: true })).status).toBe(200);
    const afterPublish = await scrape();
    expect(sample(afterPublish, 'pagehub_publishes_total', { outcome: 'published' })).toBe((sample(before, 'pagehub_publishes_total', { outcome: 'published' }) ?? 0) + 1);

    const editor = { role: 'editor', provider: 'offline', model: 'rules', outcome: 'ok' };
    const edited = await call('POST', `/api/sites/${site.id}/edit`, { prompt: 'make the primary color green', base: site.head });
    expect(edited.status).toBe(201);
    const afterEdit = await scrape();
    expect(sample(afterEdit, 'pagehub_ai_calls_total', editor)).toBe((sample(before, 'pagehub_ai_calls_total', editor) ?? 0) + 1);
    expect(sample(afterEdit, 'pagehub_ai_calls_total', { ...editor, role: 'intent' })).toBe((sample(before, 'pagehub_ai_calls_total', { ...editor, role: 'intent' }) ?? 0) + 1);
    expect(sample(afterEdit, 'pagehub_http_requests_total', { route: '/api/sites/:id/edit', method: 'POST', status: '201' })).toBeGreaterThanOrEqual(1);
  });

  it('records a server error once per request under one fingerprint, with the request id and ids only', async () => {
    const first = await call('GET', '/api/test-failure');
    const second = await call('GET', '/api/test-failure');
    expect([first.status, second.status]).toEqual([500, 500]);
    const groups = await harness.database.db.selectFrom('error_groups').selectAll().where('route', '=', 'GET /api/test-failure').execute();
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ source: 'http', name: 'RangeError', count: 2, last_request_id: second.body.requestId });
    expect(groups[0]!.message).toBe('a bug met [email]');
    expect(groups[0]!.stack).toMatch(/test\/metrics\.test\.ts/);
    const events = await harness.database.db.selectFrom('error_events').selectAll().where('fingerprint', '=', groups[0]!.fingerprint).orderBy('id').execute();
    expect(events.map((event) => event.request_id)).toEqual([first.body.requestId, second.body.requestId]);
    expect(events[0]!.context).toEqual({ code: 'INTERNAL', userId });
    expect(JSON.stringify([groups, events])).not.toContain(OWNER_EMAIL);
    expect(sample(await scrape(), 'pagehub_http_requests_total', { route: '/api/test-failure', method: 'GET', status: '500' })).toBe(2);
  });

  it('records a failed AI edit with the site and person as ids, never the prompt or the email', async () => {
    const site = await newSite('metrics-broken-editor');
    const before = sample(await scrape(), 'pagehub_errors_recorded_total', { source: 'ai_edit' }) ?? 0;
    broken.isBroken = true;
    let answers: Answer[];
    try {
      answers = [await call('POST', `/api/sites/${site.id}/edit`, { prompt: SECRET_PROMPT, base: site.head }), await call('POST', `/api/sites/${site.id}/edit`, { prompt: SECRET_PROMPT, base: site.head })];
    } finally {
      broken.isBroken = false;
    }
    expect(answers.map((answer) => answer.status)).toEqual([500, 500]);
    const groups = await harness.database.db.selectFrom('error_groups').selectAll().where('source', '=', 'ai_edit').execute();
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ name: 'TypeError', route: 'POST /api/sites/:id/edit', count: 2 });
    const events = await harness.database.db.selectFrom('error_events').selectAll().where('fingerprint', '=', groups[0]!.fingerprint).orderBy('id').execute();
    expect(events.map((event) => event.request_id)).toEqual(answers.map((answer) => answer.body.requestId));
    expect(events[0]!.context).toMatchObject({ siteId: site.id, userId, code: 'INTERNAL' });
    // The 500 handler saw the same error: it is not recorded a second time.
    expect(await harness.database.db.selectFrom('error_groups').select('fingerprint').where('route', '=', 'POST /api/sites/:id/edit').execute()).toHaveLength(1);
    const stored = JSON.stringify(await harness.database.db.selectFrom('error_events').selectAll().execute()) + JSON.stringify(await harness.database.db.selectFrom('error_groups').selectAll().execute());
    expect(stored).not.toContain(OWNER_EMAIL);
    expect(stored).not.toContain('Zanzibar');
    expect(sample(await scrape(), 'pagehub_errors_recorded_total', { source: 'ai_edit' })).toBe(before + 2);
  });

  it('exposes every metric the dashboard and the alert rules read', async () => {
    const text = await scrape();
    const exposed = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]!));
    const read = metricNames((await dashboardQueries()).join('\n') + (await readFile(join(PROMETHEUS_DIRECTORY, 'alerts.yml'), 'utf8')));
    expect(read.length).toBeGreaterThanOrEqual(15);
    expect(read.filter((name) => !exposed.has(name))).toEqual([]);
  });

  it('keeps recorded errors 30 days: housekeeping removes older ones', async () => {
    const sweep = (days: number) => sweepExpiredRows({ db: harness.database.db, abandonStaleJobs: async () => 0, deleteFinishedJobs: async () => 0 }, new Date(Date.now() + days * 86_400_000));
    expect(DEFAULT_RETENTION.errorLogDays).toBe(30);
    const events = (await harness.database.db.selectFrom('error_events').select('id').execute()).length;
    expect(events).toBeGreaterThanOrEqual(4);
    expect(await sweep(29)).toMatchObject({ errorEvents: 0, errorGroups: 0 });
    expect(await sweep(31)).toMatchObject({ errorEvents: events, errorGroups: 2 });
    expect(await harness.database.db.selectFrom('error_groups').select('fingerprint').execute()).toEqual([]);
  });
});

describe('the alert rules and the dashboard', () => {
  it('pass promtool check rules', async () => {
    const { code, output } = await runPromtool(['check', 'rules', 'alerts.yml'], { cwd: PROMETHEUS_DIRECTORY });
    expect(output).toMatch(/SUCCESS: 6 rules found/);
    expect(code).toBe(0);
  });

  it('has a dashboard whose every query is valid PromQL (checked as recording rules by promtool)', async () => {
    const queries = await dashboardQueries();
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const directory = await mkdtemp(join(tmpdir(), 'pagehub-dashboard-'));
    try {
      const rules = queries.map((expr, index) => `      - record: dashboard:query_${index}\n        expr: ${JSON.stringify(expr)}`).join('\n');
      await writeFile(join(directory, 'dashboard.yml'), `groups:\n  - name: dashboard\n    rules:\n${rules}\n`);
      const { code, output } = await runPromtool(['check', 'rules', 'dashboard.yml'], { cwd: directory });
      expect(output).toMatch(new RegExp(`SUCCESS: ${queries.length} rules found`));
      expect(code).toBe(0);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('fire on the series they are meant for and stay quiet otherwise (promtool test rules)', async () => {
    const { code, output } = await runPromtool(['test', 'rules', 'alerts.test.yml'], { cwd: PROMETHEUS_DIRECTORY });
    expect(output).toMatch(/SUCCESS/);
    expect(code).toBe(0);
  });
});
