// /admin/jobs — the background job queues (writing new sites, preparing pictures): how many jobs wait, run, wait
// for a retry, failed for good or were done, and the failed ones with Retry and Discard. Read again every 5 s.
import { errorMessage, useAdminJobs } from '../../api/index.ts';
import { Alert, LoadingBlock } from '../../ui/index.ts';
import { FailedJobsTable } from './failed-jobs-table.tsx';
import { QueueTable } from './queue-table.tsx';

export function JobsSection() {
  const jobs = useAdminJobs();
  return (
    <div className="space-y-6">
      <p className="text-body text-ink-muted">Work PageHub does in the background, such as writing new sites and preparing uploaded pictures. A job that fails is tried again; one that keeps failing stops here.</p>
      {jobs.isError ? <Alert tone="danger">{errorMessage(jobs.error)}</Alert> : null}
      {jobs.isPending ? <LoadingBlock label="Loading the queues…" /> : null}
      {jobs.data?.inProcess ? <Alert tone="info">This server runs each job in its own process as it comes, without a queue, so there is nothing to show here.</Alert> : null}
      {jobs.data && !jobs.data.inProcess ? (
        <>
          <section aria-labelledby="queues-heading" className="space-y-3">
            <h2 id="queues-heading" className="text-title font-semibold">
              Queues
            </h2>
            <QueueTable queues={jobs.data.queues} />
          </section>
          <section aria-labelledby="failed-heading" className="space-y-3">
            <h2 id="failed-heading" className="text-title font-semibold">
              Failed jobs
            </h2>
            <FailedJobsTable jobs={jobs.data.failed} />
          </section>
        </>
      ) : null}
    </div>
  );
}
