// pg-boss on the app's own database, in its `pgboss` schema. Both backends go through the app's node-postgres pool:
// on PGlite that pool is the one connection, so pg-boss's statements queue behind an open Kysely transaction
// instead of landing inside it (calling pglite.query directly would interleave with it); on PostgreSQL pg-boss
// shares the pool rather than opening its own.
import PgBoss from 'pg-boss';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/index.ts';
import { failedJobs, jobState, queueFigures, type FailedJob, type QueueFigures } from './job-admin.ts';
import { inJobSpan, splitTraceparent, withTraceparent } from './job-span.ts';

export interface JobQueueOptions {
  logger: Logger;
  /** How often an idle worker asks for work, in seconds (pg-boss's minimum is 0.5). Default 2. */
  pollingIntervalSeconds?: number;
  /** Told of every job a worker of this process ran: its queue, seconds taken, and what it threw, if it did (metrics, error log). */
  onJobDone?: (report: JobReport) => void;
}

/** One job run by a worker of this process. `error` is set when the handler threw (pg-boss retries or dead-letters it). */
export interface JobReport {
  queue: string;
  jobId: string;
  /** The job's data (ids: `jobId`, `assetId`); the error log keeps only its ids. */
  data: Record<string, unknown>;
  attempt: number;
  seconds: number;
  error?: unknown;
}

export interface WorkOptions {
  /** Attempts after the first when the handler throws. */
  retryLimit: number;
  /** Seconds before the first retry (doubled for each next one). */
  retryDelaySeconds: number;
  /** A job still active after this long counts as failed (and is retried). */
  expireInSeconds: number;
  /** A queue (created first) that receives the job once it has failed for good, retries included. */
  deadLetter?: string;
}

/** What a handler learns about the pg-boss job it runs. */
export interface WorkContext {
  /** True when pg-boss will not retry this job should the handler throw. */
  isLastAttempt: boolean;
}

export interface JobQueue {
  readonly boss: PgBoss;
  /** Creates the queue (idempotent); call before sending to it, in every process that sends or works. */
  createQueue(name: string, options: WorkOptions): Promise<void>;
  send(name: string, data: object): Promise<void>;
  /** Runs `handler` for each job of `name` in this process, one at a time. */
  work<Data extends object>(name: string, handler: (data: Data, context: WorkContext) => Promise<void>): Promise<void>;
  /** Per queue: jobs waiting, running, waiting for a retry, done, failed for good (the operator's Jobs screen). */
  figures(): Promise<QueueFigures[]>;
  /** Jobs that failed for good, newest first. */
  failed(limit?: number): Promise<FailedJob[]>;
  /** Sends a failed job back to its queue; false when the queue has no such failed job. */
  retry(queue: string, id: string): Promise<boolean>;
  /** Deletes a failed or waiting job; false when the queue has no such job. */
  discard(queue: string, id: string): Promise<boolean>;
  /** Resolves while pg-boss runs and its schema answers (GET /api/health). */
  check(): Promise<void>;
  /** Stops taking jobs, waits up to `timeoutMs` for the ones running, then fails what is left so it is retried. */
  stop(timeoutMs?: number): Promise<void>;
}

function executorFor(database: Database): PgBoss.Db {
  return { executeSql: (text, values) => database.pool.query(text, values) };
}

/** Starts pg-boss on `database`: creates or migrates its schema, then runs maintenance in the background. */
export async function startJobQueue(database: Database, { logger, pollingIntervalSeconds = 2, onJobDone }: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({ db: executorFor(database), schedule: false, supervise: true, migrate: true });
  boss.on('error', (error) => logger.error({ err: error }, 'Job queue error'));
  await boss.start();
  const localWorkers = new Map<string, string>();
  let isStopped = false;

  return {
    boss,
    async createQueue(name, { retryLimit, retryDelaySeconds, expireInSeconds, deadLetter }) {
      const options = { name, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds, ...(deadLetter ? { deadLetter } : {}) };
      await boss.createQueue(name, options);
      await boss.updateQueue(name, options); // a queue made by an earlier version takes today's settings
    },
    async send(name, data) {
      const id = await boss.send(name, withTraceparent(data)); // the job's span continues the sender's trace
      if (!id) throw new Error(`The job queue refused a job for "${name}"`);
      // A worker in this process starts at once instead of at its next poll.
      const workerId = localWorkers.get(name);
      if (workerId) boss.notifyWorker(workerId);
    },
    async work<Data extends object>(name: string, handler: (data: Data, context: WorkContext) => Promise<void>) {
      const workerId = await boss.work<Data>(name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) {
          const started = performance.now();
          const { data, traceparent } = splitTraceparent(job.data);
          const attempt = job.retryCount + 1;
          const report = (error?: unknown) => onJobDone?.({ queue: name, jobId: job.id, data, attempt, seconds: (performance.now() - started) / 1000, ...(error === undefined ? {} : { error }) });
          await inJobSpan(name, { attempt, traceparent }, async () => {
            try {
              await handler(data as Data, { isLastAttempt: job.retryCount >= job.retryLimit });
            } catch (error) {
              report(error);
              throw error;
            }
            report();
          });
        }
      });
      localWorkers.set(name, workerId);
    },
    figures: () => queueFigures(database, boss),
    failed: (limit) => failedJobs(database, limit),
    async retry(queue, id) {
      if ((await jobState(database, queue, id)) !== 'failed') return false;
      await boss.retry(queue, id);
      return true;
    },
    async discard(queue, id) {
      const state = await jobState(database, queue, id);
      if (state === null || state === 'active') return false;
      await boss.deleteJob(queue, id);
      return true;
    },
    async check() {
      if (isStopped) throw new Error('The job queue is stopped');
      await boss.schemaVersion();
    },
    async stop(timeoutMs = 10_000) {
      if (isStopped) return;
      isStopped = true;
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}
