// Deleting the account for good, confirmed by typing its email. Sites the person owns alone need a decision first:
// the server lists them (with their members) and the person hands each to a member or deletes it.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { deleteAccount, errorMessage, type SiteDecisions, type UndecidedSite, undecidedSitesOf, useSessionRefresh } from '../../api/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';
import { SettingsSection } from '../settings/settings-section.tsx';

const DELETE = 'delete';

/** One site's choice: a member's id to hand it to, or "delete". */
function SiteChoice({ site, value, onChange }: { site: UndecidedSite; value: string; onChange: (value: string) => void }) {
  const name = site.name || site.subdomain;
  if (site.members.length === 0) {
    return (
      <li className="rounded-control border border-line p-3 text-small text-ink">
        <p className="font-medium">{name}</p>
        <p className="text-ink-muted">Nobody else works on this site, so it will be deleted with your account.</p>
      </li>
    );
  }
  return (
    <li className="rounded-control border border-line p-3">
      <Field label={`What happens to “${name}”?`} hint="You are its only owner.">
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)} className="focus-ring h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-body text-ink">
            <option value="">Choose…</option>
            {site.members.map((member) => (
              <option key={member.userId} value={member.userId}>
                Hand it to {member.name || member.email} ({member.email})
              </option>
            ))}
            <option value={DELETE}>Delete the site</option>
          </select>
        )}
      </Field>
    </li>
  );
}

export function DeleteAccountSection({ email }: { email: string }) {
  const [typed, setTyped] = useState('');
  const [sites, setSites] = useState<UndecidedSite[] | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  const refreshSession = useSessionRefresh();
  const deleting = useMutation({
    mutationFn: (decisions: SiteDecisions) => deleteAccount(typed.trim(), decisions),
    onSuccess: async () => {
      // Signed out first, so the sign-in screen stays (it sends a signed-in person on to their sites).
      await refreshSession();
      await navigate('/sign-in?deleted=1', { replace: true });
    },
    onError: (error) => {
      const undecided = undecidedSitesOf(error);
      if (undecided) setSites(undecided);
    },
  });
  const matches = typed.trim().toLowerCase() === email.toLowerCase();
  const isUndecided = sites?.some((site) => site.members.length > 0 && !choices[site.id]) ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches || isUndecided) return;
    const decisions: SiteDecisions = {};
    for (const site of sites ?? []) {
      const choice = site.members.length === 0 ? DELETE : choices[site.id];
      decisions[site.id] = choice === DELETE ? 'delete' : { transferTo: choice ?? '' };
    }
    deleting.mutate(decisions);
  };
  const showError = deleting.isError && !undecidedSitesOf(deleting.error);
  return (
    <SettingsSection id="delete-account-heading" title="Delete my account" description="Signs you out everywhere and removes your account. Sites you share with other owners stay with them. This cannot be undone.">
      <form onSubmit={submit} noValidate className="space-y-4">
        {sites && sites.length > 0 ? (
          <div className="space-y-3">
            <Alert tone="info" title="First, decide about the sites only you own">
              Hand each one to someone who works on it (they become its owner), or delete it.
            </Alert>
            <ul className="space-y-3">
              {sites.map((site) => (
                <SiteChoice key={site.id} site={site} value={choices[site.id] ?? ''} onChange={(value) => setChoices({ ...choices, [site.id]: value })} />
              ))}
            </ul>
          </div>
        ) : null}
        <Field label={`Type ${email} to confirm`}>
          {(control) => <Input {...control} type="email" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />}
        </Field>
        {showError ? <Alert tone="danger" title="Your account was not deleted">{errorMessage(deleting.error)}</Alert> : null}
        <Button type="submit" variant="danger" className="w-full sm:w-auto" disabled={!matches || isUndecided} isBusy={deleting.isPending}>
          Delete my account
        </Button>
      </form>
    </SettingsSection>
  );
}
