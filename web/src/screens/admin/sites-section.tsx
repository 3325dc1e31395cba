// /admin/sites — every site, newest first, searched by subdomain, name, own domain or owner's email: address,
// owners, whether it is live; taking a site down for abuse (with a reason its owners are mailed and see, confirmed),
// restoring it, and its history to read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { adminKeys, type AdminSite, errorMessage, restoreSite, unpublishSite, useAdminSites } from '../../api/index.ts';
import { Alert, Badge, Button, LoadingBlock } from '../../ui/index.ts';
import { formatDateTime } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';
import { LoadMore } from './load-more.tsx';
import { ReasonDialog } from './reason-dialog.tsx';
import { SearchForm } from './search-form.tsx';
import { SiteHistoryDialog } from './site-history-dialog.tsx';

function SiteState({ site }: { site: AdminSite }) {
  if (site.takenDown) {
    return (
      <div>
        <p className="whitespace-nowrap">
          <Badge tone="warning">taken down</Badge>
        </p>
        <p className="mt-1 max-w-64 text-caption text-ink-muted">{site.takenDown.reason}</p>
      </div>
    );
  }
  if (site.pausedReason) return <Badge tone="warning">paused</Badge>;
  return site.isPublished ? <Badge tone="success">published</Badge> : <Badge>not published</Badge>;
}

export function SitesSection() {
  const [query, setQuery] = useState('');
  const [unpublishing, setUnpublishing] = useState<AdminSite | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [reading, setReading] = useState<AdminSite | null>(null);
  const sites = useAdminSites(query);
  const queryClient = useQueryClient();
  const takingOffline = useMutation({
    mutationFn: ({ site, reason }: { site: AdminSite; reason: string }) => unpublishSite(site.id, reason),
    onSuccess: async ({ wasLive, mailedTo }, { site }) => {
      setUnpublishing(null);
      const told = mailedTo.length > 0 ? ` Its owners were emailed the reason (${mailedTo.join(', ')}).` : ' No owner could be emailed; the reason shows on their site.';
      setResult(`${wasLive ? `${site.subdomain} is offline.` : `${site.subdomain} was not online.`} It can’t be published until you restore it.${told}`);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
  const restoring = useMutation({
    mutationFn: (site: AdminSite) => restoreSite(site.id),
    onSuccess: async (_answer, site) => {
      setResult(`${site.subdomain} is restored: its owners can publish it again. Nothing was published now.`);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
  const rows = sites.data?.pages.flatMap((page) => page.sites) ?? [];
  return (
    <div>
      <SearchForm label="Search sites" placeholder="Address, domain, name or owner’s email" onSearch={setQuery} />
      {result ? <Alert tone="success" className="mb-4">{result}</Alert> : null}
      {restoring.isError ? <Alert tone="danger" className="mb-4">{errorMessage(restoring.error)}</Alert> : null}
      {sites.isError && !sites.isFetchNextPageError ? <Alert tone="danger">{errorMessage(sites.error)}</Alert> : null}
      {sites.isPending ? (
        <LoadingBlock label="Loading the sites…" />
      ) : (
        <AdminTable
          label="Sites"
          header={
            <>
              <Th>Site</Th>
              <Th>State</Th>
              <Th>Owners</Th>
              <Th>Own domains</Th>
              <Th>Created</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
          footer={sites.hasNextPage ? <LoadMore list={sites} /> : null}
        >
          {rows.length === 0 ? <EmptyRow columns={6}>{query ? `No site matches “${query}”.` : 'No sites yet.'}</EmptyRow> : null}
          {rows.map((site) => (
            <tr key={site.id} data-testid="site-row">
              <Td>
                <p className="font-medium whitespace-nowrap">{site.subdomain}</p>
                <p className="text-caption whitespace-nowrap text-ink-muted">{site.name}</p>
              </Td>
              <Td>
                <SiteState site={site} />
              </Td>
              <Td className="whitespace-nowrap">{site.owners.join(', ') || '—'}</Td>
              <Td className="whitespace-nowrap">{site.domains.join(', ') || '—'}</Td>
              <Td className="whitespace-nowrap text-ink-muted">{formatDateTime(site.createdAt)}</Td>
              <Td className="py-1.5 text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" onClick={() => setReading(site)} aria-label={`History of ${site.subdomain}`}>
                  History
                </Button>
                {site.takenDown ? (
                  <Button size="sm" variant="ghost" isBusy={restoring.isPending && restoring.variables?.id === site.id} onClick={() => restoring.mutate(site)} aria-label={`Restore ${site.subdomain}`}>
                    Restore
                  </Button>
                ) : (
                  <Button size="sm" variant="ghost" className="text-danger" onClick={() => {
                      takingOffline.reset();
                      setUnpublishing(site);
                    }} aria-label={`Take ${site.subdomain} offline`}>
                    Take offline…
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </AdminTable>
      )}
      <ReasonDialog
        isOpen={unpublishing !== null}
        onClose={() => setUnpublishing(null)}
        title={`Take ${unpublishing?.subdomain ?? 'this site'} offline?`}
        description="Visitors stop seeing it at once, and nobody can publish it again until you restore it. Its owners keep the site and its history; they are emailed this reason and see it on their site."
        confirmLabel="Take offline"
        isBusy={takingOffline.isPending}
        error={takingOffline.error}
        onConfirm={(reason) => unpublishing && takingOffline.mutate({ site: unpublishing, reason })}
      />
      <SiteHistoryDialog site={reading} onClose={() => setReading(null)} />
    </div>
  );
}
