// The operator's dashboard for a time range: sign-ups, active sites, generations, chat edits and how many succeeded,
// model latency and cost (per edit, by role and model), publishes and visitors' messages — from PageHub's own tables,
// with a per-day series for the small charts.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

export const DASHBOARD_RANGES = { '24h': 1, '7d': 7, '30d': 30 } as const;
export type DashboardRange = keyof typeof DASHBOARD_RANGES;

export interface ModelUsage {
  role: string;
  provider: string;
  model: string;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
}

export interface Dashboard {
  range: DashboardRange;
  since: Date;
  signUps: number;
  activeSites: number;
  generations: { total: number; succeeded: number; failed: number };
  chatEdits: { total: number; committed: number; questions: number; failed: number; successRate: number | null };
  ai: { calls: number; costUsd: number; costPerEditUsd: number | null; p50LatencyMs: number | null; p95LatencyMs: number | null; byModel: ModelUsage[] };
  publishes: number;
  formSubmissions: number;
  /** Per UTC day in the range: sign-ups, chat edits, AI cost. */
  daily: { day: string; signUps: number; chatEdits: number; costUsd: number }[];
}

const count = async (db: Db, query: ReturnType<typeof sql<{ n: string | number }>>) => Number((await query.execute(db)).rows[0]?.n ?? 0);

export async function dashboardFigures(db: Db, range: DashboardRange, now: Date): Promise<Dashboard> {
  const days = DASHBOARD_RANGES[range];
  const since = new Date(now.getTime() - days * 86_400_000);
  const [signUps, activeSites, publishes, formSubmissions] = await Promise.all([
    count(db, sql`SELECT count(*) AS n FROM "user" WHERE "createdAt" >= ${since}`),
    count(db, sql`SELECT count(DISTINCT site_id) AS n FROM commits WHERE created_at >= ${since}`),
    count(db, sql`SELECT count(*) AS n FROM audit_log WHERE action IN ('site.publish', 'deployment.activate') AND at >= ${since}`),
    count(db, sql`SELECT count(*) AS n FROM form_submissions WHERE created_at >= ${since}`),
  ]);
  const generations = (await sql<{ total: string; succeeded: string; failed: string }>`
    SELECT count(*) AS total, count(*) FILTER (WHERE status = 'succeeded') AS succeeded, count(*) FILTER (WHERE status = 'failed') AS failed
    FROM generation_jobs WHERE created_at >= ${since}`.execute(db)).rows[0]!;
  const chat = (await sql<{ total: string; committed: string; questions: string; failed: string }>`
    SELECT count(*) AS total, count(*) FILTER (WHERE outcome = 'commit') AS committed, count(*) FILTER (WHERE outcome = 'question') AS questions,
      count(*) FILTER (WHERE outcome = 'error') AS failed
    FROM chat_turns WHERE created_at >= ${since}`.execute(db)).rows[0]!;
  const byModel = (await sql<{ role: string; provider: string; model: string; calls: string; failures: string; input: string; output: string; cost: string; p50: number | null; p95: number | null }>`
    SELECT role, provider, model, count(*) AS calls, count(*) FILTER (WHERE outcome <> 'ok') AS failures,
      coalesce(sum(input_tokens), 0) AS input, coalesce(sum(output_tokens), 0) AS output, coalesce(sum(cost_usd), 0) AS cost,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
    FROM ai_calls WHERE at >= ${since} GROUP BY role, provider, model ORDER BY count(*) DESC`.execute(db)).rows;
  const overall = (await sql<{ calls: string; cost: string; edit_cost: string; p50: number | null; p95: number | null }>`
    SELECT count(*) AS calls, coalesce(sum(cost_usd), 0) AS cost, coalesce(sum(cost_usd) FILTER (WHERE role IN ('intent', 'editor')), 0) AS edit_cost,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
    FROM ai_calls WHERE at >= ${since}`.execute(db)).rows[0]!;
  const daily = (await sql<{ day: string; sign_ups: string; edits: string; cost: string }>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
      (SELECT count(*) FROM "user" u WHERE u."createdAt" >= d.day AND u."createdAt" < d.day + interval '1 day') AS sign_ups,
      (SELECT count(*) FROM chat_turns t WHERE t.created_at >= d.day AND t.created_at < d.day + interval '1 day') AS edits,
      (SELECT coalesce(sum(cost_usd), 0) FROM ai_calls c WHERE c.at >= d.day AND c.at < d.day + interval '1 day') AS cost
    FROM generate_series(date_trunc('day', ${since}::timestamptz AT TIME ZONE 'UTC'), date_trunc('day', ${now}::timestamptz AT TIME ZONE 'UTC'), interval '1 day') AS d(day)
    ORDER BY d.day`.execute(db)).rows;
  const committed = Number(chat.committed);
  const answered = committed + Number(chat.failed);
  const round = (value: number | null) => (value === null ? null : Math.round(Number(value)));
  return {
    range,
    since,
    signUps,
    activeSites,
    generations: { total: Number(generations.total), succeeded: Number(generations.succeeded), failed: Number(generations.failed) },
    chatEdits: { total: Number(chat.total), committed, questions: Number(chat.questions), failed: Number(chat.failed), successRate: answered === 0 ? null : committed / answered },
    ai: {
      calls: Number(overall.calls),
      costUsd: Number(overall.cost),
      costPerEditUsd: committed === 0 ? null : Number(overall.edit_cost) / committed,
      p50LatencyMs: round(overall.p50),
      p95LatencyMs: round(overall.p95),
      byModel: byModel.map((row) => ({ role: row.role, provider: row.provider, model: row.model, calls: Number(row.calls), failures: Number(row.failures), inputTokens: Number(row.input), outputTokens: Number(row.output), costUsd: Number(row.cost), p50LatencyMs: round(row.p50), p95LatencyMs: round(row.p95) })),
    },
    publishes,
    formSubmissions,
    daily: daily.map((row) => ({ day: row.day, signUps: Number(row.sign_ups), chatEdits: Number(row.edits), costUsd: Number(row.cost) })),
  };
}
