// The site's name and address. Editors rename the site; owners change its subdomain, after reading what happens
// to the old address (it sends visitors to the new one for 30 days, then is free for anyone).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage, siteKeys, updateSite, useDeployments } from '../../api/index.ts';
import { Alert, Button, Field, Input, useToast } from '../../ui/index.ts';
import { SubdomainField } from '../create/subdomain-field.tsx';
import { CopyButton } from './copy-button.tsx';
import { SettingsSection } from './settings-section.tsx';

/** How long the old address keeps redirecting (the server's SUBDOMAIN_REDIRECT_DAYS). */
const REDIRECT_DAYS = 30;

/** `https://old.example.com` with `old` replaced by `subdomain`. */
function addressWith(url: string, current: string, subdomain: string): string {
  return url.replace(`//${current}.`, `//${subdomain}.`);
}

function useSiteUpdate(siteId: string, onDone: (message: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; subdomain?: string }) => updateSite(siteId, input),
    onSuccess: async (_answer, input) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: siteKeys.detail(siteId) }), queryClient.invalidateQueries({ queryKey: siteKeys.list, exact: true })]);
      onDone(input.subdomain ? `The site's address is now ${input.subdomain}.` : 'The site is renamed.');
    },
  });
}

function NameForm({ siteId, name }: { siteId: string; name: string }) {
  const [typed, setTyped] = useState(name);
  const toast = useToast();
  const renaming = useSiteUpdate(siteId, (message) => toast(message, 'success'));
  const trimmed = typed.trim();
  const problem = trimmed === '' ? 'Give the site a name.' : trimmed.length > 120 ? 'Keep the name under 120 characters.' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problem && trimmed !== name) renaming.mutate({ name: trimmed });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <Field label="Site name" hint="Shown on your dashboard and to your team; the site's pages keep their own titles." error={typed === name ? null : problem}>
          {(control) => <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={trimmed === name || problem !== null} isBusy={renaming.isPending}>
        Save name
      </Button>
      {renaming.isError ? <Alert tone="danger">{errorMessage(renaming.error)}</Alert> : null}
    </form>
  );
}

function AddressForm({ siteId, subdomain, url }: { siteId: string; subdomain: string; url: string | undefined }) {
  const [typed, setTyped] = useState(subdomain);
  const [isConfirming, setConfirming] = useState(false);
  const toast = useToast();
  const moving = useSiteUpdate(siteId, (message) => {
    setConfirming(false);
    toast(message, 'success');
  });
  const chosen = typed.trim();
  const isChanged = chosen !== '' && chosen !== subdomain;
  const serverError = moving.error instanceof ApiError ? (moving.error.fieldErrors.subdomain ?? (moving.error.status === 409 ? moving.error.message : undefined)) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isChanged) return;
    if (!isConfirming) return setConfirming(true);
    moving.mutate({ subdomain: chosen });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-line pt-4">
      {isChanged ? (
        <SubdomainField
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setConfirming(false);
            moving.reset();
          }}
          serverError={serverError}
        />
      ) : (
        <Field label="Subdomain" hint="Your site's address: lowercase letters, digits and hyphens.">
          {(control) => (
            <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value.toLowerCase().replace(/\s+/g, '-'))} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={63} />
          )}
        </Field>
      )}
      {isConfirming ? (
        <Alert tone="info" title={`Move the site to ${url ? addressWith(url, subdomain, chosen) : chosen}?`}>
          People who open the old address are sent to the new one for {REDIRECT_DAYS} days; after that the old address stops working and another site may take it. Update links
          you have shared or printed. Your own domains keep working as they are.
        </Alert>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {isConfirming ? (
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" variant={isConfirming ? 'primary' : 'secondary'} disabled={!isChanged} isBusy={moving.isPending}>
          {isConfirming ? 'Move the site' : 'Change address'}
        </Button>
      </div>
      {moving.isError && serverError === undefined ? <Alert tone="danger" title="The address was not changed">{errorMessage(moving.error)}</Alert> : null}
    </form>
  );
}

export function SiteAddressSection({ siteId, name, subdomain, role }: { siteId: string; name: string; subdomain: string; role: 'owner' | 'editor' | 'viewer' }) {
  const isOwner = role === 'owner';
  const deployments = useDeployments(siteId);
  const url = deployments.data?.url;
  return (
    <SettingsSection
      id="address-heading"
      title="Name and address"
      description={isOwner ? 'What the site is called here, and where visitors find it.' : role === 'editor' ? "What the site is called here. Only the site's owners can change its address." : 'Where visitors find the site. Editors and owners can rename it.'}
    >
      <div className="flex min-w-0 items-center gap-2 rounded-control bg-canvas px-3 py-2">
        <span className="min-w-0 flex-1 truncate font-mono text-small" title={url}>
          {url ?? `${subdomain}…`}
        </span>
        {url ? <CopyButton text={url} what="the site's address" /> : null}
      </div>
      {role === 'viewer' ? null : <NameForm key={name} siteId={siteId} name={name} />}
      {isOwner ? <AddressForm key={subdomain} siteId={siteId} subdomain={subdomain} url={url} /> : null}
    </SettingsSection>
  );
}
