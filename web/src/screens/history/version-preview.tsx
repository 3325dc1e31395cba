// A version's home page, rendered in the browser from the document at that commit (the same render() that
// publishes), in a sandboxed frame.
import { type CommitEntry, errorMessage, useCommit } from '../../api/index.ts';
import { SiteThumbnail, loadHomePageHtml } from '../../preview/index.ts';
import { Alert, Card, Spinner } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';

/** The home page of one commit's document, as a live picture. */
export function CommitPicture({ siteId, commitId }: { siteId: string; commitId: string }) {
  const version = useCommit(siteId, commitId);
  if (version.isError) return <Alert tone="danger" title="This version could not be loaded">{errorMessage(version.error)}</Alert>;
  if (!version.data) {
    return (
      <div className="flex aspect-[16/10] items-center justify-center bg-slate-100">
        <Spinner label="Loading the version" />
      </div>
    );
  }
  const { document } = version.data;
  return <SiteThumbnail cacheKey={`commit:${siteId}:${commitId}`} makeHtml={async () => (await loadHomePageHtml())(document)} />;
}

export function VersionPreview({ siteId, commitId, headline }: { siteId: string; commitId: string; headline: (commit: CommitEntry) => string }) {
  const version = useCommit(siteId, commitId);
  return (
    <Card className="overflow-hidden" data-testid="version-preview">
      <div className="border-b border-line px-4 py-3">
        <h2 className="text-lead font-semibold">Preview</h2>
        <p className="text-small text-ink-muted">
          {version.data ? (
            <>
              “{headline(version.data.commit)}” · {relativeTime(version.data.commit.createdAt)} · home page
            </>
          ) : (
            'Loading…'
          )}
        </p>
      </div>
      <CommitPicture siteId={siteId} commitId={commitId} />
    </Card>
  );
}
