// The operator's view of pg-boss: per queue, how many jobs wait, run, wait for a retry, failed for good or were
// dead-lettered; the failed jobs with their error; and retrying or discarding one. Reads pg-boss's own table.
import type PgBoss from 'pg-boss';
import type { Database } from '../store/index.ts';

export interface QueueFigures {
  name: string;
  deadLetter: string | null;
  created: number;
  retry: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
}

export interface FailedJob {
  id: string;
  queue: string;
  retryCount: number;
  createdAt: Date;
  failedAt: Date | null;
  error: string | null;
}

export async function queueFigures(database: Database, boss: PgBoss): Promise<QueueFigures[]> {
  const queues = await boss.getQueues();
  const { rows } = await database.pool.query<{ name: string; state: string; n: string }>('SELECT name, state::text AS state, count(*) AS n FROM pgboss.job GROUP BY name, state');
  return queues
    .map((queue) => {
      const count = (state: string) => Number(rows.find((row) => row.name === queue.name && row.state === state)?.n ?? 0);
      return { name: queue.name, deadLetter: queue.deadLetter ?? null, created: count('created'), retry: count('retry'), active: count('active'), completed: count('completed'), failed: count('failed'), cancelled: count('cancelled') };
    })
    .sort((first, second) => first.name.localeCompare(second.name));
}

export async function failedJobs(database: Database, limit = 100): Promise<FailedJob[]> {
  const { rows } = await database.pool.query<{ id: string; name: string; retry_count: number; created_on: Date; completed_on: Date | null; output: unknown }>(
    "SELECT id, name, retry_count, created_on, completed_on, output FROM pgboss.job WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $1",
    [limit],
  );
  return rows.map((row) => {
    const output = (typeof row.output === 'string' ? JSON.parse(row.output) : row.output) as { message?: string } | null;
    return { id: row.id, queue: row.name, retryCount: row.retry_count, createdAt: new Date(row.created_on), failedAt: row.completed_on ? new Date(row.completed_on) : null, error: output?.message ?? (output ? JSON.stringify(output).slice(0, 500) : null) };
  });
}

/** The state of one job, or null when the queue has no such job. */
export async function jobState(database: Database, queue: string, id: string): Promise<string | null> {
  const { rows } = await database.pool.query<{ state: string }>('SELECT state::text AS state FROM pgboss.job WHERE name = $1 AND id = $2', [queue, id]);
  return rows[0]?.state ?? null;
}
