// One site on the dashboard: its live thumbnail, name, subdomain, last change and whether it is published.
// The card's heading links to the editor; the published address opens the live site.
import { ExternalLink } from 'lucide-react';
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
