// Changing the password with the current one, optionally signing out every other device.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { accountKeys, ApiError, changePassword, errorMessage, type FieldErrors } from '../../api/index.ts';
import { Alert, Button, Field, Input, useToast } from '../../ui/index.ts';
import { SettingsSection } from '../settings/settings-section.tsx';

const EMPTY = { currentPassword: '', newPassword: '' };

export function PasswordSection() {
  const [values, setValues] = useState(EMPTY);
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [problems, setProblems] = useState<FieldErrors>({});
  const queryClient = useQueryClient();
  const toast = useToast();
  const changing = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      setValues(EMPTY);
      await queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
      toast(signOutOthers ? 'Your password is changed, and your other devices are signed out.' : 'Your password is changed.', 'success');
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      if (error.code === 'INVALID_PASSWORD') setProblems({ currentPassword: 'This is not your current password. Check it and try again.' });
      else if (error.code.startsWith('PASSWORD_TOO')) setProblems({ newPassword: error.message });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.currentPassword) found.currentPassword = 'Enter your current password.';
    if (values.newPassword.length < 8) found.newPassword = 'Use at least 8 characters.';
    else if (values.newPassword === values.currentPassword) found.newPassword = 'Choose a password different from the current one.';
    setProblems(found);
    if (Object.keys(found).length === 0) changing.mutate({ ...values, revokeOtherSessions: signOutOthers });
  };
  const formError = changing.isError && Object.keys(problems).length === 0 ? errorMessage(changing.error) : null;
  return (
    <SettingsSection id="password-heading" title="Password" description="Forgot the current one? Sign out, then choose “Forgot your password?” on the sign-in page.">
      <form onSubmit={submit} noValidate className="space-y-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <Field label="Current password" error={problems.currentPassword}>
          {(control) => <Input {...control} type="password" autoComplete="current-password" value={values.currentPassword} onChange={(event) => setValues({ ...values, currentPassword: event.target.value })} />}
        </Field>
        <Field label="New password" hint="At least 8 characters." error={problems.newPassword}>
          {(control) => <Input {...control} type="password" autoComplete="new-password" value={values.newPassword} onChange={(event) => setValues({ ...values, newPassword: event.target.value })} />}
        </Field>
        <label className="flex items-start gap-2 text-body text-ink">
          <input type="checkbox" className="focus-ring mt-1 size-4 accent-brand-700" checked={signOutOthers} onChange={(event) => setSignOutOthers(event.target.checked)} />
          <span>Sign out my other devices</span>
        </label>
        <Button type="submit" variant="secondary" className="w-full sm:w-auto" isBusy={changing.isPending}>
          Change password
        </Button>
      </form>
    </SettingsSection>
  );
}
