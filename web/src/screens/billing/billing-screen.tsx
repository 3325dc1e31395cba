// /billing — the person's plan and its status, what unpaid bills mean for them (with the Customer Portal), what
// they use against each limit, the plans on sale with Upgrade / Switch, and their invoices. Back from Checkout
// (`?checkout=done`) it waits on the server — the webhook, not the redirect, changes the plan — polling every second
// for up to 30 s before it says which plan is active. While billing is off it says there is nothing to pay.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Billing, billingKeys, errorMessage, openBillingPortal, type SellablePlanId, startCheckout, useBilling } from '../../api/index.ts';
import { Alert, Button, buttonClasses, Card, CardBody, LoadingBlock, PageHeader, Spinner, useToast } from '../../ui/index.ts';
import { forgetCheckout, isCheckoutConfirmed, pendingCheckout, rememberCheckout } from './checkout-return.ts';
import { InvoiceList } from './invoice-list.tsx';
import { formatDate } from './money.ts';
import { PlanList } from './plan-list.tsx';
import { StandingNotice } from './standing-notice.tsx';
import { UsageBars } from './usage-bars.tsx';

const POLL_MS = 1000;
const WAIT_MS = 30_000;

function planStatus(billing: Billing): string {
  if (billing.plan.id === 'free') return 'No payment needed.';
  if (billing.standing !== 'good') return 'A payment is due — see above.';
  if (billing.cancelAtPeriodEnd && billing.period.end) return `Ends on ${formatDate(billing.period.end)}; after that your account moves to the Free plan. Nothing is deleted.`;
  if (billing.status === 'trialing') return billing.renewsAt ? `Free trial until ${formatDate(billing.renewsAt)}.` : 'Free trial.';
  if (billing.renewsAt) return `Renews on ${formatDate(billing.renewsAt)}.`;
  return '';
}

/** What the return from Checkout says: waiting, confirmed, slow, or cancelled. */
function CheckoutOutcome({ outcome, billing, isWaiting, isSlow, onCheckAgain }: { outcome: string | null; billing: Billing; isWaiting: boolean; isSlow: boolean; onCheckAgain: () => void }) {
  if (outcome === 'cancelled') return <Alert tone="info" title="Checkout cancelled">Nothing was charged, and your plan is unchanged.</Alert>;
  if (outcome !== 'done') return null;
  if (isWaiting)
    return (
      <div role="status" className="flex items-center gap-3 rounded-control border border-brand-100 bg-brand-50 p-3 text-small text-brand-800" data-testid="checkout-waiting">
        <Spinner />
        <p>Thanks — confirming your payment…</p>
      </div>
    );
  if (isSlow)
    return (
      <Alert tone="warning" title="Your payment is still being confirmed">
        <p>This is taking longer than usual. There is no need to pay again: this page shows your new plan as soon as the payment is confirmed.</p>
        <Button size="sm" variant="secondary" className="mt-3" onClick={onCheckAgain}>
          Check again
        </Button>
      </Alert>
    );
  return (
    <Alert tone="success" title="Payment confirmed" testId="checkout-confirmed">
      You are now on the {billing.plan.name} plan.
    </Alert>
  );
}

