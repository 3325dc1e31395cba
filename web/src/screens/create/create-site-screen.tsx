// "Create a site": describe the business (or pick an example), choose a subdomain, then watch the generation
// job until the site exists and the editor opens. The description counts its characters against the server's
// maximum, refuses a paste that would pass it, and each field's error clears as soon as the field is fixed.
// Arriving from the front door (`?from=home`) with a carried description, it starts generating straight away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, billingRefusal, type FieldErrors, generateSite, isFinished, siteKeys, useJobEvents } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, Field, PageHeader, Textarea } from '../../ui/index.ts';
import { carriedDescription, forgetCarriedDescription } from './carried-description.ts';
import { descriptionCount, descriptionProblem, MAX_DESCRIPTION_LENGTH, pasteProblem, tooLongProblem } from './description-rules.ts';
import { EXAMPLE_DESCRIPTIONS } from './examples.ts';
import { GenerationProgress } from './generation-progress.tsx';
import { SubdomainField } from './subdomain-field.tsx';
import { formProblem } from './form-problem.ts';
import { BillingRefusalNotice } from '../billing/billing-refusal.tsx';
import { useSubdomainSuggestion } from './use-subdomain-suggestion.ts';

export function CreateSiteScreen() {
  const [parameters] = useSearchParams();
  // The front door's description, taken once: it fills the form and is sent as soon as a subdomain is suggested.
  const [carried] = useState(() => (parameters.get('from') === 'home' ? carriedDescription() : null));
  // A ref, not state: React's development mode runs effects twice, and the description is sent once.
  const hasStartedCarried = useRef(carried === null);
  const [description, setDescription] = useState(carried ?? '');
  const [subdomain, setSubdomain] = useState('');
  const [isSubdomainEdited, setSubdomainEdited] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const following = useJobEvents(jobId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const suggestSubdomain = useSubdomainSuggestion();

  const starting = useMutation({
    mutationFn: generateSite,
    onSuccess: (accepted) => setJobId(accepted.jobId),
    onError: (error) => {
      if (!(error instanceof ApiError)) return setFieldErrors({});
      const errors: FieldErrors = { ...error.fieldErrors };
      if (error.status === 409) errors.subdomain = error.message;
      if (errors.prompt) errors.description = errors.prompt;
      setFieldErrors(errors);
    },
  });

  useEffect(() => {
    if (carried !== null) forgetCarriedDescription();
  }, [carried]);

  useEffect(() => {
    if (hasStartedCarried.current || !suggestSubdomain) return;
    hasStartedCarried.current = true;
    const chosen = subdomain !== '' ? subdomain : suggestSubdomain(description);
    // Without a suggestion the person chooses the subdomain: the form is filled and waits for them.
    if (chosen !== '' && descriptionProblem(description) === null) starting.mutate({ prompt: description.trim(), subdomain: chosen });
  }, [suggestSubdomain, description, subdomain, starting]);

  const result = following.job?.status === 'succeeded' ? following.job.result : null;
  useEffect(() => {
    if (!result) return;
    void queryClient.invalidateQueries({ queryKey: siteKeys.list });
    void navigate(`/sites/${result.siteId}`, { state: { isNew: true, notes: result.notes } });
  }, [result, navigate, queryClient]);

  // A description typed before the suggestion's rules loaded gets its suggestion when they arrive.
  useEffect(() => {
    if (!suggestSubdomain || isSubdomainEdited) return;
    const suggested = suggestSubdomain(description);
    setSubdomain(suggested);
    if (suggested !== '') setFieldErrors(({ subdomain: _fixed, ...others }) => others);
    // Only when the rules arrive: afterwards, describe() suggests at each change.
  }, [suggestSubdomain]);

  const describe = (text: string) => {
    setDescription(text);
    const suggested = isSubdomainEdited || !suggestSubdomain ? subdomain : suggestSubdomain(text);
    if (!isSubdomainEdited) setSubdomain(suggested);
    setFieldErrors(({ description: previous, prompt: _prompt, subdomain: subdomainError, ...others }) => {
      // Too long is said while typing; an error already shown follows the text and goes once the description is fixed.
      const description = tooLongProblem(text) ?? (previous === undefined ? null : descriptionProblem(text));
      const keepsSubdomainError = subdomainError !== undefined && (isSubdomainEdited || suggested === '');
      return { ...others, ...(description ? { description } : {}), ...(keepsSubdomainError ? { subdomain: subdomainError } : {}) };
    });
  };

  /** A paste that would make the description too long is refused whole, never cut. */
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const target = event.currentTarget;
    const problem = pasteProblem(target.value, { start: target.selectionStart, end: target.selectionEnd }, event.clipboardData.getData('text/plain'));
    if (problem === null) return;
    event.preventDefault();
    setFieldErrors((others) => ({ ...others, description: problem }));
  };

  const chooseSubdomain = (value: string) => {
    setSubdomain(value);
    setSubdomainEdited(true);
    setFieldErrors(({ subdomain: _previous, ...others }) => others);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    const trimmed = description.trim();
    const problem = descriptionProblem(description);
    if (problem) errors.description = problem;
    if (!subdomain.trim()) errors.subdomain = 'Choose a subdomain for your site.';
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) starting.mutate({ prompt: trimmed, subdomain: subdomain.trim() });
  };

  if (jobId) {
    const isFailed = following.job?.status === 'failed';
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title="Creating your site" description={`${subdomain} — this usually takes under a minute.`} />
        <GenerationProgress job={following.job} partial={following.partial} connectionProblem={isFinished(following.job) ? null : following.connectionProblem} />
        {isFailed ? (
          <Button variant="secondary" className="mt-6" onClick={() => (setJobId(null), starting.reset())}>
            <ArrowLeft aria-hidden="true" className="size-4" />
            Back to the description
          </Button>
        ) : null}
      </div>
    );
  }

  const refusal = billingRefusal(starting.error);
  const problem = formProblem(starting.error, fieldErrors);
  return (
    <div className="mx-auto max-w-2xl">
      <Link to="/" className="focus-ring mb-4 inline-flex items-center gap-1.5 rounded text-small font-medium text-ink-muted hover:text-ink">
        <ArrowLeft aria-hidden="true" className="size-4" />
        Your sites
      </Link>
      <PageHeader title="Create a site" description="Tell PageHub about the business. It writes every page — you can change anything afterwards." />
      <Card>
        <CardBody>
          <form noValidate onSubmit={submit} className="space-y-6">
            {refusal ? <BillingRefusalNotice refusal={refusal} /> : problem ? <Alert tone="danger" title={problem.title}>{problem.detail}</Alert> : null}
            <Field label="Describe your business" hint="Its name, what it offers, where it is, and the feel you want." error={fieldErrors.description}>
              {(control) => (
                <>
                  <Textarea {...control} rows={5} value={description} onChange={(event) => describe(event.target.value)} onPaste={paste} placeholder="A family bakery in Porto: sourdough, pastries and coffee…" />
                  <p data-testid="description-count" className={`text-right text-small tabular-nums ${description.length > MAX_DESCRIPTION_LENGTH ? 'font-medium text-danger' : 'text-ink-muted'}`}>
                    {descriptionCount(description)}
                    <span className="sr-only"> characters</span>
                  </p>
                </>
              )}
            </Field>
            <div>
              <p id="examples-label" className="text-small font-medium text-ink">
                Or start from an example
              </p>
              <ul aria-labelledby="examples-label" className="mt-2 flex flex-wrap gap-2">
                {EXAMPLE_DESCRIPTIONS.map((example) => (
                  <li key={example.label}>
                    <button
                      type="button"
                      onClick={() => describe(example.text)}
                      className="focus-ring rounded-full border border-line-strong bg-surface px-3 py-1.5 text-small font-medium text-ink hover:border-brand-600 hover:bg-brand-50"
                    >
                      {example.label}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
            <SubdomainField value={subdomain} onChange={chooseSubdomain} serverError={fieldErrors.subdomain} />
            <div className="flex flex-col-reverse gap-3 border-t border-line pt-6 sm:flex-row sm:justify-end">
              <Link to="/templates" className="focus-ring self-center rounded text-small font-medium text-brand-700 hover:underline sm:mr-auto">
                Start from a template instead
              </Link>
              <Button type="submit" size="lg" isBusy={starting.isPending}>
                Create my site
              </Button>
            </div>
          </form>
        </CardBody>
      </Card>
    </div>
  );
}
