// Prometheus metrics of one app (GET /metrics): one registry per app, never prom-client's global one, so tests
// may build many apps side by side. Counters and histograms move as things happen (requests, model calls, jobs,
// publishes, webhooks); gauges are read from their sources when Prometheus scrapes (the pool, queue depths, open
// streams, today's AI spend, the site server's traffic). Labels stay few and bounded: route templates, never
// paths; no ids, no addresses. Areas below admin never see this file: the composition roots (src/http,
// src/server.ts) hand them callbacks.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

/** One model call as accounting records it, with its cost worked out by the caller (prices live in ai/). */
export interface ModelCallSample {
  role: string;
  provider: string;
  model: string;
  usage: { inputTokens: number; outputTokens: number };
  outcome: string;
  costUsd: number;
}

/** The site server's running totals (src/publish/site-traffic.ts). */
export interface SiteTrafficTotals {
  /** Responses by HTTP status. */
  readonly responses: ReadonlyMap<number, number>;
  readonly bytesSent: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  /** Bytes held by the file cache now. */
  readonly cacheBytes: number;
}

/** A queue's jobs in one state (pg-boss: created, retry, active, failed). */
export interface QueueDepth {
  queue: string;
  state: string;
  count: number;
  /** True for a dead-letter queue: its jobs are ones the queue gave up on. */
  isDeadLetter: boolean;
}

/** What gauges read at scrape time; each source is optional (a process without a site server has no traffic). */
export interface MetricSources {
  pool: () => { totalCount: number; idleCount: number; waitingCount: number };
  liveStreams: () => number;
  siteTraffic: () => SiteTrafficTotals;
  queueDepths: () => Promise<readonly QueueDepth[]>;
  meterBacklog: () => Promise<{ unsent: number; failing: number }>;
  /** The daily budget in force now (the operator's runtime setting), over the `dailyBudgetUsd` option. */
  dailyBudgetUsd: () => Promise<number>;
}

export type PublishOutcome = 'published' | 'reused' | 'refused';
export type ErrorSource = 'http' | 'job' | 'ai_edit';

export interface Metrics {
  readonly registry: Registry;
  /** One answered API request: its route template (`/api/sites/:id`, or `unmatched`), method and status. */
  observeRequest(request: { route: string; method: string; status: number }, seconds: number): void;
  countModelCalls(calls: readonly ModelCallSample[]): void;
  /** One job a worker of this process ran to its end or to a throw. */
  observeJob(queue: string, outcome: 'completed' | 'failed', seconds: number): void;
  countPublish(outcome: PublishOutcome): void;
  /** A Stripe webhook: processed, duplicate, ignored, or rejected (bad signature) / failed (an error). */
  countWebhook(outcome: string): void;
  countError(source: ErrorSource): void;
  /** A job event stream opened; call the result when it closes. */
  openJobStream(): () => void;
  /** Adds (or replaces) scrape-time sources. */
  watch(sources: Partial<MetricSources>): void;
  /** The exposition text and its content type. */
  scrape(): Promise<{ text: string; contentType: string }>;
}

export interface MetricsOptions {
  /** Today's spend is summed from ai_calls at scrape time (every process sees the same platform-wide figure). */
  db?: Db;
  /** AI_DAILY_BUDGET_USD, exported so an alert can compare the spend with it, until a `dailyBudgetUsd` source is watched. */
  dailyBudgetUsd?: number;
  /** Node's process metrics (CPU, memory, event loop, GC); default true. Registered on the first scrape. */
  processMetrics?: boolean;
}

/** prom-client's gauges named like counters (promtool check metrics refuses them); their per-type siblings stay. */
const MISNAMED_DEFAULT_METRICS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];
const JOB_BUCKETS = [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600];

async function spendToday(db: Db, now: Date): Promise<number> {
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const { rows } = await sql<{ spent: string | number }>`SELECT coalesce(sum(cost_usd), 0) AS spent FROM ai_calls WHERE at >= ${dayStart}`.execute(db);
  return Number(rows[0]?.spent ?? 0);
}

