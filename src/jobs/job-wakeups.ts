// One LISTEN on JOBS_CHANNEL per process, shared by every event stream that watches a job: it is opened when the
// first watcher arrives and closed when the last one leaves, so a process with no open stream holds no extra
// connection. A notification wakes the watchers of that job; a reconnection wakes them all (they may have missed one).
import type { Logger } from '../logger.ts';
import { type Database, listen } from '../store/index.ts';
import { JOBS_CHANNEL } from './generation-jobs.ts';

export interface JobWakeups {
  /** Calls `onWake` whenever job `jobId` may have changed, until the returned function is called. */
  subscribe(jobId: string, onWake: () => void): () => void;
}

export function createJobWakeups(database: Database, logger: Logger): JobWakeups {
  const watchers = new Map<string, Set<() => void>>();
  let count = 0;
  let listening: Promise<(() => Promise<void>) | undefined> | undefined;

  const wake = (jobId: string) => {
    for (const onWake of watchers.get(jobId) ?? []) onWake();
  };
  const wakeAll = () => {
    for (const jobId of watchers.keys()) wake(jobId);
  };

  const startListening = () =>
    listen(database, JOBS_CHANNEL, wake, {
      onReconnect: wakeAll,
      onError: (error) => logger.warn({ err: error }, 'Job notifications: connection problem; event streams poll until it is back'),
    }).catch((error: unknown) => {
      logger.warn({ err: error }, 'Job notifications unavailable; event streams poll instead');
      return undefined;
    });

  const stopListening = (current: NonNullable<typeof listening>) =>
    void current.then((stop) => stop?.()).catch((error: unknown) => logger.warn({ err: error }, 'Job notifications: could not stop listening'));

  return {
    subscribe(jobId, onWake) {
      const forJob = watchers.get(jobId) ?? new Set();
      forJob.add(onWake);
      watchers.set(jobId, forJob);
      count += 1;
      listening ??= startListening();
      let isSubscribed = true;
      return () => {
        if (!isSubscribed) return;
        isSubscribed = false;
        forJob.delete(onWake);
        if (forJob.size === 0) watchers.delete(jobId);
        count -= 1;
        if (count === 0 && listening) {
          stopListening(listening);
          listening = undefined;
        }
      };
    },
  };
}
