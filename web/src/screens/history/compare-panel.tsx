// Two versions side by side: what changed between them, in plain words (the summary, then each patch
// operation), and a picture of each version's home page.
import { ArrowRight, X } from 'lucide-react';
import { type CommitEntry, errorMessage, useCommit, useDiff } from '../../api/index.ts';
import { Alert, Button, Card, LoadingBlock } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';
import { describeOperation } from './describe-change.ts';
import { CommitPicture } from './version-preview.tsx';

const SHOWN_CHANGES = 30;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface ComparePanelProps {
  siteId: string;
  older: CommitEntry;
  newer: CommitEntry;
  /** "the version of 3 Dec, 14:02 — Before launch" */
  nameOf: (commit: CommitEntry) => string;
  /** The line a person reads for a commit (no ids). */
  headline: (commit: CommitEntry) => string;
  onClose: () => void;
}

export function ComparePanel({ siteId, older, newer, nameOf, headline, onClose }: ComparePanelProps) {
  const diff = useDiff(siteId, older.id, newer.id);
  const newerVersion = useCommit(siteId, newer.id);
  const operations = (diff.data?.patch ?? []).filter((operation) => operation.op !== 'test');
  return (
    <Card className="overflow-hidden" data-testid="compare-panel">
      <div className="flex items-start justify-between gap-3 border-b border-line px-4 py-3">
        <div className="min-w-0">
          <h2 className="text-lead font-semibold">Compare versions</h2>
          <p className="flex flex-wrap items-center gap-1 text-small text-ink-muted">
            <span>{capitalize(nameOf(older))}</span>
            <ArrowRight aria-label="to" className="size-3.5" />
            <span>{nameOf(newer)}</span>
          </p>
        </div>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close the comparison">
          <X aria-hidden="true" className="size-4" />
        </Button>
      </div>
      <div className="space-y-4 p-4">
        {diff.isPending ? <LoadingBlock label="Comparing…" /> : null}
        {diff.isError ? <Alert tone="danger" title="These versions could not be compared">{errorMessage(diff.error)}</Alert> : null}
        {diff.data ? (
          <div>
            <h3 className="text-small font-semibold">{diff.data.summary || 'No differences'}</h3>
            {operations.length === 0 ? (
              <p className="mt-1 text-small text-ink-muted">The two versions are the same.</p>
            ) : (
              <ul className="mt-2 space-y-1.5 text-small" data-testid="change-list">
                {operations.slice(0, SHOWN_CHANGES).map((operation, index) => (
                  <li key={index} className="flex gap-2 break-words">
                    <span aria-hidden="true" className="mt-1.5 size-1.5 shrink-0 rounded-full bg-brand-600" />
                    <span className="min-w-0">{describeOperation(operation, newerVersion.data?.document)}</span>
                  </li>
                ))}
                {operations.length > SHOWN_CHANGES ? <li className="text-ink-muted">…and {operations.length - SHOWN_CHANGES} more changes.</li> : null}
              </ul>
            )}
          </div>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          {[older, newer].map((commit, index) => (
            <figure key={commit.id} className="overflow-hidden rounded-control border border-line">
              <CommitPicture siteId={siteId} commitId={commit.id} />
              <figcaption className="border-t border-line px-3 py-2 text-caption text-ink-muted">
                <span className="font-semibold text-ink">{index === 0 ? 'Before' : 'After'}</span> · {headline(commit)} · {relativeTime(commit.createdAt)}
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
    </Card>
  );
}
