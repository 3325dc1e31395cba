// The visible state of site generation jobs (table generation_jobs): what a person polls with GET /api/jobs/{id} or
// streams from …/events. pg-boss carries the work; this table is the truth about it. Every change NOTIFYs
// JOBS_CHANNEL with the job id, so event streams in any process wake at once.
import type { GenerationNote } from '../ai/index.ts';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ErrorCode, FieldError } from '../errors.ts';
import type { Db } from '../store/index.ts';

export const JOBS_CHANNEL = 'pagehub_jobs';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export const FINAL_STATUSES: readonly JobStatus[] = ['succeeded', 'failed'];

export interface JobResult {
  siteId: string;
  subdomain: string;
  head: string;
  /** What the generator assumed or invented, for the editor to show ([] when it said nothing, or for older jobs). */
  notes: GenerationNote[];
}

/** A failure a person can act on: the catalog code and title, what happened, and field errors when there are any. */
export interface JobError {
  code: ErrorCode;
  title: string;
  detail: string;
  errors?: FieldError[];
}

export interface GenerationJob {
  id: string;
  userId: string;
  idempotencyKey: string | null;
  prompt: string;
  subdomain: string;
  status: JobStatus;
  stage: string;
  progress: number;
  result: JobResult | null;
  error: JobError | null;
  createdAt: Date;
  updatedAt: Date;
  /** md5 of the partial document, or null: tells watchers whether it changed without reading it. */
  partialHash: string | null;
}

export interface JobChanges {
  status?: JobStatus;
  stage?: string;
  progress?: number;
  partial?: unknown;
  result?: JobResult | null;
  error?: JobError | null;
}

const COLUMNS = ['id', 'user_id', 'idempotency_key', 'prompt', 'subdomain', 'status', 'stage', 'progress', 'result', 'error', 'created_at', 'updated_at'] as const;

function selectJobs(db: Db) {
  return db.selectFrom('generation_jobs').select([...COLUMNS, sql<string | null>`md5(partial::text)`.as('partial_hash')]);
}

type JobRow = Awaited<ReturnType<ReturnType<typeof selectJobs>['executeTakeFirstOrThrow']>>;

function toJob(row: JobRow): GenerationJob {
  return {
    id: row.id,
    userId: row.user_id,
    idempotencyKey: row.idempotency_key,
    prompt: row.prompt,
    subdomain: row.subdomain,
    status: row.status,
    stage: row.stage,
    progress: Number(row.progress),
    result: row.result ? { notes: [], ...(row.result as Omit<JobResult, 'notes'>) } : null,
    error: (row.error ?? null) as JobError | null,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    partialHash: row.partial_hash,
  };
}

export function isFinalStatus(status: JobStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** What GET /api/jobs/{id} answers and each `status` event carries. */
export interface JobView {
  id: string;
  status: JobStatus;
  stage: string;
  progress: number;
  result: JobResult | null;
  error: JobError | null;
  createdAt: string;
  updatedAt: string;
}

export function jobView(job: GenerationJob): JobView {
  const { id, status, stage, progress, result, error } = job;
  return { id, status, stage, progress, result, error, createdAt: job.createdAt.toISOString(), updatedAt: job.updatedAt.toISOString() };
}

/**
 * Stores a new queued job, or returns undefined when `userId` already has a job under `idempotencyKey` (find it
 * with findJobByIdempotencyKey). Pass the transaction that also claims the person's allowance.
 */
export async function insertGenerationJob(db: Db, input: { userId: string; prompt: string; subdomain: string; idempotencyKey: string | null }): Promise<GenerationJob | undefined> {
  const inserted = await db
    .insertInto('generation_jobs')
    .values({ id: randomUUID(), user_id: input.userId, idempotency_key: input.idempotencyKey, prompt: input.prompt, subdomain: input.subdomain, status: 'queued', stage: 'queued', progress: 0 })
    .onConflict((conflict) => conflict.columns(['user_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return undefined;
  return toJob(await selectJobs(db).where('id', '=', inserted.id).executeTakeFirstOrThrow());
}

export async function findJobByIdempotencyKey(db: Db, userId: string, idempotencyKey: string): Promise<GenerationJob | undefined> {
  const row = await selectJobs(db).where('user_id', '=', userId).where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row && toJob(row);
}

/** The job, if `userId` owns it: a job of someone else is as absent as one that never existed. */
export async function getJobOf(db: Db, userId: string, jobId: string): Promise<GenerationJob | undefined> {
  const row = await selectJobs(db).where('id', '=', jobId).where('user_id', '=', userId).executeTakeFirst();
  return row && toJob(row);
}

/** The job whoever owns it: for the worker only, which acts for the job's owner. */
export async function getJobAsSystem(db: Db, jobId: string): Promise<GenerationJob | undefined> {
  const row = await selectJobs(db).where('id', '=', jobId).executeTakeFirst();
  return row && toJob(row);
}

/** The latest partial document of a job `userId` owns, or null. */
export async function getPartialOf(db: Db, userId: string, jobId: string): Promise<unknown> {
  const row = await db.selectFrom('generation_jobs').select('partial').where('id', '=', jobId).where('user_id', '=', userId).executeTakeFirst();
  return row?.partial ?? null;
}

/**
 * Applies `changes` unless the job has already finished (a finished job never changes again), then NOTIFYs.
 * Returns whether the job changed.
 */
export async function updateJob(db: Db, jobId: string, changes: JobChanges): Promise<boolean> {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const updated = await db
    .updateTable('generation_jobs')
    .set({
      ...(changes.status === undefined ? {} : { status: changes.status }),
      ...(changes.stage === undefined ? {} : { stage: changes.stage }),
      ...(changes.progress === undefined ? {} : { progress: Math.min(1, Math.max(0, changes.progress)) }),
      ...(changes.partial === undefined ? {} : { partial: json(changes.partial) }),
      ...(changes.result === undefined ? {} : { result: json(changes.result) }),
      ...(changes.error === undefined ? {} : { error: json(changes.error) }),
      updated_at: sql<Date>`clock_timestamp()`,
    })
    .where('id', '=', jobId)
    .where('status', 'not in', FINAL_STATUSES)
    .returning('id')
    .executeTakeFirst();
  if (updated) await notifyJobChanged(db, jobId);
  return updated !== undefined;
}

export async function notifyJobChanged(db: Db, jobId: string): Promise<void> {
  await sql`SELECT pg_notify(${JOBS_CHANNEL}, ${jobId})`.execute(db);
}
