// The Jobs screen's failed jobs, newest first: which queue, when it failed, how many tries, the error; Retry sends
// one back to its queue, Discard deletes it after the operator confirms.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { adminOpsKeys, discardJob, errorMessage, type FailedJob, retryJob } from '../../api/index.ts';
import { Alert, Button, Dialog, useToast } from '../../ui/index.ts';
import { formatDateTime } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';

export function FailedJobsTable({ jobs }: { jobs: FailedJob[] }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [discarding, setDiscarding] = useState<FailedJob | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: adminOpsKeys.jobs });
  const retrying = useMutation({
    mutationFn: retryJob,
    onSuccess: async () => {
      toast('The job is back in its queue.', 'success');
      await refresh();
    },
  });
  const discard = useMutation({
    mutationFn: discardJob,
    onSuccess: async () => {
      toast('The job is discarded.', 'success');
      setDiscarding(null);
      await refresh();
    },
  });
  return (
    <>
      {retrying.isError ? (
        <Alert tone="danger" title="The job could not be retried">
          {errorMessage(retrying.error)}
        </Alert>
      ) : null}
      <AdminTable
        label="Failed jobs"
        header={
          <>
            <Th>Job</Th>
            <Th className="hidden sm:table-cell">Failed</Th>
            <Th className="hidden sm:table-cell">Error</Th>
            <Th className="hidden sm:table-cell">
              <span className="sr-only">Actions</span>
            </Th>
          </>
        }
      >
        {jobs.length === 0 ? <EmptyRow columns={4}>No failed jobs. Everything ran.</EmptyRow> : null}
        {jobs.map((job) => {
          const when = `${job.failedAt ? formatDateTime(job.failedAt) : '—'} · ${job.retryCount + 1} ${job.retryCount === 0 ? 'try' : 'tries'}`;
          const error = (className: string) => <p className={`text-caption break-words text-danger ${className}`}>{job.error ?? 'No error was recorded.'}</p>;
          const actions = (className: string) => (
            <div className={`flex gap-2 ${className}`}>
              <Button size="sm" variant="secondary" aria-label={`Retry job ${job.id}`} isBusy={retrying.isPending && retrying.variables?.id === job.id} onClick={() => retrying.mutate(job)}>
                Retry
              </Button>
              <Button size="sm" variant="secondary" aria-label={`Discard job ${job.id}…`} onClick={() => setDiscarding(job)}>
                Discard…
              </Button>
            </div>
          );
          return (
            <tr key={job.id} data-testid="failed-job-row">
              <Td>
                <p className="font-mono text-caption break-all">{job.queue}</p>
                <p className="font-mono text-caption break-all text-ink-muted">{job.id}</p>
                {/* On a phone the other columns fold in here. */}
                <p className="mt-1 text-caption text-ink-muted sm:hidden">{when}</p>
                {error('mt-1 sm:hidden')}
                {actions('mt-2 sm:hidden')}
              </Td>
              <Td className="hidden text-ink-muted sm:table-cell">
                <p className="whitespace-nowrap">{job.failedAt ? formatDateTime(job.failedAt) : '—'}</p>
                <p className="text-caption whitespace-nowrap">
                  {job.retryCount + 1} {job.retryCount === 0 ? 'try' : 'tries'}
                </p>
              </Td>
              <Td className="hidden sm:table-cell">{error('max-w-sm min-w-48')}</Td>
              <Td className="hidden py-1.5 sm:table-cell">{actions('justify-end')}</Td>
            </tr>
          );
        })}
      </AdminTable>
      <Dialog isOpen={discarding !== null} onClose={() => setDiscarding(null)} title="Discard this job?" description="It is deleted from its queue and will not run again. This can’t be undone.">
        {discard.isError ? <Alert tone="danger">{errorMessage(discard.error)}</Alert> : null}
        <div className="mt-4 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setDiscarding(null)}>
            Keep it
          </Button>
          <Button variant="danger" isBusy={discard.isPending} onClick={() => discarding && discard.mutate(discarding)}>
            Discard job
          </Button>
        </div>
      </Dialog>
    </>
  );
}
