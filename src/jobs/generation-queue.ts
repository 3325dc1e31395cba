// How the generate route hands a stored job to a worker. In a server, through pg-boss (queue `site-generation`),
// so any worker process may take it and a crash is retried; without a queue (tests, scripts), in this process.
import { abandonGenerationJob, runGenerationJob, type GenerationWorkerDeps } from './generation-worker.ts';
import type { JobQueue, WorkOptions } from './queue.ts';
import { inJobSpan } from './job-span.ts';

export const GENERATION_QUEUE = 'site-generation';
/** Where pg-boss puts a generation that failed for good without its handler saying so (crashes, timeouts). */
export const ABANDONED_GENERATION_QUEUE = 'site-generation-abandoned';

/** Two retries after an unexpected failure; a job still running after 10 minutes is presumed lost and retried. */
const GENERATION_WORK: WorkOptions = { retryLimit: 2, retryDelaySeconds: 5, expireInSeconds: 600, deadLetter: ABANDONED_GENERATION_QUEUE };
const ABANDONED_WORK: WorkOptions = { retryLimit: 5, retryDelaySeconds: 5, expireInSeconds: 60 };

async function createGenerationQueues(queue: JobQueue): Promise<void> {
  await queue.createQueue(ABANDONED_GENERATION_QUEUE, ABANDONED_WORK);
  await queue.createQueue(GENERATION_QUEUE, GENERATION_WORK);
}

export interface GenerationQueue {
  /** Hands the stored job `jobId` to a worker. */
  enqueue(jobId: string): Promise<void>;
  /** Resolves while the queue answers (GET /api/health). */
  check(): Promise<void>;
}

/** Sends generation jobs through pg-boss. */
export async function generationQueueOn(queue: JobQueue): Promise<GenerationQueue> {
  await createGenerationQueues(queue);
  return {
    enqueue: (jobId) => queue.send(GENERATION_QUEUE, { jobId }),
    check: () => queue.check(),
  };
}

/** Runs the generation jobs of `queue` in this process, and closes the ones pg-boss gave up on. */
export async function startGenerationWorker(queue: JobQueue, deps: GenerationWorkerDeps): Promise<void> {
  await createGenerationQueues(queue);
  await queue.work<{ jobId: string }>(GENERATION_QUEUE, ({ jobId }, { isLastAttempt }) => runGenerationJob(deps, jobId, { isLastAttempt }));
  await queue.work<{ jobId: string }>(ABANDONED_GENERATION_QUEUE, ({ jobId }) => abandonGenerationJob(deps, jobId));
}

/**
 * Runs each job in this process right after the response, without pg-boss: nothing survives a restart, so this is
 * for tests and one-off scripts; servers pass generationQueueOn(queue).
 */
export function inProcessGenerationQueue(deps: GenerationWorkerDeps): GenerationQueue {
  return {
    async enqueue(jobId) {
      setImmediate(() => {
        inJobSpan(GENERATION_QUEUE, {}, () => runGenerationJob(deps, jobId)).catch((error: unknown) => deps.logger.error({ err: error, jobId }, 'Generation job failed'));
      });
    },
    check: async () => {},
  };
}