export function BillingScreen() {
  const [search] = useSearchParams();
  const outcome = search.get('checkout');
  const suggested = search.get('suggest');
  const [pending] = useState(pendingCheckout);
  const [isSlow, setSlow] = useState(false);
  const [waitStartedAt, setWaitStartedAt] = useState(() => Date.now());
  const [isConfirmed, setConfirmed] = useState(false);
  const isWaiting = outcome === 'done' && !isConfirmed && !isSlow;
  const billing = useBilling(isWaiting ? POLL_MS : false);
  const queryClient = useQueryClient();
  const toast = useToast();

  // Confirmed only when the server's plan is no longer the one the person left.
  useEffect(() => {
    if (outcome === 'done' && billing.data && !isConfirmed && isCheckoutConfirmed(billing.data, pending)) {
      setConfirmed(true);
      setSlow(false);
      forgetCheckout();
    }
  }, [outcome, billing.data, isConfirmed, pending]);
  useEffect(() => {
    if (!isWaiting) return;
    const timer = setTimeout(() => setSlow(true), Math.max(0, waitStartedAt + WAIT_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [isWaiting, waitStartedAt]);

  const portal = useMutation({
    mutationFn: openBillingPortal,
    onSuccess: ({ url }) => window.location.assign(url),
    onError: (error) => toast(errorMessage(error), 'danger'),
  });
  const checkout = useMutation({
    mutationFn: (plan: SellablePlanId) => startCheckout(plan),
    onSuccess: async ({ url, changed }, plan) => {
      if (changed) {
        await queryClient.invalidateQueries({ queryKey: billingKeys.overview });
        const name = billing.data?.plans.find((candidate) => candidate.id === plan)?.name ?? 'new';
        toast(`Your plan is now ${name}.`, 'success');
        return;
      }
      if (billing.data) rememberCheckout({ from: billing.data.plan.id, to: plan });
      window.location.assign(url);
    },
    onError: (error) => toast(errorMessage(error), 'danger'),
  });

  if (billing.isPending) return <LoadingBlock label="Loading your plan…" />;
  if (billing.isError) return <Alert tone="danger" title="Your plan could not be loaded">{errorMessage(billing.error)}</Alert>;
  const data = billing.data;
  if (!data.enabled)
    return (
      <>
        <PageHeader title="Billing" />
        <Card>
          <CardBody className="space-y-3">
            <p>This PageHub does not take payments: every account has everything included, and there is nothing to pay.</p>
            <Link to="/" className={buttonClasses({ variant: 'secondary' })}>
              Back to your sites
            </Link>
          </CardBody>
        </Card>
      </>
    );

  const openPortal = () => portal.mutate();
  return (
    <>
      <PageHeader
        title="Billing"
        description="Your plan, what you use, and your invoices."
        actions={
          data.hasCustomer ? (
            <Button variant="secondary" isBusy={portal.isPending} onClick={openPortal}>
              Payment method and invoices
            </Button>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <CheckoutOutcome
          outcome={outcome}
          billing={data}
          isWaiting={isWaiting}
          isSlow={isSlow && !isConfirmed}
          onCheckAgain={() => {
            setSlow(false);
            setWaitStartedAt(Date.now());
          }}
        />
        <StandingNotice billing={data} onOpenPortal={openPortal} isPortalBusy={portal.isPending} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <Card className="self-start">
            <CardBody>
              <section aria-labelledby="current-plan-heading" className="space-y-1">
                <h2 id="current-plan-heading" className="text-small font-medium text-ink-muted">
                  Your plan
                </h2>
                <p className="text-headline font-semibold" data-testid="current-plan">
                  {data.plan.name}
                </p>
                <p className="text-small text-ink-muted">{data.mode === 'per-site' ? 'You pay once for each site, on its Publish page.' : planStatus(data)}</p>
              </section>
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              <section aria-labelledby="usage-heading" className="space-y-4">
                <div>
                  <h2 id="usage-heading" className="text-title font-semibold">
                    What you use
                  </h2>
                  <p className="mt-1 text-small text-ink-muted">Monthly allowances count from {formatDate(data.period.start)}{data.period.end ? ` to ${formatDate(data.period.end)}` : ''}.</p>
                </div>
                <UsageBars usage={data.usage} limits={data.limits} />
              </section>
            </CardBody>
          </Card>
        </div>
        {data.plans.length > 0 ? (
          <section aria-labelledby="plans-heading" className="space-y-4">
            <div>
              <h2 id="plans-heading" className="text-title font-semibold">
                Plans
              </h2>
              <p className="mt-1 text-small text-ink-muted">Prices are per month. You can change or cancel at any time; nothing you made is deleted.</p>
            </div>
            <PlanList billing={data} suggested={suggested} busyPlan={checkout.isPending ? (checkout.variables ?? null) : null} onChoose={(plan) => checkout.mutate(plan)} onOpenPortal={openPortal} isPortalBusy={portal.isPending} />
          </section>
        ) : null}
        <Card>
          <CardBody>
            <section aria-labelledby="invoices-heading" className="space-y-3">
              <h2 id="invoices-heading" className="text-title font-semibold">
                Invoices
              </h2>
              <InvoiceList isEnabled={data.hasCustomer} />
            </section>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
