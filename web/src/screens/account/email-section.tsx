// Changing the sign-in address: a link goes to the new address, and only opening it changes anything.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { changeEmail, errorMessage } from '../../api/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';
import { SettingsSection } from '../settings/settings-section.tsx';
import { checkAccountFields } from '../auth/account-fields.ts';

/** Where the confirmation link brings the person back: `?emailChanged=1`, with `&error=` when it did not work. */
function EmailChangedNotice({ email }: { email: string }) {
  const [parameters] = useSearchParams();
  if (!parameters.has('emailChanged')) return null;
  const error = parameters.get('error');
  if (!error) return <Alert tone="success" title="Your email address is changed">You now sign in with {email}.</Alert>;
  return (
    <Alert tone="info" title={error === 'TOKEN_EXPIRED' ? 'That link has expired' : 'That link did not work'}>
      {error === 'TOKEN_EXPIRED' ? 'Links to confirm a new address work for 24 hours.' : 'It may be incomplete, or it was meant for another account.'} Your address is still {email}. Ask for a new link below.
    </Alert>
  );
}

export function EmailSection({ email }: { email: string }) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sending = useMutation({ mutationFn: changeEmail, onSuccess: (_answer, newEmail) => setSentTo(newEmail) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const newEmail = typed.trim();
    const found = checkAccountFields({ email: newEmail }, { needsPassword: false }).email ?? (newEmail.toLowerCase() === email.toLowerCase() ? 'This is already your address.' : null);
    setProblem(found);
    if (!found) sending.mutate(newEmail);
  };
  return (
    <SettingsSection
      id="email-heading"
      title="Email address"
      description={
        <>
          You sign in with <strong className="font-semibold break-all text-ink">{email}</strong>. To change it, we email a link to the new address; your address changes only once you open that link.
        </>
      }
    >
      <EmailChangedNotice email={email} />
      <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <Field label="New email address" error={problem}>
            {(control) => <Input {...control} type="email" autoComplete="email" value={typed} onChange={(event) => setTyped(event.target.value)} />}
          </Field>
        </div>
        <Button type="submit" variant="secondary" className="sm:mt-7" isBusy={sending.isPending}>
          Send confirmation link
        </Button>
      </form>
      {sentTo ? (
        <Alert tone="success" title="Check the new inbox">
          We sent a link to {sentTo}. Open it to switch your account to that address — until then you keep signing in with {email}. The link works for 24 hours.
        </Alert>
      ) : null}
      {sending.isError ? <Alert tone="danger">{errorMessage(sending.error)}</Alert> : null}
    </SettingsSection>
  );
}
