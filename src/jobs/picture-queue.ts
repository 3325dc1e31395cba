// How an upload hands a large photo's variants to a worker. In a server, through pg-boss (queue `picture-variants`),
// so any worker process may take it and a crash is retried; without a queue (tests, scripts), in this process.
// The work itself is src/assets' finishPicture and failPicture, passed in by the composition root (jobs does not
// depend on assets).
import type { Logger } from '../logger.ts';
import type { JobQueue, WorkOptions } from './queue.ts';

export const PICTURE_QUEUE = 'picture-variants';
/** Where pg-boss puts a picture job that failed for good without its handler saying so (crashes, timeouts). */
export const ABANDONED_PICTURE_QUEUE = 'picture-variants-abandoned';

/** Two retries after an unexpected failure; a job still running after 5 minutes is presumed lost and retried. */
const PICTURE_WORK: WorkOptions = { retryLimit: 2, retryDelaySeconds: 5, expireInSeconds: 300, deadLetter: ABANDONED_PICTURE_QUEUE };
const ABANDONED_WORK: WorkOptions = { retryLimit: 5, retryDelaySeconds: 5, expireInSeconds: 60 };

/** What a picture job does: make the variants (throwing to be retried), or give up on the picture. */
export interface PictureWork {
  finish(assetId: string, context: { isLastAttempt: boolean }): Promise<void>;
  abandon(assetId: string): Promise<void>;
  logger: Logger;
}

async function createPictureQueues(queue: JobQueue): Promise<void> {
  await queue.createQueue(ABANDONED_PICTURE_QUEUE, ABANDONED_WORK);
  await queue.createQueue(PICTURE_QUEUE, PICTURE_WORK);
}

export interface PictureQueue {
  /** Hands the stored `processing` picture `assetId` to a worker. */
  enqueue(assetId: string): Promise<void>;
}

/** Sends picture jobs through pg-boss. */
export async function pictureQueueOn(queue: JobQueue): Promise<PictureQueue> {
  await createPictureQueues(queue);
  return { enqueue: (assetId) => queue.send(PICTURE_QUEUE, { assetId }) };
}

/** Runs the picture jobs of `queue` in this process, and gives up on the ones pg-boss gave up on. */
export async function startPictureWorker(queue: JobQueue, work: PictureWork): Promise<void> {
  await createPictureQueues(queue);
  await queue.work<{ assetId: string }>(PICTURE_QUEUE, ({ assetId }, { isLastAttempt }) => work.finish(assetId, { isLastAttempt }));
  await queue.work<{ assetId: string }>(ABANDONED_PICTURE_QUEUE, ({ assetId }) => work.abandon(assetId));
}

/**
 * Runs each job in this process right after the response, once, without pg-boss: nothing survives a restart, so
 * this is for tests and one-off scripts; servers pass pictureQueueOn(queue).
 */
export function inProcessPictureQueue(work: PictureWork): PictureQueue {
  return {
    async enqueue(assetId) {
      setImmediate(() => {
        work.finish(assetId, { isLastAttempt: true }).catch((error: unknown) => work.logger.error({ err: error, assetId }, 'Picture job failed'));
      });
    },
  };
}
