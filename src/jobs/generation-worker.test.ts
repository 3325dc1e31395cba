import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { ModelRequiredError, type ModelRoles, offlineRoles, ProviderError } from '../ai/index.ts';
import { createLogger } from '../logger.ts';
import { createHistory, type Database, type History } from '../store/index.ts';
import { getJobAsSystem, insertGenerationJob, updateJob } from './generation-jobs.ts';
import { abandonGenerationJob, generationSummary, runGenerationJob, type GenerationWorkerDeps } from './generation-worker.ts';
import { throttledWriter } from './throttled-writer.ts';

const silent = createLogger('silent');
const fastRetry = { attempts: 2, baseDelayMs: 1, timeoutMs: 2_000 };

describe.each(backends)('generation worker on $name', (backend) => {
  let database: Database;
  let history: History;
  let counter = 0;
  beforeAll(async () => {
    database = await backend.open();
    history = createHistory(database);
  });
  afterAll(() => database?.close());

  const deps = (roles: ModelRoles = offlineRoles(), overrides: Partial<GenerationWorkerDeps> = {}): GenerationWorkerDeps => ({ db: database.db, history, roles, logger: silent, retry: fastRetry, ...overrides });
  const newJob = async (prompt = 'Crumb & Co, a family bakery in Porto.') => {
    counter += 1;
    const job = await insertGenerationJob(database.db, { userId: 'user-1', prompt, subdomain: `worker-site-${counter}`, idempotencyKey: null });
    return job!;
  };
  const sitesAt = async (subdomain: string) => (await database.db.selectFrom('sites').select('id').where('subdomain', '=', subdomain).execute()).length;

  it('creates the site with an AI first commit, and does nothing when run again', async () => {
    const job = await newJob();
    const calls: string[] = [];
    await runGenerationJob(deps(undefined, { onModelCall: (call) => void calls.push(`${call.role} ${call.outcome}`) }), job.id);
    expect(calls).toEqual(['generator ok']);
    const done = await getJobAsSystem(database.db, job.id);
    expect(done).toMatchObject({ status: 'succeeded', stage: 'done', progress: 1, error: null, partialHash: null, result: { subdomain: job.subdomain } });
    expect(done!.result!.notes.some((note) => note.fix?.panel === 'sections')).toBe(true);
    const head = await history.head(done!.result!.siteId, 'main');
    expect(head.commit).toMatchObject({ source: 'ai', author: 'user-1', summary: 'Generated from "Crumb & Co, a family bakery in Porto."' });
    await runGenerationJob(deps(), job.id);
    expect(await sitesAt(job.subdomain)).toBe(1);
    expect((await getJobAsSystem(database.db, job.id))?.updatedAt).toEqual(done!.updatedAt);
  });

  it('uses the roles in force when the job starts (the operator’s runtime models), not the ones it was built with', async () => {
    const job = await newJob();
    const recorded: string[] = [];
    const offline = offlineRoles();
    const now: ModelRoles = { ...offline, generator: { provider: 'runtime', model: 'now', generate: (request, signal) => offline.generator.generate(request, signal) } };
    await runGenerationJob(deps(undefined, { currentRoles: async () => now, onModelCall: (call) => void recorded.push(`${call.provider}:${call.model}`) }), job.id);
    expect(recorded).toEqual(['runtime:now']);
    expect((await getJobAsSystem(database.db, job.id))?.status).toBe('succeeded');
  });

  it('adopts the site an interrupted attempt created instead of failing on its own subdomain', async () => {
    const job = await newJob();
    await runGenerationJob(deps(), job.id);
    const created = (await getJobAsSystem(database.db, job.id))!.result!;
    // As if the process stopped after creating the site but before recording it.
    await database.db.updateTable('generation_jobs').set({ status: 'running', stage: 'saving', result: null }).where('id', '=', job.id).execute();
    await runGenerationJob(deps(), job.id);
    // The interrupted attempt's notes were never stored: the adopted site comes without them.
    expect(await getJobAsSystem(database.db, job.id)).toMatchObject({ status: 'succeeded', result: { ...created, notes: [] } });
    expect(await sitesAt(job.subdomain)).toBe(1);
  });

  it('fails with a message a person can act on when the provider is down or a model is required', async () => {
    const down: ModelRoles = { ...offlineRoles(), generator: { provider: 'p', model: 'm', generate: async () => { throw new ProviderError('503 from provider', 503, true); } } };
    const downJob = await newJob();
    await runGenerationJob(deps(down), downJob.id);
    expect(await getJobAsSystem(database.db, downJob.id)).toMatchObject({ status: 'failed', error: { code: 'AI_PROVIDER_UNAVAILABLE', detail: expect.stringContaining('Try again in a minute') } });
    const offline: ModelRoles = { ...offlineRoles(), generator: { provider: 'offline', model: 'x', generate: async () => { throw new ModelRequiredError('Set PAGEHUB_MODEL_GENERATOR to a provider model.', 'PAGEHUB_MODEL_GENERATOR'); } } };
    const offlineJob = await newJob();
    await runGenerationJob(deps(offline), offlineJob.id);
    const failed = await getJobAsSystem(database.db, offlineJob.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'AI_MODEL_REQUIRED', title: 'The AI assistant is off', detail: expect.stringContaining('edit the site yourself') } });
    // The operator's hint stays out of what the person reads.
    expect(JSON.stringify(failed?.error)).not.toMatch(/PAGEHUB_|provider model/);
    expect(await sitesAt(downJob.subdomain)).toBe(0);
  });

  it('hands an unexpected error to pg-boss for a retry, and fails the job on the last attempt', async () => {
    const brokenHistory = { ...history, initialize: async () => { throw new Error('disk on fire'); } } as History;
    const job = await newJob();
    // The error log hears of the last attempt's failure here; a retried one reaches it through the queue, thrown.
    const failures: [string, string][] = [];
    const onFailure = (error: unknown, { jobId }: { jobId: string }) => void failures.push([(error as Error).message, jobId]);
    await expect(runGenerationJob(deps(undefined, { history: brokenHistory, onFailure }), job.id, { isLastAttempt: false })).rejects.toThrow('disk on fire');
    expect(await getJobAsSystem(database.db, job.id)).toMatchObject({ status: 'queued', stage: 'retrying', error: null });
    expect(failures).toEqual([]);
    await runGenerationJob(deps(undefined, { history: brokenHistory, onFailure }), job.id, { isLastAttempt: true });
    expect(await getJobAsSystem(database.db, job.id)).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', detail: expect.stringContaining('Try again') } });
    expect(failures).toEqual([['disk on fire', job.id]]);
    expect(await sitesAt(job.subdomain)).toBe(0);
  });

  it('stores partial documents while the model streams, then clears them', async () => {
    const stored: unknown[] = [];
    const streaming: ModelRoles = {
      ...offlineRoles(),
      generator: {
        provider: 'p',
        model: 'm',
        async generate(request) {
          for (let index = 1; index <= 20; index += 1) {
            request.onPartial?.({ name: 'x'.repeat(index) });
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          return offlineRoles().generator.generate(request);
        },
      },
    };
    const job = await newJob();
    const watcher = setInterval(() => void database.db.selectFrom('generation_jobs').select('partial').where('id', '=', job.id).executeTakeFirst().then((row) => row?.partial && stored.push(row.partial)), 20);
    await runGenerationJob(deps(streaming, { partialIntervalMs: 50 }), job.id);
    clearInterval(watcher);
    expect(stored.length).toBeGreaterThan(0);
    expect(await getJobAsSystem(database.db, job.id)).toMatchObject({ status: 'succeeded', partialHash: null });
  });

  it('names the commit after the description, shortened at a word', () => {
    expect(generationSummary('A bakery')).toBe('Generated from "A bakery"');
    expect(generationSummary(`${'word '.repeat(30)}end`)).toMatch(/^Generated from "(word ){15}word…"$/);
  });

  it('closes a job pg-boss gave up on: fails it, or adopts the site an attempt created', async () => {
    const lost = await newJob();
    await updateJob(database.db, lost.id, { status: 'running', stage: 'generating' });
    await abandonGenerationJob(deps(), lost.id);
    expect(await getJobAsSystem(database.db, lost.id)).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', detail: expect.stringContaining('interrupted several times') } });
    const saved = await newJob();
    await runGenerationJob(deps(), saved.id);
    const result = (await getJobAsSystem(database.db, saved.id))!.result;
    await database.db.updateTable('generation_jobs').set({ status: 'running', stage: 'saving', result: null }).where('id', '=', saved.id).execute();
    await abandonGenerationJob(deps(), saved.id);
    expect(await getJobAsSystem(database.db, saved.id)).toMatchObject({ status: 'succeeded', result: { ...result, notes: [] } });
  });

  it('leaves a job alone that another attempt already failed', async () => {
    const job = await newJob();
    await updateJob(database.db, job.id, { status: 'failed', stage: 'failed' });
    await runGenerationJob(deps(), job.id);
    expect(await sitesAt(job.subdomain)).toBe(0);
  });
});

describe('throttledWriter', () => {
  it('writes the latest value at once, then at most once per interval, and nothing after stop()', async () => {
    const written: number[] = [];
    const writer = throttledWriter(async (value: number) => void written.push(value), 100, () => {});
    for (let value = 1; value <= 50; value += 1) writer.push(value);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toEqual([50]);
    for (let value = 51; value <= 60; value += 1) writer.push(value);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(written).toEqual([50]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written).toEqual([50, 60]);
    writer.push(61);
    await writer.stop();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(written).toEqual([50, 60]);
  });
});
