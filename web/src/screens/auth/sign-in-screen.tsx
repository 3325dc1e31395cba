// Sign in with email and password, or have a one-time link mailed; OAuth buttons when the server has any.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { requestMagicLink, signIn, useSessionRefresh } from '../../api/auth-api.ts';
import { ApiError, errorMessage, type FieldErrors } from '../../api/http-client.ts';
import { AuthLayout } from '../../layouts/auth-layout.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Input } from '../../ui/input.tsx';
import { checkAccountFields } from './account-fields.ts';
import { SocialSignIn } from './social-sign-in.tsx';

type Mode = 'password' | 'link';

export function SignInScreen() {
  const [mode, setMode] = useState<Mode>('password');
  const [values, setValues] = useState({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const refreshSession = useSessionRefresh();
  const onError = (error: Error) => setFieldErrors(error instanceof ApiError ? error.fieldErrors : {});
  const signingIn = useMutation({ mutationFn: signIn, onSuccess: refreshSession, onError });
  const mailing = useMutation({ mutationFn: requestMagicLink, onError });
  const action = mode === 'password' ? signingIn : mailing;
  const formError = action.error && !Object.keys(fieldErrors).length ? errorMessage(action.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkAccountFields(values, { needsPassword: mode === 'password' });
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (mode === 'password') signingIn.mutate(values);
    else mailing.mutate(values.email.trim());
  };
  const switchTo = (next: Mode) => {
    setMode(next);
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
          <Link to="/sign-up" className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SocialSignIn />
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
