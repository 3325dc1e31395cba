// Where the reset mail's link lands (`?token=…`, or `?error=INVALID_TOKEN` once it has expired or been used):
// choose a new password, then sign in with it. Open whether or not someone is signed in on this browser.
import { useMutation } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage, type FieldErrors, resetPassword } from '../../api/index.ts';
import { CardFrame } from '../../layouts/index.ts';
import { Alert, Button, buttonClasses, Field, Input } from '../../ui/index.ts';

const linkClasses = 'focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline';

function LinkProblem() {
  return (
    <>
      <Alert tone="info" title="This link no longer works">
        Password reset links work once, within 1 hour. This one has expired or was already used. Ask for a new link and open it from the newest mail.
      </Alert>
      <Link to="/forgot-password" className={buttonClasses({ className: 'w-full' })}>
        Email me a new link
      </Link>
    </>
  );
}

export function ResetPasswordScreen() {
  const [parameters] = useSearchParams();
  const token = parameters.get('token');
  const navigate = useNavigate();
  const [values, setValues] = useState({ password: '', repeated: '' });
  const [problems, setProblems] = useState<FieldErrors>({});
  const resetting = useMutation({
    mutationFn: () => resetPassword(token ?? '', values.password),
    onSuccess: () => navigate('/sign-in?reset=1', { replace: true }),
  });
  const isLinkDead = !token || parameters.has('error') || (resetting.error instanceof ApiError && resetting.error.code === 'INVALID_TOKEN');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (values.password.length < 8) found.password = 'Use at least 8 characters.';
    else if (values.repeated !== values.password) found.repeated = 'The two passwords are not the same.';
    setProblems(found);
    if (Object.keys(found).length === 0) resetting.mutate();
  };
  return (
    <CardFrame
      icon={KeyRound}
      title={isLinkDead ? 'Ask for a new link' : 'Choose a new password'}
      description={isLinkDead ? 'Your password is unchanged.' : 'Your new password replaces the old one, and every device signed in to your account is signed out.'}
      footer={
        <>
          Remembered it?{' '}
          <Link to="/sign-in" className={linkClasses}>
            Sign in
          </Link>
        </>
      }
    >
      {isLinkDead ? (
        <LinkProblem />
      ) : (
        <form noValidate onSubmit={submit} className="space-y-4">
          {resetting.isError ? <Alert tone="danger">{errorMessage(resetting.error)}</Alert> : null}
          <Field label="New password" hint="At least 8 characters." error={problems.password}>
            {(control) => <Input {...control} type="password" autoComplete="new-password" value={values.password} onChange={(event) => setValues({ ...values, password: event.target.value })} />}
          </Field>
          <Field label="New password again" error={problems.repeated}>
            {(control) => <Input {...control} type="password" autoComplete="new-password" value={values.repeated} onChange={(event) => setValues({ ...values, repeated: event.target.value })} />}
          </Field>
          <Button type="submit" className="w-full" isBusy={resetting.isPending}>
            Save new password
          </Button>
        </form>
      )}
    </CardFrame>
  );
}
