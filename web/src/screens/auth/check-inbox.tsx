// After "Create account": the account waits for its address to be confirmed. Says where the link went and what to
// do with it, and sends it again on request.
import { useMutation } from '@tanstack/react-query';
import { MailCheck } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage, resendConfirmation } from '../../api/index.ts';
import { AuthLayout, withNext } from '../../layouts/index.ts';
import { Alert, Button } from '../../ui/index.ts';

/** `next`: where the confirmation link leads once it has signed the person in (an invitation, say). */
export function CheckInbox({ email, next = '/', onStartOver }: { email: string; next?: string; onStartOver: () => void }) {
  const resending = useMutation({ mutationFn: () => resendConfirmation(email, next) });
  return (
    <AuthLayout
      icon={MailCheck}
      title="Check your inbox"
      description={
        <>
          We sent a link to <strong className="font-semibold wrap-break-word text-ink">{email}</strong>. Open it to finish signing up.
        </>
      }
      footer={
        <>
          Already opened the link?{' '}
          <Link to={withNext('/sign-in', next)} className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <ul className="space-y-2 text-body text-ink-muted">
        <li>The link signs you in and works for 24 hours.{next.startsWith('/invite/') ? ' It brings you back to your invitation.' : ''}</li>
        <li>No mail after a few minutes? Look in your spam or junk folder, or have it sent again.</li>
      </ul>
      {resending.isSuccess ? (
        <Alert tone="success" title="Sent again">
          A new link is on its way to {email}.
        </Alert>
      ) : null}
      {resending.isError ? <Alert tone="danger">{errorMessage(resending.error)}</Alert> : null}
      <div className="space-y-2">
        <Button variant="secondary" className="w-full" isBusy={resending.isPending} onClick={() => resending.mutate()}>
          Send the link again
        </Button>
        <Button variant="ghost" className="w-full" onClick={onStartOver}>
          Use a different email address
        </Button>
      </div>
    </AuthLayout>
  );
}
