// How many jobs wait, run or failed in each of PageHub's queues, read from pg-boss's table when Prometheus scrapes
// (src/admin/metrics.ts). Completed and cancelled jobs are not counted. Every queue and state is listed, zeros
// included, so a dashboard's series never vanish; the dead-letter queues are marked so an alert can watch them.
import type { Database } from '../store/index.ts';
import { ABANDONED_GENERATION_QUEUE, GENERATION_QUEUE } from './generation-queue.ts';
import { ABANDONED_PICTURE_QUEUE, PICTURE_QUEUE } from './picture-queue.ts';

export const JOB_STATES = ['created', 'retry', 'active', 'failed'] as const;
const QUEUES = [GENERATION_QUEUE, PICTURE_QUEUE, ABANDONED_GENERATION_QUEUE, ABANDONED_PICTURE_QUEUE];
const DEAD_LETTER_QUEUES = new Set([ABANDONED_GENERATION_QUEUE, ABANDONED_PICTURE_QUEUE]);

export interface QueueDepth {
  queue: string;
  state: (typeof JOB_STATES)[number];
  count: number;
  isDeadLetter: boolean;
}

export async function queueDepths(database: Database): Promise<QueueDepth[]> {
  const { rows } = await database.pool.query<{ name: string; state: string; count: number }>(
    `SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job WHERE name = ANY($1) AND state::text = ANY($2) GROUP BY name, state`,
    [QUEUES, [...JOB_STATES]],
  );
  const counts = new Map(rows.map((row) => [`${row.name} ${row.state}`, Number(row.count)]));
  return QUEUES.flatMap((queue) => JOB_STATES.map((state) => ({ queue, state, count: counts.get(`${queue} ${state}`) ?? 0, isDeadLetter: DEAD_LETTER_QUEUES.has(queue) })));
}
