// Generation jobs nobody is working on any more: a process that ran them in-process stopped, or pg-boss lost
// track. pg-boss retries and dead-letters what it carries (generation-queue.ts); this closes whatever is left, so
// a person's "Creating your site…" never spins forever and the table holds no unfinished rows from long ago.
import { FINAL_STATUSES } from './generation-jobs.ts';
import { abandonGenerationJob, type GenerationWorkerDeps } from './generation-worker.ts';

/**
 * Closes every unfinished job not updated since `staleBefore` (a site an earlier attempt created is adopted,
 * as after pg-boss's last retry). Returns how many were closed.
 */
export async function abandonStaleGenerationJobs(deps: GenerationWorkerDeps, staleBefore: Date): Promise<number> {
  const stale = await deps.db.selectFrom('generation_jobs').select('id').where('status', 'not in', FINAL_STATUSES).where('updated_at', '<', staleBefore).execute();
  for (const { id } of stale) await abandonGenerationJob(deps, id);
  return stale.length;
}

/** Deletes finished jobs last updated before `before`; returns how many. */
export async function deleteFinishedGenerationJobs(deps: Pick<GenerationWorkerDeps, 'db'>, before: Date): Promise<number> {
  const result = await deps.db.deleteFrom('generation_jobs').where('status', 'in', FINAL_STATUSES).where('updated_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
