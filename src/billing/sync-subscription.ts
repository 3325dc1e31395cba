// Applies a subscription as Stripe says it is *now* (re-fetched, never taken from the event that announced it), so
// events can arrive in any order: an `updated` after `deleted` re-reads a cancelled subscription and changes nothing.
import type Stripe from 'stripe';
import { accountOfCustomer, readAccount, updateAccount } from './accounts.ts';
import { planOfPrice, type BillingContext } from './billing-context.ts';
import { reconcileStanding } from './site-pauses.ts';
import { FINAL_STATUSES } from './standing.ts';
import { idOf, periodOf } from './stripe-client.ts';

const LIVE = new Set(['active', 'trialing', 'past_due', 'unpaid', 'incomplete']);

/** Re-fetches subscription `id` and applies it to its customer's account; returns the account's user id, or null for a customer we don't know. */
export async function syncSubscription(ctx: BillingContext, id: string): Promise<string | null> {
  const subscription = await ctx.stripe!.subscriptions.retrieve(id);
  return applySubscription(ctx, subscription);
}

export async function applySubscription(ctx: BillingContext, subscription: Stripe.Subscription): Promise<string | null> {
  const { db, clock, plans } = ctx;
  const customerId = idOf(subscription.customer);
  const userId = customerId ? await accountOfCustomer(db, customerId) : null;
  if (!userId) {
    ctx.logger.warn({ subscription: subscription.id, customer: customerId }, 'Billing: a subscription of a Stripe customer PageHub does not know; ignored');
    return null;
  }
  const account = await readAccount(db, userId);
  // An old subscription ending must not undo the person's current, live one.
  if (account.subscriptionId && account.subscriptionId !== subscription.id && LIVE.has(account.status) && !LIVE.has(subscription.status)) return userId;
  const now = clock();
  const price = subscription.items.data[0]?.price ?? null;
  const plan = planOfPrice(plans, price);
  if (price && !plan) ctx.logger.warn({ subscription: subscription.id, price: price.id }, 'Billing: a subscription to a price no plan sells (set STRIPE_PRICE_STARTER/PRO/BUSINESS); the account stays on its plan');
  const period = periodOf(subscription);
  const failing = subscription.status === 'past_due' || (FINAL_STATUSES.has(subscription.status) && account.pastDueSince !== null);
  await updateAccount(
    db,
    userId,
    {
      status: subscription.status,
      subscriptionId: subscription.id,
      priceId: price?.id ?? null,
      ...(plan ? { plan } : {}),
      periodStart: period.start,
      periodEnd: period.end,
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      trialEnd: subscription.trial_end ? new Date(subscription.trial_end * 1000) : null,
      // The first failure starts the grace period; a repeated failure keeps its date; a paid or voluntarily ended
      // subscription clears it.
      pastDueSince: failing ? (account.pastDueSince ?? now) : null,
      readOnlySince: failing ? account.readOnlySince : null,
    },
    now,
  );
  await reconcileStanding(ctx, userId);
  return userId;
}
