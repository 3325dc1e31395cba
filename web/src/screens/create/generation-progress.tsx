// What the person watches while a site is generated: the steps, a progress bar, the pages as a streaming model
// writes them, and what went wrong if the job fails.
import { Check, Circle } from 'lucide-react';
import type { Job } from '../../api/index.ts';
import { Alert, Card, CardBody, classNames, Spinner } from '../../ui/index.ts';

const STEPS = [
  { label: 'Getting started', stages: ['queued'] },
  { label: 'Writing your pages', stages: ['generating', 'correcting', 'retrying'] },
  { label: 'Checking every page', stages: ['validating'] },
  { label: 'Saving your site', stages: ['saving'] },
];

function stepIndex(job: Job | null): number {
  if (!job) return 0;
  if (job.status === 'succeeded' || job.stage === 'done') return STEPS.length;
  const index = STEPS.findIndex((step) => step.stages.includes(job.stage));
  return index === -1 ? 0 : index;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return Object.values(value).find((entry): entry is string => typeof entry === 'string') ?? null;
  return null;
}

/** The page titles a partial document has so far. */
function partialPages(partial: unknown): string[] {
  const pages = (partial as { pages?: unknown } | null)?.pages;
  if (!Array.isArray(pages)) return [];
  return pages.map((page) => textOf((page as { title?: unknown } | null)?.title)).filter((title): title is string => Boolean(title));
}

export function GenerationProgress({ job, partial, connectionProblem }: { job: Job | null; partial: unknown; connectionProblem: string | null }) {
  const current = stepIndex(job);
  const percent = Math.round((job?.progress ?? 0) * 100);
  const pages = partialPages(partial);
  const partialName = textOf((partial as { name?: unknown } | null)?.name);
  const isFailed = job?.status === 'failed';
  return (
    <Card>
      <CardBody className="space-y-6">
        <h2 className="text-title font-semibold">{isFailed ? 'The site could not be created' : job?.status === 'succeeded' ? 'Your site is ready' : 'Building your site…'}</h2>
        <div>
          <div className="mb-1.5 flex justify-between text-small text-ink-muted">
            <span aria-live="polite">{STEPS[Math.min(current, STEPS.length - 1)]?.label}</span>
            <span>{percent}%</span>
          </div>
          <div role="progressbar" aria-label="Generation progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-slate-200">
            <div className="h-full rounded-full bg-brand-700 transition-[width] duration-500" style={{ width: `${Math.max(percent, 3)}%` }} />
          </div>
        </div>
        <ol className="space-y-2.5">
          {STEPS.map((step, index) => (
            <li key={step.label} className={classNames('flex items-center gap-2.5 text-body', index <= current ? 'text-ink' : 'text-ink-muted')}>
              {index < current ? (
                <Check aria-hidden="true" className="size-5 text-success" />
              ) : index === current && !isFailed ? (
                <Spinner className="text-brand-700" />
              ) : (
                <Circle aria-hidden="true" className="size-5 text-line-strong" />
              )}
              <span className={index === current ? 'font-medium' : undefined}>{step.label}</span>
              <span className="sr-only">{index < current ? '(done)' : index === current ? '(in progress)' : '(to do)'}</span>
            </li>
          ))}
        </ol>
        {pages.length > 0 || partialName ? (
          <div className="rounded-control border border-line bg-canvas p-4">
            <p className="text-small font-semibold">{partialName ? `${partialName}: pages so far` : 'Pages so far'}</p>
            <ul className="mt-2 flex flex-wrap gap-2" aria-live="polite">
              {pages.map((title, index) => (
                <li key={`${index}-${title}`} className="rounded-full bg-surface px-3 py-1 text-small ring-1 ring-line">
                  {title}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {connectionProblem ? <Alert tone="info">{connectionProblem}</Alert> : null}
        {isFailed && job?.error ? (
          <Alert tone="danger" title={job.error.title}>
            {job.error.detail}
          </Alert>
        ) : null}
      </CardBody>
    </Card>
  );
}
