// Pay-to-publish (BILLING_MODE=per-site): a site is paid for once, through a Checkout session in payment mode, and
// only the verified webhook marks it paid — never the browser's return from Checkout.
import type Stripe from 'stripe';
import type { BillingContext } from './billing-context.ts';
import { idOf } from './stripe-client.ts';

export async function markSitePaid(ctx: BillingContext, siteId: string, session: Stripe.Checkout.Session): Promise<void> {
  const site = await ctx.db.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst();
  if (!site) {
    ctx.logger.warn({ session: session.id, siteId }, 'Billing: a payment for a site that no longer exists');
    return;
  }
  const now = ctx.clock();
  const values = { checkout_session_id: session.id, payment_intent_id: idOf(session.payment_intent), amount: session.amount_total ?? null, currency: session.currency ?? null, paid_at: now };
  await ctx.db
    .insertInto('site_payments')
    .values({ site_id: siteId, ...values })
    .onConflict((oc) => oc.column('site_id').doUpdateSet({ ...values, paid_at: (eb) => eb.fn.coalesce('site_payments.paid_at', eb.val(now)) }))
    .execute();
  ctx.logger.info({ siteId, session: session.id }, 'Billing: a site was paid for; publishing is unlocked');
}

export async function sitePaidAt(ctx: Pick<BillingContext, 'db'>, siteId: string): Promise<Date | null> {
  const row = await ctx.db.selectFrom('site_payments').select('paid_at').where('site_id', '=', siteId).executeTakeFirst();
  return row?.paid_at ?? null;
}
