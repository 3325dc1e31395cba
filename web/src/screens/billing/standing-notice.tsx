// What unpaid bills mean for the account, said plainly, with the button that fixes it (the Customer Portal):
// grace (everything works until a date), read-only (view only, nothing deleted), paused (published sites show a
// "paused" page until the bill is paid).
import type { Billing } from '../../api/index.ts';
import { Alert, Button } from '../../ui/index.ts';
import { formatDate } from './money.ts';

export function standingWords(billing: Pick<Billing, 'standing' | 'graceEndsAt' | 'pausesAt'>): { title: string; text: string } | null {
  switch (billing.standing) {
    case 'grace':
      return {
        title: 'Your last payment didn’t go through',
        text: `Everything keeps working until ${billing.graceEndsAt ? formatDate(billing.graceEndsAt) : 'the end of the grace period'} — update your payment method so nothing stops.`,
      };
    case 'read-only':
      return {
        title: 'Your account is on hold',
        text: `A bill is unpaid, so your sites can be viewed but not changed or published. Nothing has been deleted.${billing.pausesAt ? ` If the bill is still unpaid on ${formatDate(billing.pausesAt)}, your published sites will show a “paused” page.` : ''} Paying brings everything back at once.`,
      };
    case 'paused':
      return {
        title: 'Your published sites are paused',
        text: 'A bill is unpaid, so visitors to your published sites see a “paused” page until it is paid. Nothing has been deleted, and paying brings your sites back within seconds.',
      };
    default:
      return null;
  }
}

export function StandingNotice({ billing, onOpenPortal, isPortalBusy }: { billing: Billing; onOpenPortal: () => void; isPortalBusy: boolean }) {
  const words = standingWords(billing);
  if (!words) return null;
  return (
    <Alert tone={billing.standing === 'grace' ? 'warning' : 'danger'} title={words.title} testId="standing-notice">
      <p>{words.text}</p>
      <Button size="sm" variant="secondary" className="mt-3" isBusy={isPortalBusy} onClick={onOpenPortal}>
        {billing.standing === 'grace' ? 'Update payment method' : 'Pay the bill'}
      </Button>
    </Alert>
  );
}
