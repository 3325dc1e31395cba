// Custom domains: add a hostname, then the exact DNS records to create (copyable), whether PageHub could verify
// them, "Check again", and removing a domain.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { addDomain, ApiError, billingRefusal, type CustomDomain, errorMessage, removeDomain, settingsKeys, useDomains, verifyDomain } from '../../api/index.ts';
import { Alert, Badge, Button, Field, Input, Spinner } from '../../ui/index.ts';
import { CopyButton } from './copy-button.tsx';
import { SettingsSection } from './settings-section.tsx';
import { BillingRefusalNotice } from '../billing/billing-refusal.tsx';
import { useErrorToast } from '../billing/billing-refusal.tsx';

const STATES = { pending: { tone: 'warning', label: 'Waiting for DNS' }, verified: { tone: 'success', label: 'Verified' }, failed: { tone: 'warning', label: 'Not verified' } } as const;

function DomainCard({ siteId, domain, canManage }: { siteId: string; domain: CustomDomain; canManage: boolean }) {
  const queryClient = useQueryClient();
  const showError = useErrorToast(siteId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: settingsKeys.domains(siteId) });
  const checking = useMutation({ mutationFn: () => verifyDomain(siteId, domain.hostname), onSuccess: refresh, onError: showError });
  const removing = useMutation({ mutationFn: () => removeDomain(siteId, domain.hostname), onSuccess: refresh, onError: showError });
  const state = STATES[domain.status];
  return (
    <li className="rounded-control border border-line p-4" data-testid="domain">
      <div className="flex flex-wrap items-center gap-2">
        <p className="min-w-0 flex-1 font-mono font-medium break-all">{domain.hostname}</p>
        <Badge tone={state.tone}>{state.label}</Badge>
      </div>
      {domain.reason ? <p className="mt-1 text-small text-ink-muted">{domain.reason}</p> : null}
      {domain.status === 'verified' ? null : (
        <div className="mt-3">
          <p className="text-small font-medium">Create these records at your DNS provider:</p>
          <ul className="mt-2 space-y-2">
            {domain.records.map((record) => (
              <li key={`${record.type}${record.name}`} className="rounded-control bg-canvas p-3 text-small" data-testid="dns-record">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold">{record.type}</span>
                  <CopyButton text={record.value} what={`the ${record.type} value`} />
                </div>
                <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
                  <dt className="text-ink-muted">Name</dt>
                  <dd className="font-mono break-all">{record.name}</dd>
                  <dt className="text-ink-muted">Value</dt>
                  <dd className="font-mono break-all">{record.value}</dd>
                </dl>
                <p className="mt-1 text-caption text-ink-muted">{record.purpose}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" isBusy={checking.isPending} onClick={() => checking.mutate()}>
          Check again<span className="sr-only"> {domain.hostname}</span>
        </Button>
        {canManage ? (
          <Button size="sm" variant="ghost" isBusy={removing.isPending} onClick={() => removing.mutate()}>
            Remove<span className="sr-only"> {domain.hostname}</span>
          </Button>
        ) : null}
      </div>
    </li>
  );
}

export function DomainsSection({ siteId, isOwner }: { siteId: string; isOwner: boolean }) {
  const domains = useDomains(siteId);
  const queryClient = useQueryClient();
  const [hostname, setHostname] = useState('');
  const adding = useMutation({
    mutationFn: (name: string) => addDomain(siteId, name),
    onSuccess: async () => {
      setHostname('');
      await queryClient.invalidateQueries({ queryKey: settingsKeys.domains(siteId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hostname.trim()) adding.mutate(hostname.trim());
  };
  // A plan without room for another domain is not a mistake in the field: it gets the way to a plan that has room.
  const refusal = billingRefusal(adding.error);
  const fieldError = refusal ? null : adding.error instanceof ApiError ? (adding.error.fieldErrors.hostname ?? adding.error.message) : adding.error ? errorMessage(adding.error) : null;
  return (
    <SettingsSection id="domains-heading" title="Custom domains" description="Serve the site at your own address, such as www.example.com, over HTTPS.">
      {isOwner ? (
        <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1">
            <Field label="Domain" error={fieldError}>
              {(control) => <Input {...control} value={hostname} onChange={(event) => setHostname(event.target.value)} placeholder="www.example.com" autoComplete="off" spellCheck={false} />}
            </Field>
          </div>
          <Button type="submit" className="sm:mt-6.5" isBusy={adding.isPending}>
            Add domain
          </Button>
        </form>
      ) : (
        <p className="text-small text-ink-muted">Only owners can add or remove domains.</p>
      )}
      {refusal ? <BillingRefusalNotice refusal={refusal} siteId={siteId} /> : null}
      {domains.isPending ? <Spinner label="Loading domains" /> : null}
      {domains.isError ? <Alert tone="danger">{errorMessage(domains.error)}</Alert> : null}
      {domains.data?.length === 0 ? <p className="text-small text-ink-muted">No custom domains yet.</p> : null}
      <ul className="space-y-3">
        {domains.data?.map((domain) => (
          <DomainCard key={domain.hostname} siteId={siteId} domain={domain} canManage={isOwner} />
        ))}
      </ul>
    </SettingsSection>
  );
}
