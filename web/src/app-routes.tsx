// Every screen and its address. Signed-in screens share the SignedInLayout (session guard + AppShell).
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { SignedInLayout } from './layouts/signed-in-layout.tsx';
import { SignInScreen } from './screens/auth/sign-in-screen.tsx';
import { SignUpScreen } from './screens/auth/sign-up-screen.tsx';
import { CreateSiteScreen } from './screens/create/create-site-screen.tsx';
import { DashboardScreen } from './screens/dashboard/dashboard-screen.tsx';
import { SiteEditorScreen } from './screens/editor/site-editor-screen.tsx';
import { AcceptInviteScreen } from './screens/invite/accept-invite-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { TemplatesScreen } from './screens/templates/templates-screen.tsx';
import { RouteTitle } from './route-title.tsx';
import { siteRoutes } from './screens/site-routes.tsx';

const titled = (title: string, screen: ReactNode) => (
  <>
    <RouteTitle title={title} />
    {screen}
  </>
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: titled('Sign in', <SignInScreen />) },
  { path: '/sign-up', element: titled('Create your account', <SignUpScreen />) },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: titled('Your sites', <DashboardScreen />) },
      { path: 'new', element: titled('Create a site', <CreateSiteScreen />) },
      { path: 'templates', element: titled('Templates', <TemplatesScreen />) },
      { path: 'sites/:id', element: titled('Editor', <SiteEditorScreen />) },
      { path: 'invite/:token', element: titled('Join a site', <AcceptInviteScreen />) },
      ...siteRoutes,
      { path: '*', element: titled('Not found', <NotFoundScreen />) },
    ],
  },
]);