export function createMetrics({ db, dailyBudgetUsd, processMetrics = true }: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const sources: Partial<MetricSources> = {};
  // One read of the queue table per scrape, shared by the two gauges that need it.
  let depthsOfScrape: Promise<readonly QueueDepth[] | undefined> | undefined;
  const depths = () => (depthsOfScrape ??= sources.queueDepths?.().catch(() => undefined) ?? Promise.resolve(undefined));
  let jobStreams = 0;
  let hasProcessMetrics = !processMetrics;
  const registers = [registry];

  const httpRequests = new Counter({ name: 'pagehub_http_requests_total', help: 'API requests answered, by route template, method and status.', labelNames: ['route', 'method', 'status'], registers });
  const httpDuration = new Histogram({ name: 'pagehub_http_request_duration_seconds', help: 'Time to answer an API request, by route template and method.', labelNames: ['route', 'method'], buckets: LATENCY_BUCKETS, registers });

  const aiCalls = new Counter({ name: 'pagehub_ai_calls_total', help: 'Model calls, by role, provider, model and outcome.', labelNames: ['role', 'provider', 'model', 'outcome'], registers });
  const aiTokens = new Counter({ name: 'pagehub_ai_tokens_total', help: 'Model tokens, by role, provider, model and direction (input or output).', labelNames: ['role', 'provider', 'model', 'direction'], registers });
  const aiCost = new Counter({ name: 'pagehub_ai_cost_usd_total', help: 'What model calls cost, in US dollars, by role, provider and model.', labelNames: ['role', 'provider', 'model'], registers });

  const jobDuration = new Histogram({ name: 'pagehub_job_duration_seconds', help: 'Time a worker of this process spent on a job, by queue and outcome.', labelNames: ['queue', 'outcome'], buckets: JOB_BUCKETS, registers });
  const publishes = new Counter({ name: 'pagehub_publishes_total', help: 'Publish requests, by outcome (published, reused an identical deployment, refused).', labelNames: ['outcome'], registers });
  const webhooks = new Counter({ name: 'pagehub_billing_webhooks_total', help: 'Stripe webhook requests, by outcome.', labelNames: ['outcome'], registers });
  const errors = new Counter({ name: 'pagehub_errors_recorded_total', help: 'Errors recorded in the error log, by source (http, job, ai_edit).', labelNames: ['source'], registers });

  new Gauge({
    name: 'pagehub_db_pool_connections',
    help: 'Database pool connections, by state (total, idle) and clients waiting for one (waiting).',
    labelNames: ['state'],
    registers,
    collect() {
      this.reset();
      const pool = sources.pool?.();
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'pagehub_sse_open_streams',
    help: 'Server-sent event streams open in this process, by stream (live editing, job events).',
    labelNames: ['stream'],
    registers,
    collect() {
      this.set({ stream: 'live' }, sources.liveStreams?.() ?? 0);
      this.set({ stream: 'job_events' }, jobStreams);
    },
  });
  new Gauge({
    name: 'pagehub_jobs',
    help: 'Jobs waiting or running in the queue, by queue and state (created, retry, active, failed).',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      this.reset();
      for (const depth of (await depths()) ?? []) this.set({ queue: depth.queue, state: depth.state }, depth.count);
    },
  });
  new Gauge({
    name: 'pagehub_job_dead_letters',
    help: 'Jobs in a dead-letter queue not yet closed: work the queue gave up on after its retries.',
    labelNames: ['queue'],
    registers,
    async collect() {
      this.reset();
      const byQueue = new Map<string, number>();
      for (const depth of (await depths()) ?? []) if (depth.isDeadLetter) byQueue.set(depth.queue, (byQueue.get(depth.queue) ?? 0) + depth.count);
      for (const [queue, count] of byQueue) this.set({ queue }, count);
    },
  });
  new Gauge({
    name: 'pagehub_ai_spend_today_usd',
    help: 'Platform-wide spend on model calls since midnight UTC, in US dollars (the same figure in every process).',
    registers,
    async collect() {
      if (!db) return;
      const spent = await spendToday(db, new Date()).catch(() => undefined);
      if (spent !== undefined) this.set(spent);
    },
  });
  new Gauge({
    name: 'pagehub_ai_daily_budget_usd',
    help: 'The platform’s daily budget for model calls, in US dollars.',
    registers,
    async collect() {
      const budget = sources.dailyBudgetUsd ? await sources.dailyBudgetUsd().catch(() => dailyBudgetUsd) : dailyBudgetUsd;
      if (budget !== undefined) this.set(budget);
    },
  });
  new Gauge({
    name: 'pagehub_billing_meter_events_unsent',
    help: 'Usage events waiting to be sent to Stripe, by state (pending; failing: at least one attempt failed).',
    labelNames: ['state'],
    registers,
    async collect() {
      this.reset();
      const backlog = await sources.meterBacklog?.().catch(() => undefined);
      if (!backlog) return;
      this.set({ state: 'pending' }, backlog.unsent - backlog.failing);
      this.set({ state: 'failing' }, backlog.failing);
    },
  });

  // The site server keeps plain totals; these counters copy them at scrape time.
  new Counter({
    name: 'pagehub_site_responses_total',
    help: 'Responses of the site server to visitors of published sites, by status.',
    labelNames: ['status'],
    registers,
    collect() {
      const traffic = sources.siteTraffic?.();
      if (!traffic) return;
      this.reset();
      for (const [status, count] of traffic.responses) this.inc({ status: String(status) }, count);
    },
  });
  new Counter({
    name: 'pagehub_site_sent_bytes_total',
    help: 'Bytes of published files (bodies, as encoded) the site server sent to visitors.',
    registers,
    collect() {
      const traffic = sources.siteTraffic?.();
      if (!traffic) return;
      this.reset();
      this.inc(traffic.bytesSent);
    },
  });
  new Counter({
    name: 'pagehub_site_file_cache_lookups_total',
    help: 'Lookups of published files in the site server’s memory cache, by result (hit, miss).',
    labelNames: ['result'],
    registers,
    collect() {
      const traffic = sources.siteTraffic?.();
      if (!traffic) return;
      this.reset();
      this.inc({ result: 'hit' }, traffic.cacheHits);
      this.inc({ result: 'miss' }, traffic.cacheMisses);
    },
  });
  new Gauge({
    name: 'pagehub_site_file_cache_bytes',
    help: 'Bytes of published files the site server holds in memory, all encodings together.',
    registers,
    collect() {
      const traffic = sources.siteTraffic?.();
      if (traffic) this.set(traffic.cacheBytes);
    },
  });

  return {
    registry,
    observeRequest({ route, method, status }, seconds) {
      httpRequests.inc({ route, method, status: String(status) });
      httpDuration.observe({ route, method }, seconds);
    },
    countModelCalls(calls) {
      for (const call of calls) {
        const model = { role: call.role, provider: call.provider, model: call.model };
        aiCalls.inc({ ...model, outcome: call.outcome });
        aiTokens.inc({ ...model, direction: 'input' }, call.usage.inputTokens);
        aiTokens.inc({ ...model, direction: 'output' }, call.usage.outputTokens);
        aiCost.inc(model, call.costUsd);
      }
    },
    observeJob(queue, outcome, seconds) {
      jobDuration.observe({ queue, outcome }, seconds);
    },
    countPublish: (outcome) => publishes.inc({ outcome }),
    countWebhook: (outcome) => webhooks.inc({ outcome }),
    countError: (source) => errors.inc({ source }),
    openJobStream() {
      jobStreams += 1;
      let isOpen = true;
      return () => {
        if (isOpen) jobStreams -= 1;
        isOpen = false;
      };
    },
    watch(more) {
      Object.assign(sources, more);
    },
    async scrape() {
      if (!hasProcessMetrics) {
        hasProcessMetrics = true;
        collectDefaultMetrics({ register: registry });
        for (const name of MISNAMED_DEFAULT_METRICS) registry.removeSingleMetric(name);
      }
      depthsOfScrape = undefined;
      return { text: await registry.metrics(), contentType: registry.contentType };
    },
  };
}
