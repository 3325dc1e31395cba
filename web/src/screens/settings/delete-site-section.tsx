// Deleting the site for good: the owner types the subdomain to confirm, then goes back to the dashboard.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { deleteSite, errorMessage } from '../../api/index.ts';
import { Alert, Button, Field, Input, useToast } from '../../ui/index.ts';
import { SettingsSection } from './settings-section.tsx';

export function DeleteSiteSection({ siteId, subdomain }: { siteId: string; subdomain: string }) {
  const [typed, setTyped] = useState('');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  const deleting = useMutation({
    mutationFn: () => deleteSite(siteId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['sites', siteId] });
      await queryClient.invalidateQueries({ queryKey: ['sites'] });
      toast(`Deleted ${subdomain}.`, 'success');
      await navigate('/', { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === subdomain) deleting.mutate();
  };
  return (
    <SettingsSection id="delete-heading" title="Delete this site" description="Removes the site, its history, deployments and submissions. Its addresses stop answering at once. This cannot be undone.">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field label={`Type ${subdomain} to confirm`}>
            {(control) => <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />}
          </Field>
        </div>
        <Button type="submit" variant="danger" disabled={typed.trim() !== subdomain} isBusy={deleting.isPending}>
          Delete site
        </Button>
      </form>
      {deleting.isError ? <Alert tone="danger" title="The site was not deleted">{errorMessage(deleting.error)}</Alert> : null}
    </SettingsSection>
  );
}
