// Who works on the site and as what: change a member's role, remove one, or invite someone by email.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, billingRefusal, changeRole, errorMessage, inviteMember, removeMember, type Role, ROLES, settingsKeys, useMembers } from '../../api/index.ts';
import { Alert, Button, Field, Input, Spinner } from '../../ui/index.ts';
import { SettingsSection } from './settings-section.tsx';
import { BillingRefusalNotice, useErrorToast } from '../billing/billing-refusal.tsx';

const SELECT_BASE = 'focus-ring block h-11 rounded-control border border-line-strong bg-surface px-3 text-body';
export const SELECT_CLASSES = `${SELECT_BASE} w-full`;

export const ROLE_WORDS: Record<Role, string> = { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' };

export function MembersSection({ siteId, isOwner }: { siteId: string; isOwner: boolean }) {
  const members = useMembers(siteId);
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const refresh = () => queryClient.invalidateQueries({ queryKey: settingsKeys.members(siteId) });
  const inviting = useMutation({
    mutationFn: () => inviteMember(siteId, { email: email.trim(), role }),
    onSuccess: async () => {
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: settingsKeys.invites(siteId) });
    },
  });
  const showError = useErrorToast(siteId);
  const changing = useMutation({ mutationFn: (input: { userId: string; role: Role }) => changeRole(siteId, input.userId, input.role), onSettled: refresh, onError: showError });
  const removing = useMutation({ mutationFn: (userId: string) => removeMember(siteId, userId), onSuccess: refresh, onError: showError });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) inviting.mutate();
  };
  const ownerCount = members.data?.filter((member) => member.role === 'owner').length ?? 0;
  const inviteRefusal = billingRefusal(inviting.error);
  const emailError = inviting.error instanceof ApiError && !inviteRefusal ? (inviting.error.fieldErrors.email ?? inviting.error.message) : null;

  return (
    <SettingsSection id="members-heading" title="Members" description="Owners manage everything; editors change and publish the site; viewers only look.">
      {members.isPending ? <Spinner label="Loading members" /> : null}
      {members.isError ? <Alert tone="danger">{errorMessage(members.error)}</Alert> : null}
      <ul className="divide-y divide-line">
        {members.data?.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center gap-3 py-3" data-testid="member">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{member.name}</p>
              <p className="truncate text-small text-ink-muted">{member.email}</p>
            </div>
            {isOwner ? (
              <>
                <select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  onChange={(event) => changing.mutate({ userId: member.userId, role: event.target.value as Role })}
                  className={SELECT_BASE}
                >
                  {ROLES.map((entry) => (
                    <option key={entry} value={entry}>
                      {ROLE_WORDS[entry]}
                    </option>
                  ))}
                </select>
                {member.role === 'owner' && ownerCount === 1 ? null : (
                  <Button size="sm" variant="ghost" onClick={() => removing.mutate(member.userId)} isBusy={removing.isPending && removing.variables === member.userId}>
                    Remove<span className="sr-only"> {member.name}</span>
                  </Button>
                )}
              </>
            ) : (
              <span className="text-small font-medium">{ROLE_WORDS[member.role]}</span>
            )}
          </li>
        ))}
      </ul>
      {isOwner ? (
        <form onSubmit={submit} noValidate className="grid gap-3 border-t border-line pt-4 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:items-start">
          <p className="text-small text-ink-muted sm:col-span-3">Invite someone by email: we send them a link, and they join the site when they open it and sign in with that address.</p>
          {inviting.isSuccess ? (
            <Alert tone="success" title={`Invitation sent to ${inviting.data.invitation.email}`} className="sm:col-span-3">
              We emailed them a link. They join as {ROLE_WORDS[inviting.data.invitation.role].toLowerCase()} once they accept it; you can withdraw it under Invite links.
            </Alert>
          ) : null}
          {inviteRefusal ? <BillingRefusalNotice refusal={inviteRefusal} siteId={siteId} className="sm:col-span-3" /> : null}
          <Field label="Email" error={emailError}>
            {(control) => <Input {...control} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />}
          </Field>
          <div className="sm:pt-6.5">
            <select aria-label="Role for the person invited" value={role} onChange={(event) => setRole(event.target.value as Role)} className={SELECT_CLASSES}>
              {ROLES.map((entry) => (
                <option key={entry} value={entry}>
                  {ROLE_WORDS[entry]}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" className="sm:mt-6.5" isBusy={inviting.isPending}>
            Send invitation
          </Button>
        </form>
      ) : null}
    </SettingsSection>
  );
}
