// Confirming a destructive admin action that needs a reason (suspending an account, taking a site offline): the
// dialog says what will happen, asks why (the reason is kept in the audit log, and the owner may see it), and shows
// the server's answer when it refuses.
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../api/index.ts';
import { Alert, Button, Dialog, Field, Textarea } from '../../ui/index.ts';

export interface ReasonDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  isBusy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
}

/** The form inside the dialog, mounted while it is open, so each opening starts empty. */
function ReasonForm({ onClose, confirmLabel, isBusy, error, onConfirm }: Omit<ReasonDialogProps, 'isOpen' | 'title' | 'description'>) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const found = trimmed.length < 3 ? 'Write the reason in a few words (at least 3 characters).' : trimmed.length > 500 ? 'Use at most 500 characters.' : null;
    setProblem(found);
    if (!found) onConfirm(trimmed);
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label="Reason" hint="Kept in the audit log." error={problem}>
        {(control) => <Textarea {...control} data-autofocus value={reason} onChange={(event) => setReason(event.target.value)} className="min-h-24" />}
      </Field>
      {error ? <Alert tone="danger">{errorMessage(error)}</Alert> : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" isBusy={isBusy}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}

export function ReasonDialog({ isOpen, title, description, ...form }: ReasonDialogProps) {
  return (
    <Dialog isOpen={isOpen} onClose={form.onClose} title={title} description={description}>
      {isOpen ? <ReasonForm {...form} /> : null}
    </Dialog>
  );
}
