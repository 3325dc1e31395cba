// The site's branches: which one the timeline (and the editor, via `?branch=`) shows, each branch's last
// change, merging a branch into main (conflicts listed, nothing merged), and deleting one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GitBranch, GitMerge, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { deleteBranch, errorMessage, mergeBranch, MergeConflictError, useBranches } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, classNames, Label, Spinner, useToast } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';

export function BranchPanel({ siteId, branch, canEdit, onSwitch }: { siteId: string; branch: string; canEdit: boolean; onSwitch: (branch: string) => void }) {
  const branches = useBranches(siteId);
  const queryClient = useQueryClient();
  const toast = useToast();
  const [problem, setProblem] = useState<{ title: string; error: unknown } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['sites', siteId] });
  /** The name a person gave a branch, for its ref-safe name. */
  const shown = (name: string) => branches.data?.find((entry) => entry.name === name)?.displayName ?? name;
  const merging = useMutation({
    mutationFn: (name: string) => mergeBranch(siteId, name, 'main'),
    onMutate: () => setProblem(null),
    onSuccess: async (_answer, name) => {
      toast(`Merged “${shown(name)}” into main.`, 'success');
      await refresh();
    },
    onError: (error, name) => setProblem({ title: `“${shown(name)}” was not merged into main`, error }),
  });
  const deleting = useMutation({
    mutationFn: (name: string) => deleteBranch(siteId, name),
    onMutate: () => setProblem(null),
    onSuccess: async (_answer, name) => {
      toast(`Deleted the branch “${shown(name)}”; its versions stay in the history.`, 'success');
      if (name === branch) onSwitch('main');
      await refresh();
    },
    onError: (error, name) => setProblem({ title: `“${shown(name)}” was not deleted`, error }),
  });

  return (
    <Card>
      <CardBody className="space-y-4">
        <div>
          <Label htmlFor="branch-select">Branch</Label>
          <select
            id="branch-select"
            value={branch}
            onChange={(event) => onSwitch(event.target.value)}
            className="focus-ring mt-1.5 block h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-body"
          >
            {(branches.data ?? [{ name: branch, displayName: branch }]).map((entry) => (
              <option key={entry.name} value={entry.name}>
                {entry.displayName}
              </option>
            ))}
          </select>
          <p className="mt-1.5 text-small text-ink-muted">The timeline shows this branch; “Back to editor” opens it.</p>
        </div>
        {problem ? (
          <Alert tone="danger" title={problem.title}>
            <p>{errorMessage(problem.error)}</p>
            {problem.error instanceof MergeConflictError ? (
              <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="merge-conflicts">
                {problem.error.conflicts.map((conflict) => (
                  <li key={conflict.path}>
                    <span className="font-medium">{conflict.part}</span>: {conflict.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        <div>
          <h2 className="text-small font-semibold">All branches</h2>
          {branches.isPending ? <Spinner label="Loading branches" className="mt-2" /> : null}
          {branches.isError ? <p className="mt-2 text-small text-danger">{errorMessage(branches.error)}</p> : null}
          <ul className="mt-2 divide-y divide-line">
            {branches.data?.map((entry) => (
              <li key={entry.name} className="flex flex-wrap items-center gap-2 py-2" data-testid="branch-row">
                <GitBranch aria-hidden="true" className="size-4 text-ink-muted" />
                <div className="min-w-0 flex-1">
                  <p className={classNames('truncate text-small', entry.name === branch && 'font-semibold text-brand-800')}>{entry.displayName}</p>
                  <p className="text-caption text-ink-muted">Changed {relativeTime(entry.updatedAt)}</p>
                </div>
                {entry.name === 'main' || !canEdit ? null : (
                  <div className="flex gap-1">
                    <Button size="sm" variant="secondary" isBusy={merging.isPending && merging.variables === entry.name} onClick={() => merging.mutate(entry.name)}>
                      <GitMerge aria-hidden="true" className="size-4" />
                      <span>
                        Merge<span className="sr-only"> {entry.displayName}</span> into main
                      </span>
                    </Button>
                    <Button size="sm" variant="ghost" aria-label={`Delete the branch ${entry.displayName}`} isBusy={deleting.isPending && deleting.variables === entry.name} onClick={() => deleting.mutate(entry.name)}>
                      <Trash2 aria-hidden="true" className="size-4" />
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {branches.data?.length === 1 ? <p className="text-small text-ink-muted">Only main so far. Use “Branch” on a version to try changes without touching main.</p> : null}
        </div>
      </CardBody>
    </Card>
  );
}
