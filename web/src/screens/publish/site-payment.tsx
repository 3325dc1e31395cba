// Pay-to-publish (when this PageHub sells sites one at a time): until the site is paid for, the Publish screen
// offers "Pay to publish" (Stripe Checkout) instead of Publish. Back from Checkout (`?payment=done`) it waits on the
// server — the webhook, not the redirect, marks the site paid — polling every second for up to 30 s, and only then
// unlocks Publish.
import { useMutation } from '@tanstack/react-query';
import { CreditCard } from 'lucide-react';
import { useEffect, useState } from 'react';
import { payForSite, useSitePayment } from '../../api/index.ts';
import { Alert, Button, Spinner } from '../../ui/index.ts';
import { ErrorNotice } from '../billing/billing-refusal.tsx';

const POLL_MS = 1000;
const WAIT_MS = 30_000;

/** Whether Publish may be offered: true once paid (or when no payment is asked); the notice to show meanwhile. */
export function useSitePaymentGate(siteId: string, returned: string | null) {
  const [isSlow, setSlow] = useState(false);
  const [waitStartedAt, setWaitStartedAt] = useState(() => Date.now());
  const probe = useSitePayment(siteId, false);
  const isPaid = probe.data ? !probe.data.required || probe.data.paid : false;
  const isWaiting = returned === 'done' && probe.data !== undefined && !isPaid && !isSlow;
  const payment = useSitePayment(siteId, isWaiting ? POLL_MS : false);
  useEffect(() => {
    if (!isWaiting) return;
    const timer = setTimeout(() => setSlow(true), Math.max(0, waitStartedAt + WAIT_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [isWaiting, waitStartedAt]);
  return {
    isKnown: payment.data !== undefined || payment.isError,
    mustPay: payment.data ? payment.data.required && !payment.data.paid : false,
    isWaiting,
    isSlow: isSlow && !isPaid,
    error: payment.error,
    checkAgain: () => {
      setSlow(false);
      setWaitStartedAt(Date.now());
      void payment.refetch();
    },
  };
}

export function SitePaymentPanel({ siteId, isOwner, returned, gate }: { siteId: string; isOwner: boolean; returned: string | null; gate: ReturnType<typeof useSitePaymentGate> }) {
  const paying = useMutation({ mutationFn: () => payForSite(siteId), onSuccess: ({ url }) => window.location.assign(url) });
  if (gate.isWaiting)
    return (
      <div role="status" className="flex items-center gap-3 rounded-control border border-brand-100 bg-brand-50 p-3 text-small text-brand-800" data-testid="payment-waiting">
        <Spinner />
        <p>Thanks — confirming your payment… Publish unlocks as soon as it is confirmed.</p>
      </div>
    );
  return (
    <div className="space-y-3">
      {gate.isSlow ? (
        <Alert tone="warning" title="Your payment is still being confirmed">
          <p>This is taking longer than usual. There is no need to pay again: Publish unlocks here as soon as the payment is confirmed.</p>
          <Button size="sm" variant="secondary" className="mt-3" onClick={gate.checkAgain}>
            Check again
          </Button>
        </Alert>
      ) : returned === 'cancelled' ? (
        <Alert tone="info" title="Payment cancelled">Nothing was charged. You can pay whenever you are ready.</Alert>
      ) : null}
      <p className="text-small text-ink-muted">Each site is paid for once before it is published the first time. After that you can publish changes whenever you like.</p>
      {isOwner ? (
        <Button size="lg" className="w-full sm:w-auto" isBusy={paying.isPending} onClick={() => paying.mutate()}>
          <CreditCard aria-hidden="true" className="size-5" />
          Pay to publish
        </Button>
      ) : (
        <p className="text-small font-medium">An owner of this site pays for it; then you can publish.</p>
      )}
      {paying.isError ? <ErrorNotice error={paying.error} title="The payment page could not be opened" siteId={siteId} /> : null}
    </div>
  );
}
