import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { createLogger } from '../logger.ts';
import type { Database } from '../store/index.ts';
import { findJobByIdempotencyKey, getJobOf, insertGenerationJob, updateJob } from './generation-jobs.ts';
import { createJobWakeups } from './job-wakeups.ts';
import { watchJob, type JobUpdate } from './watch-job.ts';

const silent = createLogger('silent');

describe.each(backends)('generation job store on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database?.close());

  const newJob = async (userId = 'user-1', idempotencyKey: string | null = null) => {
    const job = await insertGenerationJob(database.db, { userId, prompt: 'A bakery', subdomain: 'bakery', idempotencyKey });
    if (!job) throw new Error('not inserted');
    return job;
  };

  it('keeps one job per user and idempotency key', async () => {
    const first = await newJob('user-1', 'key-a');
    expect(first).toMatchObject({ status: 'queued', stage: 'queued', progress: 0, result: null, error: null, partialHash: null });
    expect(await insertGenerationJob(database.db, { userId: 'user-1', prompt: 'Other', subdomain: 'other', idempotencyKey: 'key-a' })).toBeUndefined();
    expect((await findJobByIdempotencyKey(database.db, 'user-1', 'key-a'))?.id).toBe(first.id);
    // Another person may use the same key, and jobs without a key never collide.
    expect(await newJob('user-2', 'key-a')).toBeDefined();
    expect((await newJob('user-1')).id).not.toBe((await newJob('user-1')).id);
  });

  it('shows a job to its owner only', async () => {
    const job = await newJob('owner');
    expect((await getJobOf(database.db, 'owner', job.id))?.id).toBe(job.id);
    expect(await getJobOf(database.db, 'someone-else', job.id)).toBeUndefined();
  });

  it('never changes a finished job again', async () => {
    const job = await newJob();
    expect(await updateJob(database.db, job.id, { status: 'failed', stage: 'failed', error: { code: 'INTERNAL', title: 'Internal error', detail: 'x' } })).toBe(true);
    expect(await updateJob(database.db, job.id, { status: 'running', progress: 0.5 })).toBe(false);
    expect(await getJobOf(database.db, 'user-1', job.id)).toMatchObject({ status: 'failed', progress: 0, error: { code: 'INTERNAL' } });
  });

  it('streams the current state, then each change as NOTIFY announces it, and ends with the final state', async () => {
    const job = await newJob('watcher');
    const wakeups = createJobWakeups(database, silent);
    const updates: JobUpdate[] = [];
    const controller = new AbortController();
    // A one-minute poll: only notifications can deliver the changes within the test's time.
    const watching = (async () => {
      for await (const update of watchJob({ db: database.db, wakeups, userId: 'watcher', jobId: job.id, signal: controller.signal, pollMs: 60_000 })) updates.push(update);
    })();
    const until = async (predicate: () => boolean) => {
      for (let waited = 0; !predicate(); waited += 20) {
        if (waited > 5_000) throw new Error(`timed out; updates: ${JSON.stringify(updates)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await until(() => updates.length === 1);
    expect(updates[0]).toMatchObject({ kind: 'status', job: { id: job.id, status: 'queued' } });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the LISTEN is in place
    await updateJob(database.db, job.id, { status: 'running', stage: 'generating', progress: 0.1 });
    await until(() => updates.length === 2);
    await updateJob(database.db, job.id, { partial: { name: 'Cr' } });
    await until(() => updates.some((update) => update.kind === 'partial'));
    await updateJob(database.db, job.id, { status: 'succeeded', stage: 'done', progress: 1, result: { siteId: 's', subdomain: 'bakery', head: 'c', notes: [] }, partial: null });
    await watching;
    expect(updates.map((update) => (update.kind === 'status' ? `${update.job.status}:${update.job.stage}` : `partial:${JSON.stringify(update.document)}`))).toEqual([
      'queued:queued',
      'running:generating',
      'partial:{"name":"Cr"}',
      'succeeded:done',
    ]);
  });

  it('stops watching when aborted, and ends at once for a job the caller does not own', async () => {
    const job = await newJob('watcher');
    const wakeups = createJobWakeups(database, silent);
    const controller = new AbortController();
    const seen: JobUpdate[] = [];
    const watching = (async () => {
      for await (const update of watchJob({ db: database.db, wakeups, userId: 'watcher', jobId: job.id, signal: controller.signal, pollMs: 60_000 })) seen.push(update);
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await watching;
    expect(seen).toHaveLength(1);
    const foreign: JobUpdate[] = [];
    for await (const update of watchJob({ db: database.db, wakeups, userId: 'intruder', jobId: job.id, signal: new AbortController().signal })) foreign.push(update);
    expect(foreign).toEqual([]);
  });
});
