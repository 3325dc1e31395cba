// The name the people one works with see (in history, members, presence).
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage, updateName, useSessionRefresh } from '../../api/index.ts';
import { Alert, Button, Field, Input, useToast } from '../../ui/index.ts';
import { SettingsSection } from '../settings/settings-section.tsx';

export function ProfileSection({ name }: { name: string }) {
  const [typed, setTyped] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const refreshSession = useSessionRefresh();
  const toast = useToast();
  const saving = useMutation({
    mutationFn: updateName,
    onSuccess: async () => {
      await refreshSession();
      toast('Your name is saved.', 'success');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = typed.trim();
    setProblem(trimmed ? (trimmed.length > 100 ? 'Use at most 100 characters.' : null) : 'Enter your name.');
    if (trimmed && trimmed.length <= 100) saving.mutate(trimmed);
  };
  return (
    <SettingsSection id="profile-heading" title="Your name" description="Shown to the people you work with, next to your changes and in the members list.">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <Field label="Name" error={problem}>
            {(control) => <Input {...control} autoComplete="name" value={typed} onChange={(event) => setTyped(event.target.value)} />}
          </Field>
        </div>
        <Button type="submit" variant="secondary" className="sm:mt-7" isBusy={saving.isPending} disabled={typed.trim() === name}>
          Save name
        </Button>
      </form>
      {saving.isError ? <Alert tone="danger">{errorMessage(saving.error)}</Alert> : null}
    </SettingsSection>
  );
}
