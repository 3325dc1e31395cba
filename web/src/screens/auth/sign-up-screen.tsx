import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage, type FieldErrors, signUp } from '../../api/index.ts';
import { AuthLayout, useNextPath, withNext } from '../../layouts/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';
import { checkAccountFields } from './account-fields.ts';
import { CheckInbox } from './check-inbox.tsx';
import { SocialSignIn } from './social-sign-in.tsx';

export function SignUpScreen() {
  const next = useNextPath();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const creating = useMutation({
    mutationFn: signUp,
    onError: (error) => setFieldErrors(error instanceof ApiError ? error.fieldErrors : {}),
  });
  const formError = creating.error && !Object.keys(fieldErrors).length ? errorMessage(creating.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkAccountFields(values, { needsName: true });
    setFieldErrors(problems);
    if (Object.keys(problems).length === 0) creating.mutate({ ...values, email: values.email.trim(), ...(next === '/' ? {} : { callbackURL: next }) });
  };
  const update = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  // Signed in only once the address is confirmed: the link in the mail finishes sign-up.
  if (creating.isSuccess) return <CheckInbox email={creating.variables.email} next={next} onStartOver={() => creating.reset()} />;

  return (
    <AuthLayout
      title="Create your account"
      description="Describe your business and get a complete website in a minute."
      footer={
        <>
          Already have an account?{' '}
          <Link to={withNext('/sign-in', next)} className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SocialSignIn next={next} />
      <form noValidate onSubmit={submit} className="space-y-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <Field label="Your name" error={fieldErrors.name}>
          {(control) => <Input {...control} autoComplete="name" value={values.name} onChange={update('name')} />}
        </Field>
        <Field label="Email" error={fieldErrors.email}>
          {(control) => <Input {...control} type="email" autoComplete="email" value={values.email} onChange={update('email')} />}
        </Field>
        <Field label="Password" hint="At least 8 characters." error={fieldErrors.password}>
          {(control) => <Input {...control} type="password" autoComplete="new-password" value={values.password} onChange={update('password')} />}
        </Field>
        <Button type="submit" className="w-full" isBusy={creating.isPending}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
