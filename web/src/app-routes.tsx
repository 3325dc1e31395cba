// Every screen and its address. Signed-in screens share the SignedInLayout (session guard + AppShell); sign-in,
// sign-up and an invitation are open to everyone.
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { SignedInLayout } from './layouts/index.ts';
import { AcceptInviteScreen, adminRoutes, AccountScreen, BillingScreen, CreateSiteScreen, DashboardScreen, ForgotPasswordScreen, LandingScreen, NotFoundScreen, ResetPasswordScreen, SignInScreen, SignUpScreen, SiteEditorScreen, siteRoutes, TemplatesScreen } from './screens/index.ts';
import { RouteTitle } from './ui/index.ts';

const titled = (title: string, screen: ReactNode) => (
  <>
    <RouteTitle title={title} />
    {screen}
  </>
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: titled('Sign in', <SignInScreen />) },
  { path: '/sign-up', element: titled('Create your account', <SignUpScreen />) },
  { path: '/forgot-password', element: titled('Forgot your password?', <ForgotPasswordScreen />) },
  { path: '/reset-password', element: titled('Choose a new password', <ResetPasswordScreen />) },
  // Public: a signed-out invitee sees what they are invited to before creating an account.
  { path: '/invite/:token', element: titled('Join a site', <AcceptInviteScreen />) },
  {
    // Signed out, `/` is the front door; every other screen here sends the visitor to sign in and back.
    element: <SignedInLayout signedOutHome={titled('Describe your business, get a website', <LandingScreen />)} />,
    children: [
      { index: true, element: titled('Your sites', <DashboardScreen />) },
      { path: 'new', element: titled('Create a site', <CreateSiteScreen />) },
      { path: 'templates', element: titled('Templates', <TemplatesScreen />) },
      { path: 'account', element: titled('Your account', <AccountScreen />) },
      { path: 'billing', element: titled('Billing', <BillingScreen />) },
      { path: 'sites/:id', element: titled('Editor', <SiteEditorScreen />) },
      ...siteRoutes,
      ...adminRoutes,
      { path: '*', element: titled('Not found', <NotFoundScreen />) },
    ],
  },
]);
