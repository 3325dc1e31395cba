// /invite/:token — where an invite link or an invitation mail leads. Behind sign-in (a signed-out visitor signs in
// and comes back here); one button joins the site and opens it. A link that no longer works says why and whom to
// ask. The teams issue adds the site's name, the inviter and the role before accepting.
import { useMutation } from '@tanstack/react-query';
import { MailOpen } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { acceptInvite, errorMessage } from '../../api/index.ts';
import { Alert, Button, buttonClasses, EmptyState } from '../../ui/index.ts';

export function AcceptInviteScreen() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const accepting = useMutation({ mutationFn: () => acceptInvite(token), onSuccess: ({ siteId }) => navigate(`/sites/${siteId}`) });
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="sr-only">Join a site</h1>
      <EmptyState
        icon={MailOpen}
        title="You have been invited to a site"
        actions={
          accepting.isError ? (
            <Link to="/" className={buttonClasses({ variant: 'secondary' })}>
              Go to your sites
            </Link>
          ) : (
            <Button isBusy={accepting.isPending} onClick={() => accepting.mutate()}>
              Accept and open the site
            </Button>
          )
        }
      >
        {accepting.isError ? (
          <Alert tone="danger" title="This invitation cannot be used">
            {errorMessage(accepting.error)}
          </Alert>
        ) : (
          'Accept to join it with the role its owner chose for you. The site then appears among your sites.'
        )}
      </EmptyState>
    </div>
  );
}
