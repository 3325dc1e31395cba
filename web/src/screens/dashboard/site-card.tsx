// One site on the dashboard: its live thumbnail, name, subdomain, last change, whether it is published, and how
// many messages from visitors are unread. The card's heading links to the editor; the published address opens the
// live site; the unread count opens the site's messages.
import { ExternalLink, Inbox } from 'lucide-react';
import { Link } from 'react-router';
import { useDeployments, useSiteDetail, type SiteSummary } from '../../api/index.ts';
import { Badge, Card } from '../../ui/index.ts';
import { SiteThumbnail, loadHomePageHtml } from '../../preview/index.ts';
import { relativeTime } from './relative-time.ts';

function PublishState({ siteId }: { siteId: string }) {
  const deployments = useDeployments(siteId);
  if (deployments.isPending) return <Badge>Checking…</Badge>;
  if (deployments.isError) return <Badge tone="warning">Status unknown</Badge>;
  const isLive = Boolean(deployments.data.live.production);
  return isLive ? (
    <a href={deployments.data.url} target="_blank" rel="noreferrer" className="focus-ring inline-flex items-center gap-1 rounded-full">
      <Badge tone="success">
        Published
        <ExternalLink aria-hidden="true" className="size-3" />
      </Badge>
      <span className="sr-only">(opens the live site in a new tab)</span>
    </a>
  ) : (
    <Badge>Draft</Badge>
  );
}

/** Unread messages from visitors, linking to them; nothing when all are read. */
function UnreadMessages({ site }: { site: SiteSummary }) {
  const count = site.unreadSubmissions ?? 0;
  if (count === 0) return null;
  return (
    <Link to={`/sites/${site.id}/inbox`} className="focus-ring relative z-10 inline-flex items-center gap-1 self-start rounded-full" data-testid="unread-badge">
      <Badge tone="brand">
        <Inbox aria-hidden="true" className="size-3" />
        {count === 1 ? '1 new message' : `${count} new messages`}
      </Badge>
    </Link>
  );
}

export function SiteCard({ site }: { site: SiteSummary }) {
  const detail = useSiteDetail(site.id);
  const head = detail.data?.head;
  const document = detail.data?.document;
  return (
    <Card className="group relative flex w-full flex-col overflow-hidden transition-shadow focus-within:shadow-raised hover:shadow-raised" data-testid="site-card">
      {head && document ? (
        <SiteThumbnail cacheKey={`site:${site.id}:${head.id}`} makeHtml={async () => (await loadHomePageHtml())(document)} />
      ) : (
        <div aria-hidden="true" className="aspect-[16/10] animate-pulse bg-slate-100 motion-reduce:animate-none" />
      )}
      <div className="flex flex-1 flex-col gap-3 border-t border-line p-4">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="truncate text-lead font-semibold text-ink">
              <Link to={`/sites/${site.id}`} className="focus-ring rounded outline-offset-4 after:absolute after:inset-0 after:content-['']">
                {site.name}
              </Link>
            </h2>
            <p className="truncate font-mono text-small text-ink-muted">{site.subdomain}</p>
          </div>
          <div className="relative z-10 shrink-0">
            <PublishState siteId={site.id} />
          </div>
        </div>
        <UnreadMessages site={site} />
        <p className="mt-auto text-small text-ink-muted">
          {head ? (
            <>
              <span className="font-medium text-ink">Changed {relativeTime(head.createdAt)}</span>
              <span className="line-clamp-1">{head.summary}</span>
            </>
          ) : (
            'Loading the last change…'
          )}
        </p>
      </div>
    </Card>
  );
}
