// Per-account limits over the plan: one field per numeric limit; an empty field keeps the plan's (the placeholder
// shows the limit in force). Saving replaces every override the account had.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminKeys, type AdminAccountDetail, errorMessage, setAccountLimits } from '../../api/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';
import { limitText, NUMERIC_LIMITS, overridesFrom } from './account-limits.ts';

export function LimitsForm({ detail, onDone }: { detail: AdminAccountDetail; onDone: () => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const saving = useMutation({
    mutationFn: (limits: Parameters<typeof setAccountLimits>[1]) => setAccountLimits(detail.account.id, limits),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.account(detail.account.id) });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = overridesFrom(values);
    setProblems('problems' in result ? result.problems : {});
    if ('limits' in result) saving.mutate(result.limits);
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Limits">
      <p className="text-small text-ink-muted">Leave a field empty to use the limit of the {detail.billing.plan.name} plan. Saving replaces the limits set before.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {NUMERIC_LIMITS.map(({ key, label, isBytes }) => (
          <Field key={key} label={label} error={problems[key]}>
            {(control) => (
              <Input {...control} inputMode="numeric" placeholder={limitText(detail.billing.limits[key], isBytes)} value={values[key] ?? ''} onChange={(event) => setValues({ ...values, [key]: event.target.value })} />
            )}
          </Field>
        ))}
      </div>
      {saving.isError ? <Alert tone="danger">{errorMessage(saving.error)}</Alert> : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" isBusy={saving.isPending}>
          Save limits
        </Button>
      </div>
    </form>
  );
}
