// One group of the error log, opened from the Errors list: what it is, where and how often, the stack, and its
// latest occurrences — each with its request id, what was recorded with it (a failed AI edit's request type,
// answers tried and model calls) and what failed validation.
import { errorMessage, type ErrorOccurrence, useErrorGroup } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, LoadingBlock } from '../../ui/index.ts';
import { formatCount, formatDateTime } from './admin-format.ts';
import { contextFacts, kindLabel } from './error-words.ts';

function Occurrence({ occurrence }: { occurrence: ErrorOccurrence }) {
  const facts = contextFacts(occurrence.context);
  return (
    <li className="space-y-1.5 py-3" data-testid="error-occurrence">
      <p className="text-small font-medium text-ink">{formatDateTime(occurrence.at)}</p>
      {occurrence.requestId ? <p className="font-mono text-caption break-all text-ink-muted">Request {occurrence.requestId}</p> : null}
      {facts.length > 0 ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-caption">
          {facts.map((fact) => (
            <div key={fact.label} className="flex min-w-0 gap-1">
              <dt className="text-ink-muted">{fact.label}:</dt>
              <dd className="font-medium break-all text-ink">{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {occurrence.validationErrors ? (
        <div className="text-caption">
          <p className="text-ink-muted">What failed the checks:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {occurrence.validationErrors.map((problem, index) => (
              <li key={index} className="break-words text-ink">
                {problem.path ? <span className="font-mono">{problem.path}</span> : null} {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

export function ErrorGroupPanel({ fingerprint, onClose }: { fingerprint: string; onClose: () => void }) {
  const detail = useErrorGroup(fingerprint);
  const group = detail.data?.group;
  return (
    <Card>
      <CardBody className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="text-title font-semibold break-words text-ink">{group ? `${kindLabel(group.kind)}: ${group.name}` : 'Error'}</h2>
            {group ? <p className="mt-1 text-small break-words text-ink-muted">{group.message}</p> : null}
          </div>
          <Button variant="secondary" size="sm" onClick={onClose}>
            Close
          </Button>
        </div>
        {detail.isError ? <Alert tone="danger">{errorMessage(detail.error)}</Alert> : null}
        {detail.isPending ? <LoadingBlock label="Loading the error…" /> : null}
        {group && detail.data ? (
          <>
            <dl className="grid gap-3 text-small sm:grid-cols-2">
              <div>
                <dt className="text-ink-muted">Where</dt>
                <dd className="font-mono text-caption break-all">{group.route ?? '—'}</dd>
              </div>
              <div>
                <dt className="text-ink-muted">How often</dt>
                <dd>
                  {formatCount(group.count)} {group.count === 1 ? 'time' : 'times'} in the last 30 days
                </dd>
              </div>
              <div>
                <dt className="text-ink-muted">First seen</dt>
                <dd>{formatDateTime(group.firstSeen)}</dd>
              </div>
              <div>
                <dt className="text-ink-muted">Last seen</dt>
                <dd>{formatDateTime(group.lastSeen)}</dd>
              </div>
            </dl>
            {group.stack ? (
              <details>
                <summary className="focus-ring cursor-pointer rounded-control text-small font-medium text-ink">Where in the code (stack)</summary>
                <pre className="mt-2 max-h-64 overflow-auto rounded-control bg-canvas p-3 font-mono text-caption text-ink">{group.stack}</pre>
              </details>
            ) : null}
            <section aria-labelledby="occurrences-heading">
              <h3 id="occurrences-heading" className="text-body font-semibold">
                Latest occurrences
              </h3>
              <ol className="divide-y divide-line">
                {detail.data.occurrences.map((occurrence) => (
                  <Occurrence key={occurrence.id} occurrence={occurrence} />
                ))}
              </ol>
              {detail.data.occurrences.length === 0 ? <p className="py-3 text-small text-ink-muted">No occurrence is kept any more.</p> : null}
            </section>
          </>
        ) : null}
      </CardBody>
    </Card>
  );
}
