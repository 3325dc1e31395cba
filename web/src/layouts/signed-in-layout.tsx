// Every screen behind sign-in: waits for the session, sends signed-out visitors to /sign-in (remembering where
// they were going) — except at `/`, where they meet the front door — and frames the screen in the AppShell with
// the account menu (with Billing while this PageHub takes payments) and, when unpaid bills affect the account, a
// one-line banner.
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { errorMessage, signOut, useBilling, useSession, useSessionRefresh } from '../api/index.ts';
import { AppShell, LoadingBlock, UserMenu, useToast } from '../ui/index.ts';
import { AccountStandingBanner } from './account-standing-banner.tsx';

/** `signedOutHome`: what a visitor who isn't signed in sees at `/` instead of the sign-in form. */
export function SignedInLayout({ signedOutHome }: { signedOutHome?: ReactNode }) {
  const session = useSession();
  // Asked once the person is signed in: whether payment screens exist at all, and the account's standing.
  const billing = useBilling(false, Boolean(session.data));
  const location = useLocation();
  const navigate = useNavigate();
  const refreshSession = useSessionRefresh();
  const toast = useToast();
  const leaving = useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      await refreshSession();
      toast('You are signed out.', 'success');
      await navigate('/sign-in', { replace: true });
    },
    onError: (error) => toast(errorMessage(error), 'danger'),
  });

  if (session.isPending) return <LoadingBlock label="Loading your account…" />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    if (location.pathname === '/' && signedOutHome) return signedOutHome;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  const { name, email, isPlatformAdmin } = session.data;
  return (
    <AppShell account={<UserMenu name={name} email={email} isPlatformAdmin={isPlatformAdmin} onSignOut={() => leaving.mutate()} isSigningOut={leaving.isPending} hasBilling={billing.data?.enabled === true} />}>
      <AccountStandingBanner billing={billing.data} />
      <Outlet />
    </AppShell>
  );
}
