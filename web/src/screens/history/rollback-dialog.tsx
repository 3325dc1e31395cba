// Confirms a rollback: the branch will look like the chosen version again, as a new commit (nothing is lost).
import { useMutation } from '@tanstack/react-query';
import { type CommitEntry, errorMessage } from '../../api/index.ts';
import { Alert, Button, Dialog } from '../../ui/index.ts';

export function RollbackDialog({ commit, versionName, branch, onClose, onConfirm }: { commit: CommitEntry | null; versionName: string; branch: string; onClose: () => void; onConfirm: (commit: CommitEntry) => Promise<unknown> }) {
  const rolling = useMutation({ mutationFn: onConfirm, onSuccess: onClose });
  return (
    <Dialog
      isOpen={commit !== null}
      onClose={() => {
        rolling.reset();
        onClose();
      }}
      title="Roll back to this version?"
      description={
        <>
          Branch <strong>{branch}</strong> will look exactly like {versionName} again. This adds a new version; every later change stays in the history.
        </>
      }
    >
      {rolling.isError ? (
        <Alert tone="danger" className="mb-4" title="Nothing was rolled back">
          {errorMessage(rolling.error)}
        </Alert>
      ) : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" isBusy={rolling.isPending} onClick={() => commit && rolling.mutate(commit)}>
          Roll back
        </Button>
      </div>
    </Dialog>
  );
}
