// The plans on sale: name, monthly price, the main limits, the current one marked, and Upgrade / Switch. A plan
// that is not on sale here shows no button. Choosing one starts Stripe Checkout (or, with a live subscription,
// changes the plan at once); going back to Free is done in the Customer Portal (cancel).
import { Check, Minus } from 'lucide-react';
import type { Billing, BillingPlan, SellablePlanId } from '../../api/index.ts';
import { Badge, Button, classNames } from '../../ui/index.ts';
import { formatMoney } from './money.ts';
import { planHighlights } from './plan-words.ts';

export interface PlanListProps {
  billing: Billing;
  /** The plan a refusal suggested (`?suggest=`), marked for the person. */
  suggested: string | null;
  /** The plan being started, while its request runs. */
  busyPlan: string | null;
  onChoose: (plan: SellablePlanId) => void;
  onOpenPortal: () => void;
  isPortalBusy: boolean;
}

function PlanCard({ plan, rank, currentRank, isSuggested, hasSubscription, busyPlan, onChoose, onOpenPortal, isPortalBusy }: { plan: BillingPlan; rank: number; currentRank: number; isSuggested: boolean; hasSubscription: boolean } & Omit<PlanListProps, 'billing' | 'suggested'>) {
  const price = plan.monthlyPrice === 0 ? formatMoney(0, plan.currency) : formatMoney(plan.monthlyPrice, plan.currency);
  const isUp = rank > currentRank;
  const headingId = `plan-${plan.id}`;
  let action = null;
  if (plan.current) action = <p className="text-small font-medium text-success">You are on this plan</p>;
  else if (!plan.available) action = <p className="text-small text-ink-muted">Not on sale here</p>;
  else if (plan.id === 'free')
    action = hasSubscription ? (
      <Button variant="secondary" className="w-full" isBusy={isPortalBusy} onClick={onOpenPortal}>
        Switch to Free
      </Button>
    ) : null;
  else
    action = (
      <Button variant={isUp ? 'primary' : 'secondary'} className="w-full" isBusy={busyPlan === plan.id} disabled={busyPlan !== null} onClick={() => onChoose(plan.id as SellablePlanId)}>
        {isUp ? `Upgrade to ${plan.name}` : `Switch to ${plan.name}`}
      </Button>
    );
  return (
    <li
      aria-labelledby={headingId}
      aria-current={plan.current ? 'true' : undefined}
      data-testid={`plan-${plan.id}`}
      className={classNames('flex flex-col gap-4 rounded-card border bg-surface p-5', plan.current ? 'border-2 border-brand-700' : isSuggested ? 'border-2 border-amber-400' : 'border-line')}
    >
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-lead font-semibold">
            {plan.name}
          </h3>
          {plan.current ? <Badge tone="brand">Current plan</Badge> : isSuggested ? <Badge tone="warning">Suggested</Badge> : null}
        </div>
        <p>
          <span className="text-headline font-semibold tabular-nums">{price}</span>
          <span className="text-small text-ink-muted"> a month</span>
        </p>
      </div>
      <ul className="flex-1 space-y-1.5 text-small">
        {planHighlights(plan.limits).map((line) => (
          <li key={line.text} className={classNames('flex gap-2', line.isDrawback && 'text-ink-muted')}>
            {line.isDrawback ? <Minus aria-hidden="true" className="mt-0.5 size-4 shrink-0" /> : <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />}
            <span>{line.text}</span>
          </li>
        ))}
      </ul>
      {action}
    </li>
  );
}

export function PlanList({ billing, suggested, ...actions }: PlanListProps) {
  const currentRank = billing.plans.findIndex((plan) => plan.current);
  const hasSubscription = billing.plan.id !== 'free' && billing.hasCustomer;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {billing.plans.map((plan, rank) => (
        <PlanCard key={plan.id} plan={plan} rank={rank} currentRank={currentRank} isSuggested={plan.id === suggested} hasSubscription={hasSubscription} {...actions} />
      ))}
    </ul>
  );
}
