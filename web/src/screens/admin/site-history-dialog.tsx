// The operator's look at a site's history (/admin/sites → History): its branches and the latest versions along one
// of them, newest first, with who made each and when. To read only — nothing here changes the site.
import { useState } from 'react';
import { type AdminSite, errorMessage, useAdminSiteHistory } from '../../api/index.ts';
import { Alert, Dialog, Field, LoadingBlock } from '../../ui/index.ts';
import { formatDateTime } from './admin-format.ts';

const SELECT = 'focus-ring block h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-body text-ink';

/** The list inside the dialog, mounted while it is open, so each opening starts on main. */
function SiteHistory({ site }: { site: AdminSite }) {
  const [branch, setBranch] = useState('main');
  const history = useAdminSiteHistory(site.id, branch);
  if (history.isError) return <Alert tone="danger">{errorMessage(history.error)}</Alert>;
  if (history.isPending) return <LoadingBlock label="Loading the history…" />;
  const { branches, commits, nextCursor } = history.data;
  return (
    <div className="space-y-4">
      {branches.length > 1 ? (
        <Field label="Branch">
          {(control) => (
            <select {...control} className={SELECT} value={branch} onChange={(event) => setBranch(event.target.value)}>
              {branches.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <ol className="max-h-[55vh] divide-y divide-line overflow-y-auto rounded-control border border-line" aria-label={`Versions of ${site.subdomain}`} data-testid="site-history">
        {commits.map((commit) => (
          <li key={commit.id} className="px-3 py-2">
            <p className="text-small font-medium break-words">{commit.summary || 'A change'}</p>
            <p className="text-caption text-ink-muted">
              {commit.authorName ?? (commit.author ? 'A deleted account' : 'PageHub')} · {formatDateTime(commit.createdAt)}
            </p>
          </li>
        ))}
      </ol>
      {nextCursor ? <p className="text-caption text-ink-muted">Showing the latest {commits.length} versions.</p> : null}
    </div>
  );
}

export function SiteHistoryDialog({ site, onClose }: { site: AdminSite | null; onClose: () => void }) {
  return (
    <Dialog isOpen={site !== null} onClose={onClose} title={`History of ${site?.subdomain ?? 'this site'}`} description="The latest versions, newest first. To read only: nothing here changes the site.">
      {site ? <SiteHistory site={site} /> : null}
    </Dialog>
  );
}
