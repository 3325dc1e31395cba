// A site made from a template: the business's name (its texts then speak of it, not of the example business) and
// a subdomain, suggested from the name until the person types their own; creating it opens the editor.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, createSite, siteKeys, type StarterTemplate } from '../../api/index.ts';
import { Button, Dialog, Field, Input } from '../../ui/index.ts';
import { SubdomainField } from '../create/subdomain-field.tsx';
import { subdomainFromWords } from '../create/subdomain-from-words.ts';
import { ErrorNotice } from '../billing/billing-refusal.tsx';

export function UseTemplateDialog({ template, onClose }: { template: StarterTemplate | null; onClose: () => void }) {
  const [name, setName] = useState('');
  const [subdomain, setSubdomain] = useState('');
  const [isSubdomainEdited, setSubdomainEdited] = useState(false);
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
    setName('');
    setSubdomain(subdomainFromWords(`my ${template.label}`));
    setSubdomainEdited(false);
    setSubdomainError(undefined);
    reset();
  }, [template, reset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    if (!subdomain.trim()) return setSubdomainError('Choose a subdomain for your site.');
    creating.mutate({ subdomain: subdomain.trim(), template: template.industry, ...(name.trim() ? { name: name.trim() } : {}) });
  };

  return (
    <Dialog isOpen={template !== null} onClose={onClose} title={template ? `New site from “${template.label}”` : 'New site'} description="Name your business and choose the site's address. You can change everything else in the editor.">
      <form noValidate onSubmit={submit} className="space-y-5">
        {creating.isError && !subdomainError ? <ErrorNotice error={creating.error} /> : null}
        <Field label="Your business's name" hint="The site's texts use it. Leave it empty to keep the example's name for now.">
          {(control) => (
            <Input
              {...control}
              value={name}
              maxLength={120}
              autoComplete="organization"
              data-autofocus
              onChange={(event) => {
                setName(event.target.value);
                if (isSubdomainEdited) return;
                setSubdomain(subdomainFromWords(event.target.value.trim() || `my ${template?.label ?? 'site'}`));
                setSubdomainError(undefined);
              }}
            />
          )}
        </Field>
        <SubdomainField
          value={subdomain}
          onChange={(value) => {
            setSubdomain(value);
            setSubdomainEdited(true);
            setSubdomainError(undefined);
          }}
          serverError={subdomainError}
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
