// Choosing a subdomain for a site made from a template; creating it opens the editor.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, createSite, errorMessage, siteKeys, type StarterTemplate } from '../../api/index.ts';
import { Alert, Button, Dialog } from '../../ui/index.ts';
import { SubdomainField } from '../create/subdomain-field.tsx';
import { subdomainFromWords } from '../create/subdomain-from-words.ts';

export function UseTemplateDialog({ template, onClose }: { template: StarterTemplate | null; onClose: () => void }) {
  const [subdomain, setSubdomain] = useState('');
  const [subdomainError, setSubdomainError] = useState<string | undefined>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const creating = useMutation({
    mutationFn: createSite,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: siteKeys.list });
      await navigate(`/sites/${created.id}`, { state: { isNew: true } });
    },
    onError: (error) => {
      if (error instanceof ApiError) setSubdomainError(error.fieldErrors.subdomain ?? (error.status === 409 ? error.message : undefined));
    },
  });
  const { reset } = creating;

  useEffect(() => {
    if (!template) return;
    setSubdomain(subdomainFromWords(`my ${template.label}`));
    setSubdomainError(undefined);
    reset();
  }, [template, reset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    if (!subdomain.trim()) return setSubdomainError('Choose a subdomain for your site.');
    creating.mutate({ subdomain: subdomain.trim(), template: template.industry });
  };

  return (
    <Dialog isOpen={template !== null} onClose={onClose} title={template ? `New site from “${template.label}”` : 'New site'} description="Choose its address. You can rename the site and change everything else in the editor.">
      <form noValidate onSubmit={submit} className="space-y-5">
        {creating.isError && !subdomainError ? <Alert tone="danger">{errorMessage(creating.error)}</Alert> : null}
        <SubdomainField
          value={subdomain}
          onChange={(value) => {
            setSubdomain(value);
            setSubdomainError(undefined);
          }}
          serverError={subdomainError}
          isDialogFocus
        />
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" isBusy={creating.isPending}>
            Create site
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
