// The form submissions inbox: what visitors sent through the site's contact forms, newest first.
import { Inbox } from 'lucide-react';
import { errorMessage, useSubmissions } from '../../api/index.ts';
import { Alert, Spinner } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';
import { SettingsSection } from './settings-section.tsx';

const TITLE = 'Form submissions';

/** What a viewer sees instead: visitors' names and messages are for the people who answer them. */
export function SubmissionsForEditors() {
  return (
    <SettingsSection id="submissions-heading" title={TITLE} description="Messages visitors send through the site's contact forms are shown to its editors and owners. Ask an owner if you need to answer them.">
      {null}
    </SettingsSection>
  );
}

export function SubmissionsSection({ siteId }: { siteId: string }) {
  const submissions = useSubmissions(siteId);
  return (
    <SettingsSection id="submissions-heading" title={TITLE} description="Messages visitors sent through the contact forms of the published site, newest first.">
      {submissions.isPending ? <Spinner label="Loading submissions" /> : null}
      {submissions.isError ? <Alert tone="danger">{errorMessage(submissions.error)}</Alert> : null}
      {submissions.data?.length === 0 ? (
        <div className="flex flex-col items-center rounded-control border border-dashed border-line-strong px-4 py-8 text-center" data-testid="submissions-empty">
          <Inbox aria-hidden="true" className="size-6 text-ink-muted" />
          <p className="mt-2 font-medium">No submissions yet</p>
          <p className="mt-1 max-w-sm text-small text-ink-muted">When a visitor sends a contact form on the published site, the message appears here.</p>
        </div>
      ) : null}
      <ul className="space-y-3">
        {submissions.data?.map((submission) => (
          <li key={submission.id} className="rounded-control border border-line p-3 text-small" data-testid="submission">
            <p className="text-caption text-ink-muted">
              <time dateTime={submission.createdAt}>{relativeTime(submission.createdAt)}</time> · form {submission.formId}
            </p>
            <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
              {Object.entries(submission.data).map(([field, value]) => (
                <div key={field} className="contents">
                  <dt className="font-medium capitalize">{field}</dt>
                  <dd className="break-words whitespace-pre-wrap">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </SettingsSection>
  );
}
