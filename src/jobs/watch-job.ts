// The changes of one job as they happen, for an event stream: the current state at once, then each change —
// woken by NOTIFY (JobWakeups) and, as a fallback for a lost notification, by a slow poll — until the job finishes,
// the owner's access ends or `signal` aborts.
import type { Db } from '../store/index.ts';
import { getJobOf, getPartialOf, isFinalStatus, jobView, type JobView } from './generation-jobs.ts';
import type { JobWakeups } from './job-wakeups.ts';

export type JobUpdate = { kind: 'status'; job: JobView } | { kind: 'partial'; document: unknown };

export interface WatchJobInput {
  db: Db;
  wakeups: JobWakeups;
  userId: string;
  jobId: string;
  signal: AbortSignal;
  /** The fallback poll, in milliseconds. Default 1,000. */
  pollMs?: number;
}

/** Resolves after `ms`, at a wake-up, or when `signal` aborts, whichever comes first. */
function nextWake(waiter: { wake?: () => void }, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      waiter.wake = undefined;
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    waiter.wake = done;
  });
}

export async function* watchJob({ db, wakeups, userId, jobId, signal, pollMs = 1_000 }: WatchJobInput): AsyncGenerator<JobUpdate> {
  // A wake-up that arrives while the job is being read is kept, so the change it announces is not missed.
  const waiter: { wake?: () => void; isPending: boolean } = { isPending: false };
  const unsubscribe = wakeups.subscribe(jobId, () => {
    if (waiter.wake) waiter.wake();
    else waiter.isPending = true;
  });
  try {
    let lastStatus = '';
    let lastPartialHash: string | null = null;
    while (!signal.aborted) {
      waiter.isPending = false;
      const job = await getJobOf(db, userId, jobId);
      if (!job) return;
      const view = jobView(job);
      // updatedAt moves with every partial document; a status event is sent when what a person sees changes.
      const status = JSON.stringify({ ...view, updatedAt: undefined });
      if (status !== lastStatus) {
        lastStatus = status;
        yield { kind: 'status', job: view };
      }
      if (isFinalStatus(job.status)) return;
      if (job.partialHash !== null && job.partialHash !== lastPartialHash) {
        lastPartialHash = job.partialHash;
        const document = await getPartialOf(db, userId, jobId);
        if (document !== null) yield { kind: 'partial', document };
      }
      if (!waiter.isPending) await nextWake(waiter, pollMs, signal);
    }
  } finally {
    unsubscribe();
  }
}
