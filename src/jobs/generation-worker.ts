// The worker of queue `site-generation`: takes a stored job, runs the generate pipeline with metered roles, streams
// partial documents into the job (throttled), creates the site and its first commit, and records the outcome.
// Idempotent: a job that has finished is left alone, and a site an earlier attempt already created is adopted
// rather than created twice.
import { DEFAULT_RETRY, generateSite, meterRoles, type ModelCallRecord, ModelRequiredError, type ModelRoles, ProviderError, recordModelCall, type RetryPolicy } from '../ai/index.ts';
import { asSystem } from '../system-actor.ts';
import { AppError, ERRORS, type ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { createSite, type Db, type History } from '../store/index.ts';
import { getJobAsSystem, isFinalStatus, updateJob, type GenerationJob, type JobChanges, type JobError, type JobResult } from './generation-jobs.ts';
import { throttledWriter } from './throttled-writer.ts';

export interface GenerationWorkerDeps {
  db: Db;
  history: History;
  roles: ModelRoles;
  /** The roles in force when a job starts (the operator's runtime settings); `roles` without it. */
  currentRoles?: () => Promise<ModelRoles>;
  logger: Logger;
  /** Provider retries of each generator answer; default DEFAULT_RETRY (AI_TIMEOUT_SECONDS sets its timeout). */
  retry?: RetryPolicy;
  /** Partial documents are stored at most this often. Default 300 ms. */
  partialIntervalMs?: number;
  /** Told of each model call, once recorded (the metrics count them). */
  onModelCall?: (call: ModelCallRecord) => void;
  /** Told of an unexpected failure that ends a job without a retry (the error log records it; a retried one is thrown to the queue). */
  onFailure?: (error: unknown, context: { jobId: string }) => void;
}


/**
 * No member acts here: the worker creates the site for the person who started the job (its owner from the first
 * commit) and reads back a site an earlier attempt created. Its log lines say so.
 */
const AS_GENERATION_JOB = asSystem('a generation job creates the site its owner described');

/** The first commit's summary: `Generated from "A family bakery in Porto…"`. */
export function generationSummary(prompt: string): string {
  const excerpt = prompt.length > 80 ? `${prompt.slice(0, 80).replace(/\s+\S*$/, '')}…` : prompt;
  return `Generated from "${excerpt}"`;
}

function jobError(code: ErrorCode, detail: string, errors?: AppError['errors']): JobError {
  return { code, title: ERRORS[code].title, detail, ...(errors && errors.length > 0 ? { errors } : {}) };
}

/** What to tell the person about `error`, and whether trying the same job again could help. */
function describeFailure(error: unknown, job: GenerationJob): { error: JobError; isRetryable: boolean } {
  if (error instanceof AppError && error.code === 'SUBDOMAIN_TAKEN') {
    const detail = `Your site was generated, but another site took the subdomain "${job.subdomain}" in the meantime, so it was not saved. Generate it again with another subdomain.`;
    return { error: jobError('SUBDOMAIN_TAKEN', detail), isRetryable: false };
  }
  if (error instanceof AppError) return { error: jobError(error.code, error.detail, error.errors), isRetryable: false };
  if (error instanceof ModelRequiredError) {
    // The person reads what they can do; the operator's hint (which variable to set) goes to the log only.
    const detail = "Writing a site with the AI assistant needs it switched on, and it isn't here. Start from a description without the assistant, or from a template, and edit the site yourself.";
    return { error: jobError('AI_MODEL_REQUIRED', detail), isRetryable: false };
  }
  if (error instanceof ProviderError) {
    return { error: jobError('AI_PROVIDER_UNAVAILABLE', `The AI provider did not answer after several attempts (${error.message}), so no site was created. Try again in a minute.`), isRetryable: false };
  }
  return { error: jobError('INTERNAL', 'Something went wrong on our side while generating the site, and no site was created. Try again; if it keeps happening, report the job id.'), isRetryable: true };
}

/** A site an earlier attempt of this job created (the process stopped before recording it), if there is one. */
async function siteFromEarlierAttempt(deps: GenerationWorkerDeps, job: GenerationJob): Promise<JobResult | undefined> {
  const site = await deps.db
    .selectFrom('sites')
    .innerJoin('commits', 'commits.site_id', 'sites.id')
    .select(['sites.id', 'sites.subdomain'])
    .where('sites.subdomain', '=', job.subdomain)
    .where('sites.created_by', '=', job.userId)
    .where('sites.created_at', '>=', job.createdAt)
    .where('commits.seq', '=', 1)
    .where('commits.source', '=', 'ai')
    .where('commits.summary', '=', generationSummary(job.prompt))
    .executeTakeFirst();
  if (!site) return undefined;
  const head = await deps.history.head(site.id, 'main');
  return { siteId: site.id, subdomain: site.subdomain, head: head.commit.id, notes: [] };
}

/**
 * Runs job `jobId` to its end. Failures a person must act on (invalid output, a taken subdomain, no model, a
 * provider that does not answer) finish the job as failed; an unexpected error is rethrown for pg-boss to retry,
 * unless `isLastAttempt`, when the job fails with it.
 */
export async function runGenerationJob(deps: GenerationWorkerDeps, jobId: string, { isLastAttempt = true }: { isLastAttempt?: boolean } = {}): Promise<void> {
  const { db, logger } = deps;
  const job = await getJobAsSystem(db, jobId);
  if (!job) {
    logger.warn({ jobId }, 'Generation job not found; skipped');
    return;
  }
  if (isFinalStatus(job.status)) return;
  const log = logger.child({ jobId, userId: job.userId, system: AS_GENERATION_JOB.reason });
  // Progress reports arrive synchronously from the pipeline; they are written one after another.
  let reports = Promise.resolve();
  const report = (changes: JobChanges) => {
    reports = reports.then(() => updateJob(db, jobId, changes)).then(() => undefined, (error: unknown) => log.warn({ err: error }, 'Could not record job progress'));
  };
  const partials = throttledWriter((document: unknown) => updateJob(db, jobId, { partial: document }).then(() => undefined), deps.partialIntervalMs ?? 300, (error) =>
    log.warn({ err: error }, 'Could not store a partial document'),
  );
  try {
    const earlier = job.status === 'queued' && job.stage === 'queued' ? undefined : await siteFromEarlierAttempt(deps, job);
    if (earlier) {
      await updateJob(db, jobId, { status: 'succeeded', stage: 'done', progress: 1, result: earlier, error: null, partial: null });
      log.info({ siteId: earlier.siteId }, 'Generation job: adopted the site an earlier attempt created');
      return;
    }
    await updateJob(db, jobId, { status: 'running', stage: 'generating', progress: 0.02, error: null });
    const roles = meterRoles(deps.currentRoles ? await deps.currentRoles() : deps.roles, async (call) => {
      await recordModelCall(db, call);
      deps.onModelCall?.(call);
    }, { userId: job.userId, jobId }, (error) => log.warn({ err: error }, 'Could not record a model call'));
    const { site, notes } = await generateSite({
      prompt: job.prompt,
      roles,
      retry: deps.retry ?? DEFAULT_RETRY,
      onProgress: (stage, progress) => report({ stage, progress }),
      onPartial: (document) => partials.push(document),
    });
    await partials.stop();
    report({ stage: 'saving', progress: 0.9 });
    await reports;
    const created = await createSite(db, deps.history, { ownerId: job.userId, subdomain: job.subdomain, name: site.name, document: site, commit: { source: 'ai', summary: generationSummary(job.prompt) } });
    const result: JobResult = { siteId: created.id, subdomain: created.subdomain, head: created.head, notes: [...notes] };
    await updateJob(db, jobId, { status: 'succeeded', stage: 'done', progress: 1, result, error: null, partial: null });
    log.info({ siteId: created.id, subdomain: created.subdomain }, 'Generation job succeeded');
  } catch (error) {
    await partials.stop();
    await reports;
    const failure = describeFailure(error, job);
    if (failure.isRetryable && !isLastAttempt) {
      log.warn({ err: error }, 'Generation job failed; it will be retried');
      await updateJob(db, jobId, { status: 'queued', stage: 'retrying' });
      throw error;
    }
    if (failure.error.code === 'INTERNAL') {
      log.error({ err: error }, 'Generation job failed');
      deps.onFailure?.(error, { jobId });
    }
    else if (error instanceof ModelRequiredError) log.warn({ code: failure.error.code, variable: error.variable }, `Generation job needs a model: ${error.message}`);
    else log.info({ code: failure.error.code }, `Generation job failed: ${failure.error.detail}`);
    await updateJob(db, jobId, { status: 'failed', stage: 'failed', error: failure.error, partial: null });
  }
}

/**
 * Closes a job pg-boss gave up on without the handler recording an outcome (the worker crashed or timed out on
 * every attempt): adopts a site an attempt created, or fails the job so the person is not left waiting.
 */
export async function abandonGenerationJob(deps: GenerationWorkerDeps, jobId: string): Promise<void> {
  const job = await getJobAsSystem(deps.db, jobId);
  if (!job || isFinalStatus(job.status)) return;
  const earlier = await siteFromEarlierAttempt(deps, job);
  if (earlier) {
    await updateJob(deps.db, jobId, { status: 'succeeded', stage: 'done', progress: 1, result: earlier, error: null, partial: null });
    return;
  }
  const detail = 'The generation was interrupted several times (the worker stopped or ran out of time), so no site was created. Try again.';
  await updateJob(deps.db, jobId, { status: 'failed', stage: 'failed', error: jobError('INTERNAL', detail), partial: null });
  deps.logger.error({ jobId, system: AS_GENERATION_JOB.reason }, 'Generation job abandoned after its last attempt');
}
