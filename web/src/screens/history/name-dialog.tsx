// Asks for a name — of a version (a tag) or of a new branch — in any words ("Before launch") and runs `onSubmit`
// with it; the server derives the ref-safe name. Its answer (a name already used) shows under the field.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/index.ts';
import { Button, Dialog, Field, Input } from '../../ui/index.ts';

export interface NameDialogProps {
  isOpen: boolean;
  title: string;
  description: string;
  label: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (name: string) => Promise<unknown>;
}

const MAX_NAME = 80;

export function NameDialog({ isOpen, title, description, label, submitLabel, onClose, onSubmit }: NameDialogProps) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useMutation({
    mutationFn: onSubmit,
    onSuccess: () => {
      setName('');
      onClose();
    },
    onError: (error) => setProblem(error instanceof ApiError ? (error.fieldErrors.name ?? error.message) : errorMessage(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim().replaceAll(/\s+/g, ' ');
    if (trimmed === '') {
      setProblem('Give it a name.');
      return;
    }
    if (trimmed.length > MAX_NAME) {
      setProblem(`Use a name of at most ${MAX_NAME} characters.`);
      return;
    }
    setProblem(null);
    saving.mutate(trimmed);
  };
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={title} description={description}>
      <form onSubmit={submit} noValidate className="space-y-5">
        <Field label={label} error={problem} hint="Any words, e.g. “Before launch”.">
          {(control) => <Input {...control} value={name} maxLength={MAX_NAME} onChange={(event) => setName(event.target.value)} autoComplete="off" />}
        </Field>
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" isBusy={saving.isPending}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
