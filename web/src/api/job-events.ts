// Following a generation job: the Server-Sent Events of GET /api/jobs/:id/events — `status` at every change,
// `partial` when a streaming model has produced part of the document — until the job ends.
import { useEffect, useState } from 'react';
import type { Schema } from './contract.ts';

/** A generation job as GET /api/jobs/{id} answers it, and as each `status` event carries it. */
export type Job = Schema<'Job'>;

/** Something the generator assumed or invented, with where in the editor it is fixed. */
export type GenerationNote = Schema<'GenerationNote'>;

export interface JobFollowing {
  job: Job | null;
  /** The latest partial document, when the generator streams one. */
  partial: unknown;
  /** Set when the stream itself failed (not the job). */
  connectionProblem: string | null;
}

export function isFinished(job: Job | null): boolean {
  return job?.status === 'succeeded' || job?.status === 'failed';
}

export function useJobEvents(jobId: string | null): JobFollowing {
  const [following, setFollowing] = useState<JobFollowing>({ job: null, partial: null, connectionProblem: null });

  useEffect(() => {
    if (!jobId) return;
    setFollowing({ job: null, partial: null, connectionProblem: null });
    const source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
    source.addEventListener('status', (event) => {
      const job = JSON.parse((event as MessageEvent<string>).data) as Job;
      setFollowing((current) => ({ ...current, job, connectionProblem: null }));
      if (isFinished(job)) source.close();
    });
    source.addEventListener('partial', (event) => {
      // `{ document }`, where the document is whatever part the model has produced so far: read, not trusted.
      const data: unknown = JSON.parse((event as MessageEvent<string>).data);
      const document = typeof data === 'object' && data !== null && 'document' in data ? data.document : undefined;
      setFollowing((current) => ({ ...current, partial: document }));
    });
    source.addEventListener('error', () => {
      // EventSource reconnects by itself; say so only while it is down.
      if (source.readyState !== EventSource.CLOSED) setFollowing((current) => ({ ...current, connectionProblem: 'The connection dropped; reconnecting…' }));
    });
    return () => source.close();
  }, [jobId]);

  return following;
}
