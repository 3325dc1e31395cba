// /invite/:token — where an invite link or an invitation mail leads, signed in or not. It shows the site's name,
// who invited, the role in words and the expiry (GET /api/invites/{token}). Signed out: create an account or sign
// in, and come back here (through the confirmation mail too). Signed in: accept and open the site — or, for an
// invitation mailed to another address, sign out and use that one. A link that no longer works says why and whom
// to ask.
import { useMutation } from '@tanstack/react-query';
import { Link2Off, MailOpen } from 'lucide-react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { acceptInvite, ApiError, errorMessage, type InvitePreview, signOut, useInvitePreview, useSession, useSessionRefresh } from '../../api/index.ts';
import { CardFrame, withNext } from '../../layouts/index.ts';
import { Alert, Button, buttonClasses, LoadingBlock } from '../../ui/index.ts';
import { ROLE_SUMMARY } from './role-summary.ts';

/** `ada@example.com` masked as the server masks it (`a•••@example.com`), to compare with an invitation's `sentTo`. */
function masked(email: string): string {
  const lower = email.toLowerCase();
  const at = lower.lastIndexOf('@');
  return at <= 0 ? '•••' : `${lower.slice(0, 1)}•••${lower.slice(at)}`;
}

const DATE = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });

function InviteDetails({ preview }: { preview: InvitePreview }) {
  const role = ROLE_SUMMARY[preview.role];
  return (
    <dl className="space-y-3 rounded-control border border-line bg-canvas p-4 text-small">
      <div>
        <dt className="font-medium text-ink-muted">Your role</dt>
        <dd className="mt-0.5">
          <span className="font-semibold text-ink">{role.name}.</span> {role.allows}
        </dd>
      </div>
      <div>
        <dt className="font-medium text-ink-muted">{preview.sentTo ? 'The invitation works until' : 'The link works until'}</dt>
        <dd className="mt-0.5 text-ink">{DATE.format(new Date(preview.expiresAt))}</dd>
      </div>
      {preview.sentTo ? (
        <div>
          <dt className="font-medium text-ink-muted">Sent to</dt>
          <dd className="mt-0.5 text-ink">{preview.sentTo}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** When a confirmation link brought someone back here but could not sign them in (`?error=`). */
function ConfirmationProblem() {
  const [parameters] = useSearchParams();
  const error = parameters.get('error');
  if (!error) return null;
  return (
    <Alert tone="info" title={error === 'TOKEN_EXPIRED' ? 'That confirmation link has expired' : 'That confirmation link did not work'}>
      Sign in with your email and password below and we will email you a fresh one; it brings you back here.
    </Alert>
  );
}

function SignedOutActions({ preview, here }: { preview: InvitePreview; here: string }) {
  return (
    <div className="space-y-3">
      <ConfirmationProblem />
      {preview.sentTo ? <p className="text-small text-ink-muted">Use the address the invitation was sent to: <strong className="font-semibold text-ink">{preview.sentTo}</strong>.</p> : <p className="text-small text-ink-muted">Create a free account or sign in to accept. You come back to this page afterwards.</p>}
      <div className="grid gap-2 sm:grid-cols-2">
        <Link to={withNext('/sign-up', here)} className={buttonClasses({ className: 'w-full' })}>
          Create an account
        </Link>
        <Link to={withNext('/sign-in', here)} className={buttonClasses({ variant: 'secondary', className: 'w-full' })}>
          Sign in
        </Link>
      </div>
    </div>
  );
}

function SignedInActions({ preview, token, account }: { preview: InvitePreview; token: string; account: { email: string; emailVerified: boolean } }) {
  const navigate = useNavigate();
  const refreshSession = useSessionRefresh();
  const accepting = useMutation({ mutationFn: () => acceptInvite(token), onSuccess: ({ siteId }) => navigate(`/sites/${siteId}`) });
  const leaving = useMutation({ mutationFn: signOut, onSuccess: refreshSession });
  const isForThisAddress = preview.sentTo === null || masked(account.email) === preview.sentTo;
  const isUnconfirmed = preview.sentTo !== null && isForThisAddress && !account.emailVerified;
  const isWrongAccount = !isForThisAddress || (!isUnconfirmed && accepting.error instanceof ApiError && accepting.error.code === 'INVITE_WRONG_ACCOUNT');
  const signedInAs = (
    <p className="text-small text-ink-muted">
      You are signed in as <strong className="font-semibold wrap-anywhere text-ink">{account.email}</strong>.
    </p>
  );

  if (isWrongAccount) {
    return (
      <div className="space-y-3">
        <Alert tone="info" title="This invitation is for another address">
          It was sent to {preview.sentTo}, and only the account with that address can accept it. Nothing was used.
        </Alert>
        {signedInAs}
        {leaving.isError ? <Alert tone="danger">{errorMessage(leaving.error)}</Alert> : null}
        <Button className="w-full" isBusy={leaving.isPending} onClick={() => leaving.mutate()}>
          Sign out and use that address
        </Button>
      </div>
    );
  }
  if (isUnconfirmed) {
    return (
      <Alert tone="info" title="Confirm your email address first">
        An invitation sent to an address opens only once that address is confirmed. Open the confirmation link we emailed to {account.email}, then come back to this page.
      </Alert>
    );
  }
  return (
    <div className="space-y-3">
      {signedInAs}
      {accepting.isError ? (
        <Alert tone="danger" title="This invitation cannot be used">
          {errorMessage(accepting.error)}
        </Alert>
      ) : null}
      <Button className="w-full" isBusy={accepting.isPending} onClick={() => accepting.mutate()}>
        Accept and open the site
      </Button>
    </div>
  );
}

export function AcceptInviteScreen() {
  const { token = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const preview = useInvitePreview(token);
  const here = location.pathname;
  const home = (
    <Link to="/" className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
      {session.data ? 'Go to your sites' : 'Go to PageHub'}
    </Link>
  );

  if (preview.isPending || session.isPending) return <LoadingBlock label="Opening your invitation…" />;
  if (preview.isError) {
    const problem = preview.error instanceof ApiError ? preview.error : null;
    const title = problem?.code === 'INVITE_EXPIRED' ? 'This invitation has expired' : problem?.code === 'INVITE_USED_UP' ? 'This invitation has been used' : problem?.code === 'INVITE_REVOKED' ? 'This invitation was withdrawn' : problem?.code === 'INVITE_INVALID' ? 'This invite link does not work' : 'This invitation cannot be opened';
    return (
      <CardFrame icon={Link2Off} title={title} description={errorMessage(preview.error)} footer={home}>
        <p className="text-small text-ink-muted">Only an owner of the site can send you a new invitation; PageHub cannot do it for them.</p>
      </CardFrame>
    );
  }
  const invite = preview.data;
  return (
    <CardFrame
      icon={MailOpen}
      title={`Join “${invite.site.name}”`}
      description={
        <>
          <strong className="font-semibold text-ink">{invite.invitedBy.name}</strong> invited you to work on this website on PageHub.
        </>
      }
      footer={home}
    >
      <InviteDetails preview={invite} />
      {session.data ? <SignedInActions preview={invite} token={token} account={session.data} /> : <SignedOutActions preview={invite} here={here} />}
    </CardFrame>
  );
}
