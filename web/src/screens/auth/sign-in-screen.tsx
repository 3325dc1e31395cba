// Sign in with email and password, or have a one-time link mailed; OAuth buttons when the server has any.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, errorMessage, type FieldErrors, requestMagicLink, signIn, useSessionRefresh } from '../../api/index.ts';
import { AuthLayout, useNextPath, withNext } from '../../layouts/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';
import { checkAccountFields } from './account-fields.ts';
import { SocialSignIn } from './social-sign-in.tsx';

type Mode = 'password' | 'link';

/** Where a confirmation link sends a person it could not sign in: `?confirmed=1`, with `&error=` when it failed. */
function ConfirmationNotice() {
  const [parameters] = useSearchParams();
  if (!parameters.has('confirmed')) return null;
  const error = parameters.get('error');
  if (!error) return <Alert tone="success" title="Your email address is confirmed">Sign in to continue.</Alert>;
  return (
    <Alert tone="info" title={error === 'TOKEN_EXPIRED' ? 'That link has expired' : 'That link did not work'}>
      {error === 'TOKEN_EXPIRED' ? 'Confirmation links work for 24 hours.' : 'It may be incomplete, or a newer link has replaced it.'} Sign in with your email and password below, and we will email you a fresh one.
    </Alert>
  );
}

/** After a password reset (`?reset=1`) or a deleted account (`?deleted=1`). */
function DoneNotice() {
  const [parameters] = useSearchParams();
  if (parameters.has('reset')) return <Alert tone="success" title="Your password is changed">Sign in with your new password.</Alert>;
  if (parameters.has('deleted')) return <Alert tone="success" title="Your account is deleted">Thank you for using PageHub.</Alert>;
  return null;
}

export function SignInScreen() {
  const next = useNextPath();
  const [mode, setMode] = useState<Mode>('password');
  const [values, setValues] = useState({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const refreshSession = useSessionRefresh();
  const onError = (error: Error) => setFieldErrors(error instanceof ApiError ? error.fieldErrors : {});
  const signingIn = useMutation({ mutationFn: signIn, onSuccess: refreshSession, onError });
  const mailing = useMutation({ mutationFn: (email: string) => requestMagicLink(email, next), onError });
  const action = mode === 'password' ? signingIn : mailing;
  const isUnconfirmed = signingIn.error instanceof ApiError && signingIn.error.code === 'EMAIL_NOT_VERIFIED';
  const formError = action.error && !isUnconfirmed && !Object.keys(fieldErrors).length ? errorMessage(action.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkAccountFields(values, { needsPassword: mode === 'password' });
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    // callbackURL: where a fresh confirmation link (mailed when the address is unconfirmed) leads.
    if (mode === 'password') signingIn.mutate({ ...values, email: values.email.trim(), ...(next === '/' ? {} : { callbackURL: next }) });
    else mailing.mutate(values.email.trim());
  };
  const switchTo = (chosen: Mode) => {
    setMode(chosen);
    setFieldErrors({});
    signingIn.reset();
    mailing.reset();
  };

  return (
    <AuthLayout
      title="Sign in to PageHub"
      description="Welcome back. Your sites are waiting."
      footer={
        <>
          New to PageHub?{' '}
          <Link to={withNext('/sign-up', next)} className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SocialSignIn next={next} />
      <ConfirmationNotice />
      <DoneNotice />
      {isUnconfirmed ? (
        <Alert tone="info" title="Confirm your email address first">
          Your account is waiting for you to open the link we emailed when you signed up. We just sent a new one to {values.email.trim()} — open it to finish, and you are signed in.
        </Alert>
      ) : null}
      {mailing.isSuccess ? (
        <Alert tone="success" title="Check your inbox">
          We sent a sign-in link to {values.email.trim()}. It works once, within 5 minutes.
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit} className="space-y-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <Field label="Email" error={fieldErrors.email}>
          {(control) => <Input {...control} type="email" autoComplete="email" value={values.email} onChange={(event) => setValues({ ...values, email: event.target.value })} />}
        </Field>
        {mode === 'password' ? (
          <Field label="Password" error={fieldErrors.password}>
            {(control) => <Input {...control} type="password" autoComplete="current-password" value={values.password} onChange={(event) => setValues({ ...values, password: event.target.value })} />}
          </Field>
        ) : null}
        {mode === 'password' ? (
          <p className="-mt-2 text-right text-small">
            <Link to="/forgot-password" className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
              Forgot your password?
            </Link>
          </p>
        ) : null}
        <Button type="submit" className="w-full" isBusy={action.isPending}>
          {mode === 'password' ? 'Sign in' : 'Email me a sign-in link'}
        </Button>
      </form>
      <Button variant="ghost" className="w-full" onClick={() => switchTo(mode === 'password' ? 'link' : 'password')}>
        {mode === 'password' ? 'Sign in with a link by email instead' : 'Sign in with a password instead'}
      </Button>
    </AuthLayout>
  );
}
