// What the AI cost, for the operator's AI screen: model calls (ai_calls) between two UTC days, added up on the
// database by model, by person or by day, most expensive first (days newest first), a page at a time; and the same
// as CSV. Every call counts, failed ones too: a provider bills what it answered.
import { sql } from 'kysely';
import { csvCell } from '../csv-cell.ts';
import type { Db } from '../store/index.ts';

export const COST_GROUPS = ['model', 'user', 'day'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

export interface CostQuery {
  groupBy: CostGroup;
  /** The first and last UTC day of the report, both included. */
  from: Date;
  to: Date;
  /** Rows to skip (the previous pages). */
  offset?: number;
  limit?: number;
}

export interface CostRow {
  /** What the row adds up: `provider:model`, an account's id (null: calls nobody was signed in for), or `YYYY-MM-DD`. */
  key: string | null;
  /** The same for people: the model, the person's name and email, or the day. */
  label: string;
  calls: number;
  failedCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface CostReport {
  rows: CostRow[];
  /** The offset of the next page, null on the last one. */
  nextOffset: number | null;
  totals: { calls: number; costUsd: number };
}

const DAY_MS = 86_400_000;

/** Grouping expressions and their order; a fixed list, so no input reaches the SQL text. */
const GROUPS: Record<CostGroup, { key: string; label: string; join: string; groupBy: string; orderBy: string }> = {
  model: { key: `c.provider || ':' || c.model`, label: `c.provider || ':' || c.model`, join: '', groupBy: 'c.provider, c.model', orderBy: 'cost DESC, key ASC' },
  user: {
    key: 'c.user_id',
    label: `CASE WHEN c.user_id IS NULL THEN 'Nobody signed in (background work)' WHEN u.id IS NULL THEN 'A deleted account' ELSE u.name || ' (' || u.email || ')' END`,
    join: 'LEFT JOIN "user" u ON u.id = c.user_id',
    groupBy: 'c.user_id, u.id, u.name, u.email',
    orderBy: 'cost DESC, key ASC NULLS LAST',
  },
  day: { key: `to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, label: `to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, join: '', groupBy: `to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, orderBy: 'key DESC' },
};

export async function aiCosts(db: Db, { groupBy, from, to, offset = 0, limit = 50 }: CostQuery): Promise<CostReport> {
  const since = startOfDay(from);
  const until = new Date(startOfDay(to).getTime() + DAY_MS);
  const group = GROUPS[groupBy];
  const { rows } = await sql<{ key: string | null; label: string; calls: string; failed: string; input: string; output: string; cost: string }>`
    SELECT ${sql.raw(group.key)} AS key, ${sql.raw(group.label)} AS label, count(*) AS calls, count(*) FILTER (WHERE c.outcome <> 'ok') AS failed,
      coalesce(sum(c.input_tokens), 0) AS input, coalesce(sum(c.output_tokens), 0) AS output, coalesce(sum(c.cost_usd), 0) AS cost
    FROM ai_calls c ${sql.raw(group.join)}
    WHERE c.at >= ${since} AND c.at < ${until}
    GROUP BY ${sql.raw(group.groupBy)}
    ORDER BY ${sql.raw(group.orderBy)}
    LIMIT ${limit + 1} OFFSET ${offset}`.execute(db);
  const totals = (await sql<{ calls: string; cost: string }>`SELECT count(*) AS calls, coalesce(sum(cost_usd), 0) AS cost FROM ai_calls WHERE at >= ${since} AND at < ${until}`.execute(db)).rows[0];
  return {
    rows: rows.slice(0, limit).map((row) => ({ key: row.key, label: row.label, calls: Number(row.calls), failedCalls: Number(row.failed), inputTokens: Number(row.input), outputTokens: Number(row.output), costUsd: Number(row.cost) })),
    nextOffset: rows.length > limit ? offset + limit : null,
    totals: { calls: Number(totals?.calls ?? 0), costUsd: Number(totals?.cost ?? 0) },
  };
}

const CSV_HEADINGS: Record<CostGroup, string> = { model: 'model', user: 'person', day: 'day' };

/** The report as CSV, every cell formula-safe (a name like `=HYPERLINK(…)` stays text in a spreadsheet). */
export function aiCostsCsv(groupBy: CostGroup, rows: readonly CostRow[]): string {
  const lines = [[CSV_HEADINGS[groupBy], 'calls', 'failed calls', 'input tokens', 'output tokens', 'cost (USD)'].join(',')];
  for (const row of rows) lines.push([row.label, String(row.calls), String(row.failedCalls), String(row.inputTokens), String(row.outputTokens), row.costUsd.toFixed(6)].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
