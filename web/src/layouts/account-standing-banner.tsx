// One line over every signed-in screen while unpaid bills affect the account (grace, read-only, paused), with the
// way to the Billing page. Nothing shows while billing is off or the account is in good standing, nor on /billing
// itself, which says it at length.
import { Link, useLocation } from 'react-router';
import type { Billing } from '../api/index.ts';
import { Alert } from '../ui/index.ts';

const LINES: Record<Exclude<Billing['standing'], 'good'>, { tone: 'warning' | 'danger'; text: (billing: Billing) => string }> = {
  grace: {
    tone: 'warning',
    text: (billing) => `Your last payment didn’t go through. Everything keeps working${billing.graceEndsAt ? ` until ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(billing.graceEndsAt))}` : ' for now'} — update your payment method.`,
  },
  'read-only': { tone: 'danger', text: () => 'A bill is unpaid, so your sites can be viewed but not changed or published. Nothing has been deleted.' },
  paused: { tone: 'danger', text: () => 'A bill is unpaid, so your published sites show a “paused” page until it is paid. Nothing has been deleted.' },
};

export function AccountStandingBanner({ billing }: { billing: Billing | undefined }) {
  const { pathname } = useLocation();
  if (!billing?.enabled || billing.standing === 'good' || pathname === '/billing') return null;
  const line = LINES[billing.standing];
  return (
    <Alert tone={line.tone} className="mb-6" testId="account-standing-banner">
      {line.text(billing)}{' '}
      <Link to="/billing" className="focus-ring rounded font-semibold underline underline-offset-2">
        Go to Billing
      </Link>
    </Alert>
  );
}
