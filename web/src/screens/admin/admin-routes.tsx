// The operator's screens (/admin, /admin/accounts|sites|ai|audit|errors|jobs|webhooks|settings), children of the signed-in layout, for
// platform admins only: anyone else gets the ordinary not-found screen, with no hint that the place exists (the
// server answers them 404 too). The sections share a frame: a heading and the section tabs, which scroll sideways
// on a phone.
import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, Outlet, type RouteObject, useLocation } from 'react-router';
import { useSession } from '../../api/index.ts';
import { classNames, LoadingBlock, RouteTitle } from '../../ui/index.ts';
import { NotFoundScreen } from '../not-found-screen.tsx';
import { AccountsSection } from './accounts-section.tsx';
import { AiSection } from './ai-section.tsx';
import { AuditSection } from './audit-section.tsx';
import { DashboardSection } from './dashboard-section.tsx';
import { ErrorsSection } from './errors-section.tsx';
import { JobsSection } from './jobs-section.tsx';
import { SettingsSection } from './settings-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { WebhooksSection } from './webhooks-section.tsx';

const SECTIONS = [
  { path: '/admin', label: 'Dashboard', isEnd: true },
  { path: '/admin/accounts', label: 'Accounts', isEnd: false },
  { path: '/admin/sites', label: 'Sites', isEnd: false },
  { path: '/admin/ai', label: 'AI', isEnd: false },
  { path: '/admin/audit', label: 'Audit log', isEnd: false },
  { path: '/admin/errors', label: 'Errors', isEnd: false },
  { path: '/admin/jobs', label: 'Jobs', isEnd: false },
  { path: '/admin/webhooks', label: 'Webhooks', isEnd: false },
  { path: '/admin/settings', label: 'Settings', isEnd: false },
];

function AdminFrame() {
  const session = useSession();
  const tabs = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tabs scroll sideways: keep the current one in view.
  // (A block: Chromium's scrollIntoView may answer a promise, which React would take for a clean-up.)
  useEffect(() => {
    tabs.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname, session.data?.isPlatformAdmin]);
  if (session.isPending) return <LoadingBlock label="Loading…" />;
  if (!session.data?.isPlatformAdmin) {
    return (
      <>
        <RouteTitle title="Not found" />
        <NotFoundScreen />
      </>
    );
  }
  return (
    <>
      <div className="mb-6 border-b border-line">
        <h1 className="text-display font-semibold tracking-tight text-ink">Admin</h1>
        <p className="mt-1 text-body text-ink-muted">How PageHub is doing, and the accounts and sites on it.</p>
        <nav ref={tabs} aria-label="Admin" className="-mb-px mt-4 flex gap-1 overflow-x-auto">
          {SECTIONS.map((section) => (
            <NavLink
              key={section.path}
              to={section.path}
              end={section.isEnd}
              className={({ isActive }) =>
                classNames(
                  'focus-ring rounded-t-control border-b-2 px-2.5 py-2.5 text-small font-medium whitespace-nowrap sm:px-4',
                  isActive ? 'border-brand-700 text-brand-800' : 'border-transparent text-ink-muted hover:text-ink',
                )
              }
            >
              {section.label}
            </NavLink>
          ))}
        </nav>
      </div>
      <Outlet />
    </>
  );
}

const titled = (title: string, screen: ReactNode) => (
  <>
    <RouteTitle title={title} />
    {screen}
  </>
);

export const adminRoutes: RouteObject[] = [
  {
    element: <AdminFrame />,
    children: [
      { path: 'admin', element: titled('Admin dashboard', <DashboardSection />) },
      { path: 'admin/accounts', element: titled('Accounts · Admin', <AccountsSection />) },
      { path: 'admin/sites', element: titled('Sites · Admin', <SitesSection />) },
      { path: 'admin/ai', element: titled('AI · Admin', <AiSection />) },
      { path: 'admin/audit', element: titled('Audit log · Admin', <AuditSection />) },
      { path: 'admin/errors', element: titled('Errors · Admin', <ErrorsSection />) },
      { path: 'admin/jobs', element: titled('Jobs · Admin', <JobsSection />) },
      { path: 'admin/webhooks', element: titled('Webhooks · Admin', <WebhooksSection />) },
      { path: 'admin/settings', element: titled('Settings · Admin', <SettingsSection />) },
      { path: 'admin/*', element: titled('Not found', <NotFoundScreen />) },
    ],
  },
];
