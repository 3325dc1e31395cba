// The History, Publish, Messages and Settings screens of a site (/sites/:id/history|publish|inbox|settings),
// children of the signed-in layout. They share a frame: the site's name, a link back to the editor and the tabs
// (Messages carries the unread count). A `?branch=` in the address is carried from tab to tab and back to the editor.
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet, type RouteObject, useParams, useSearchParams } from 'react-router';
import { errorMessage, useSiteDetail, useSites } from '../api/index.ts';
import { Alert, classNames, RouteTitle } from '../ui/index.ts';
import { TakenDownBanner } from './editor/taken-down-banner.tsx';
import { ViewerBanner } from './editor/viewer-banner.tsx';
import { HistoryScreen } from './history/history-screen.tsx';
import { InboxScreen } from './inbox/inbox-screen.tsx';
import { PublishScreen } from './publish/publish-screen.tsx';
import { SettingsScreen } from './settings/settings-screen.tsx';

const TABS = [
  { path: 'history', label: 'History' },
  { path: 'publish', label: 'Publish' },
  { path: 'inbox', label: 'Messages' },
  { path: 'settings', label: 'Settings' },
];

/** Tabs a viewer does not get: publishing, and visitors' messages (for the people who answer them). */
const EDITORS_ONLY = new Set(['publish', 'inbox']);

/** The unread count on the Messages tab, from the list of sites (one query for every site's count). */
function UnreadCount({ siteId }: { siteId: string }) {
  const count = useSites().data?.find((site) => site.id === siteId)?.unreadSubmissions ?? 0;
  if (count === 0) return null;
  return (
    <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-caption font-semibold text-white" data-testid="unread-count">
      {count}
      <span className="sr-only"> unread</span>
    </span>
  );
}

function SiteFrame() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const branch = search.get('branch');
  const keep = branch ? `?branch=${encodeURIComponent(branch)}` : '';
  const detail = useSiteDetail(id);
  return (
    <>
      <Link to={`/sites/${id}${keep}`} className="focus-ring mb-4 inline-flex items-center gap-1.5 rounded text-small font-medium text-ink-muted hover:text-ink">
        <ArrowLeft aria-hidden="true" className="size-4" />
        Back to editor
      </Link>
      <div className="mb-6 border-b border-line">
        <h1 className="truncate text-display font-semibold tracking-tight text-ink">{detail.data?.site.name ?? (detail.isError ? 'Site' : 'Loading…')}</h1>
        {detail.data ? <p className="mt-1 font-mono text-small break-all text-ink-muted">{detail.data.site.subdomain}</p> : null}
        <nav aria-label="Site" className="-mb-px mt-4 flex gap-1 overflow-x-auto">
          {TABS.filter((tab) => !EDITORS_ONLY.has(tab.path) || detail.data?.site.role !== 'viewer').map((tab) => (
            <NavLink
              key={tab.path}
              to={`/sites/${id}/${tab.path}${keep}`}
              className={({ isActive }) =>
                classNames(
                  'focus-ring rounded-t-control border-b-2 px-2.5 py-2.5 text-small font-medium whitespace-nowrap sm:px-4',
                  isActive ? 'border-brand-700 text-brand-800' : 'border-transparent text-ink-muted hover:text-ink',
                )
              }
            >
              {tab.label}
              {tab.path === 'inbox' ? <UnreadCount siteId={id} /> : null}
            </NavLink>
          ))}
        </nav>
      </div>
      <TakenDownBanner takenDown={detail.data?.site.takenDown ?? null} className="mb-6" />
      {detail.data?.site.role === 'viewer' ? <ViewerBanner className="mb-6" /> : null}
      {detail.isError ? (
        <Alert tone="danger" title="This site could not be opened">
          {errorMessage(detail.error)}
        </Alert>
      ) : (
        <Outlet />
      )}
    </>
  );
}

const titled = (title: string, screen: ReactNode) => (
  <>
    <RouteTitle title={title} />
    {screen}
  </>
);

export const siteRoutes: RouteObject[] = [
  {
    element: <SiteFrame />,
    children: [
      { path: 'sites/:id/history', element: titled('History', <HistoryScreen />) },
      { path: 'sites/:id/publish', element: titled('Publish', <PublishScreen />) },
      { path: 'sites/:id/inbox', element: titled('Messages', <InboxScreen />) },
      { path: 'sites/:id/settings', element: titled('Settings', <SettingsScreen />) },
    ],
  },
];
