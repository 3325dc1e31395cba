// "Forgot your password?": asks for the address and always answers alike, so the screen says nothing about which
// addresses have accounts. The mailed link opens /reset-password.
import { useMutation } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage, requestPasswordReset } from '../../api/index.ts';
import { AuthLayout } from '../../layouts/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';
import { checkAccountFields } from './account-fields.ts';

export function ForgotPasswordScreen() {
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const asking = useMutation({ mutationFn: requestPasswordReset, onSuccess: (_answer, address) => setSentTo(address) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const found = checkAccountFields({ email: address }, { needsPassword: false }).email ?? null;
    setProblem(found);
    if (!found) asking.mutate(address);
  };
  return (
    <AuthLayout
      icon={KeyRound}
      title="Forgot your password?"
      description="Enter the email address you sign in with. We will email you a link to choose a new password."
      footer={
        <>
          Remembered it?{' '}
          <Link to="/sign-in" className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      {sentTo ? (
        <Alert tone="success" title="Check your inbox">
          If an account exists for {sentTo}, we sent a link to it. The link works once, within 1 hour. No mail after a few minutes? Look in your spam folder.
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit} className="space-y-4">
        {asking.isError ? <Alert tone="danger">{errorMessage(asking.error)}</Alert> : null}
        <Field label="Email" error={problem}>
          {(control) => <Input {...control} type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
        </Field>
        <Button type="submit" className="w-full" isBusy={asking.isPending}>
          {sentTo ? 'Send the link again' : 'Email me a link'}
        </Button>
      </form>
    </AuthLayout>
  );
}
