// Invite links: create one with a role, a lifetime and a number of uses, and copy its URL (shown only once);
// see each link's (and each invitation by email's) state and revoke it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createInvite, errorMessage, type Invite, resendInvitation, revokeInvite, type Role, ROLES, settingsKeys, useInvites } from '../../api/index.ts';
import { Alert, Badge, Button, Label, useToast } from '../../ui/index.ts';
import { CopyButton } from './copy-button.tsx';
import { ROLE_WORDS, SELECT_CLASSES } from './members-section.tsx';
import { SettingsSection } from './settings-section.tsx';
import { ErrorNotice } from '../billing/billing-refusal.tsx';
import { useErrorToast } from '../billing/billing-refusal.tsx';

const LIFETIMES = [
  { hours: 24, label: '1 day' },
  { hours: 72, label: '3 days' },
  { hours: 24 * 7, label: '1 week' },
  { hours: 24 * 30, label: '30 days' },
];
const USES = [1, 5, 25, 100];
const STATE_WORDS: Record<Invite['state'], string> = { active: 'Active', 'used-up': 'Used up', pending: 'Waiting', accepted: 'Accepted', expired: 'Expired', revoked: 'Withdrawn' };

export function InvitesSection({ siteId }: { siteId: string }) {
  const invites = useInvites(siteId, true);
  const queryClient = useQueryClient();
  const toast = useToast();
  const showError = useErrorToast(siteId);
  const [role, setRole] = useState<Role>('editor');
  const [hours, setHours] = useState(72);
  const [uses, setUses] = useState(1);
  const refresh = () => queryClient.invalidateQueries({ queryKey: settingsKeys.invites(siteId) });
  const creating = useMutation({ mutationFn: () => createInvite(siteId, { role, expiresInHours: hours, maxUses: uses }), onSuccess: refresh });
  const resending = useMutation({
    mutationFn: (invite: Invite) => resendInvitation(siteId, invite.id),
    onSuccess: async ({ invitation }) => {
      await refresh();
      toast(`Invitation sent again to ${invitation.email}. The earlier link no longer works.`, 'success');
    },
    onError: showError,
  });
  const revoking = useMutation({ mutationFn: (inviteId: string) => revokeInvite(siteId, inviteId), onSuccess: refresh, onError: showError });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    creating.mutate();
  };
  const choice = (id: string, label: string, value: number | string, onChange: (value: string) => void, options: { value: string | number; label: string }[]) => (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={SELECT_CLASSES}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <SettingsSection id="invites-heading" title="Invite links" description="Anyone with a link joins the site with its role after signing in, until it expires or runs out of uses. Invitations sent by email from Members are listed here too: send one again, or withdraw it.">
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-3 sm:items-end">
        {choice('invite-role', 'Role', role, (value) => setRole(value as Role), ROLES.map((entry) => ({ value: entry, label: ROLE_WORDS[entry] })))}
        {choice('invite-expiry', 'Expires after', hours, (value) => setHours(Number(value)), LIFETIMES.map((entry) => ({ value: entry.hours, label: entry.label })))}
        {choice('invite-uses', 'Uses', uses, (value) => setUses(Number(value)), USES.map((entry) => ({ value: entry, label: entry === 1 ? 'Once' : `${entry} times` })))}
        <Button type="submit" className="sm:col-span-3 sm:justify-self-start" isBusy={creating.isPending}>
          Create link
        </Button>
      </form>
      {creating.isError ? <ErrorNotice error={creating.error} title="No link was created" siteId={siteId} /> : null}
      {creating.data ? (
        <Alert tone="success" title="Invite link created — copy it now, it is shown only once">
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <code className="min-w-0 flex-1 font-mono break-all text-ink" data-testid="invite-url">
              {creating.data.url}
            </code>
            <CopyButton text={creating.data.url} what="the invite link" />
          </div>
        </Alert>
      ) : null}
      {invites.isError ? <Alert tone="danger">{errorMessage(invites.error)}</Alert> : null}
      {invites.data?.length === 0 ? <p className="text-small text-ink-muted">No invite links yet.</p> : null}
      <ul className="divide-y divide-line">
        {invites.data?.map((invite) => (
          <li key={invite.id} className="flex flex-wrap items-center gap-3 py-3" data-testid="invite">
            <div className="min-w-0 flex-1 text-small">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {invite.email ? (
                  <span className="min-w-0 wrap-anywhere">
                    {ROLE_WORDS[invite.role]} invitation to {invite.email}
                  </span>
                ) : (
                  <>{ROLE_WORDS[invite.role]} link</>
                )}{' '}
                <Badge tone={invite.state === 'active' || invite.state === 'accepted' ? 'success' : 'neutral'}>{STATE_WORDS[invite.state]}</Badge>
              </p>
              <p className="text-ink-muted">{invite.email ? `Sent by email · ${invite.state === 'expired' ? 'expired' : 'expires'} ${new Date(invite.expiresAt).toLocaleString()}` : `Used ${invite.uses} of ${invite.maxUses} · expires ${new Date(invite.expiresAt).toLocaleString()}`}</p>
            </div>
            {invite.email && (invite.state === 'pending' || invite.state === 'expired') ? (
              <Button size="sm" variant="secondary" isBusy={resending.isPending && resending.variables?.id === invite.id} onClick={() => resending.mutate(invite)}>
                Resend
                <span className="sr-only"> the invitation to {invite.email}</span>
              </Button>
            ) : null}
            {invite.state === 'active' || invite.state === 'pending' ? (
              <Button size="sm" variant="ghost" isBusy={revoking.isPending && revoking.variables === invite.id} onClick={() => revoking.mutate(invite.id)}>
                {invite.email ? 'Withdraw' : 'Revoke'}
                <span className="sr-only"> the {invite.email ? `invitation to ${invite.email}` : `${ROLE_WORDS[invite.role].toLowerCase()} link`}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </SettingsSection>
  );
}
