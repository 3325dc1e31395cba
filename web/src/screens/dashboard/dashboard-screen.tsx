// The person's sites, newest first, with a clear way to make the first one.
import { LayoutTemplate, Plus, Sparkles } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage, useSites } from '../../api/index.ts';
import { Alert, buttonClasses, EmptyState, LoadingBlock, PageHeader } from '../../ui/index.ts';
import { SiteCard } from './site-card.tsx';

export function DashboardScreen() {
  const sites = useSites();
  const actions = (
    <>
      <Link to="/templates" className={buttonClasses({ variant: 'secondary' })}>
        <LayoutTemplate aria-hidden="true" className="size-4" />
        Start from a template
      </Link>
      <Link to="/new" className={buttonClasses()}>
        <Plus aria-hidden="true" className="size-4" />
        Create a site
      </Link>
    </>
  );
  const hasSites = (sites.data?.length ?? 0) > 0;
  return (
    <>
      <PageHeader title="Your sites" description="Every site you own or help with. Open one to edit it." actions={hasSites ? actions : undefined} />
      {sites.isPending ? (
        <LoadingBlock label="Loading your sites…" />
      ) : sites.isError ? (
        <Alert tone="danger" title="Your sites could not be loaded">
          {errorMessage(sites.error)}
        </Alert>
      ) : hasSites ? (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-label="Sites">
          {[...sites.data].sort((first, second) => second.createdAt.localeCompare(first.createdAt)).map((site) => (
            <li key={site.id} className="flex min-w-0">
              <SiteCard site={site} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState icon={Sparkles} title="No sites yet" actions={actions}>
          Describe your business in a sentence or two and PageHub writes a complete website — pages, text, colours and all. Or start from one of the templates.
        </EmptyState>
      )}
    </>
  );
}
