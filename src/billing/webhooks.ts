// POST /api/billing/webhook: the raw body's Stripe-Signature is verified with each configured secret (rotation),
// within 300 s; the event is stored by id before anything is done (a replay changes nothing); then the state it
// announces is re-fetched from Stripe and applied. Events PageHub doesn't act on are acknowledged.
import type Stripe from 'stripe';
import { AppError } from '../errors.ts';
import type { Mail } from '../auth/index.ts';
import { accountOfCustomer, linkCustomer, readAccount, updateAccount, type BillingAccountRow } from './accounts.ts';
import type { BillingContext } from './billing-context.ts';
import { paymentActionMail, paymentFailedMail, trialEndingMail } from './dunning-mail.ts';
import { periodsOf } from './site-pauses.ts';
import { markSitePaid } from './site-payments.ts';
import { standingAt } from './standing.ts';
import { idOf, subscriptionOfInvoice } from './stripe-client.ts';
import { syncSubscription } from './sync-subscription.ts';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.trial_will_end',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.payment_action_required',
  'entitlements.active_entitlement_summary.updated',
] as const;

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

/** Verifies the signature with every configured secret; throws WEBHOOK_SIGNATURE_INVALID (logged) when none accepts it. */
export function verifyEvent(ctx: BillingContext, rawBody: string, signature: string | undefined): Stripe.Event {
  const secrets = (ctx.config.STRIPE_WEBHOOK_SECRET ?? '').split(',').map((secret) => secret.trim()).filter(Boolean);
  let reason = 'no Stripe-Signature header';
  if (signature) {
    for (const secret of secrets) {
      try {
        return ctx.stripe!.webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_SECONDS, undefined, ctx.clock().getTime());
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
    }
  }
  ctx.logger.warn({ reason }, 'Billing: a webhook request failed signature verification and was ignored');
  throw new AppError('WEBHOOK_SIGNATURE_INVALID');
}

/** Stores, then acts on, one verified event. A failure is recorded on the event and thrown (Stripe retries). */
export async function receiveEvent(ctx: BillingContext, event: Stripe.Event): Promise<WebhookOutcome> {
  const { db, clock } = ctx;
  const inserted = await db
    .insertInto('stripe_events')
    .values({ id: event.id, type: event.type, created: new Date(event.created * 1000), received_at: clock(), processed_at: null, error: null, payload: JSON.stringify(event) })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const stored = await db.selectFrom('stripe_events').select(['processed_at']).where('id', '=', event.id).executeTakeFirstOrThrow();
    if (stored.processed_at) return 'duplicate';
  }
  if (!(HANDLED_EVENTS as readonly string[]).includes(event.type)) {
    await db.updateTable('stripe_events').set({ processed_at: clock() }).where('id', '=', event.id).execute();
    return 'ignored';
  }
  try {
    await actOn(ctx, event);
    await db.updateTable('stripe_events').set({ processed_at: clock(), error: null, attempts: (eb) => eb('attempts', '+', 1) }).where('id', '=', event.id).execute();
    return 'processed';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.updateTable('stripe_events').set({ error: message.slice(0, 500), attempts: (eb) => eb('attempts', '+', 1) }).where('id', '=', event.id).execute();
    ctx.logger.error({ err: error, event: event.id, type: event.type }, 'Billing: acting on a Stripe event failed; Stripe will send it again');
    throw error;
  }
}

/** Processes a stored event again (an operator's re-process). */
export async function reprocessEvent(ctx: BillingContext, eventId: string): Promise<boolean> {
  const row = await ctx.db.selectFrom('stripe_events').select('payload').where('id', '=', eventId).executeTakeFirst();
  if (!row) return false;
  const event = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Stripe.Event;
  await ctx.db.updateTable('stripe_events').set({ processed_at: null }).where('id', '=', eventId).execute();
  await receiveEvent(ctx, event);
  return true;
}

async function actOn(ctx: BillingContext, event: Stripe.Event): Promise<void> {
  const stripe = ctx.stripe!;
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = await stripe.checkout.sessions.retrieve(event.data.object.id);
      return completeCheckout(ctx, session);
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      await syncSubscription(ctx, event.data.object.id);
      return;
    case 'customer.subscription.trial_will_end': {
      const userId = await syncSubscription(ctx, event.data.object.id);
      if (userId) await mailOnce(ctx, userId, `trial:${event.data.object.id}:${event.data.object.trial_end ?? ''}`, (to, billingUrl, account) => trialEndingMail({ to, trialEnd: account.trialEnd, billingUrl }));
      return;
    }
    case 'invoice.paid':
    case 'invoice.payment_failed':
    case 'invoice.payment_action_required': {
      const invoice = await stripe.invoices.retrieve(event.data.object.id!);
      const subscriptionId = subscriptionOfInvoice(invoice);
      const userId = subscriptionId ? await syncSubscription(ctx, subscriptionId) : await accountOfCustomer(ctx.db, idOf(invoice.customer) ?? '');
      if (!userId || invoice.status === 'paid') return;
      if (event.type === 'invoice.payment_failed') {
        await mailOnce(ctx, userId, `failed:${invoice.id}`, (to, billingUrl, account) => {
          const { graceEndsAt } = standingAt(account, periodsOf(ctx), ctx.clock());
          return paymentFailedMail({ to, graceEndsAt: graceEndsAt ?? ctx.clock(), billingUrl });
        });
      } else if (event.type === 'invoice.payment_action_required') {
        await mailOnce(ctx, userId, `action:${invoice.id}`, (to, billingUrl) => paymentActionMail({ to, billingUrl }));
      }
      return;
    }
    case 'entitlements.active_entitlement_summary.updated': {
      const customerId = idOf(event.data.object.customer);
      const userId = customerId ? await accountOfCustomer(ctx.db, customerId) : null;
      if (!userId) return;
      const features: string[] = [];
      for await (const entitlement of stripe.entitlements.activeEntitlements.list({ customer: customerId!, limit: 100 })) features.push(entitlement.lookup_key);
      await updateAccount(ctx.db, userId, { features: features.sort() }, ctx.clock());
      return;
    }
    default:
      return;
  }
}

async function completeCheckout(ctx: BillingContext, session: Stripe.Checkout.Session): Promise<void> {
  const customerId = idOf(session.customer);
  if (session.mode === 'payment') {
    const siteId = session.metadata?.siteId;
    if (siteId && session.payment_status === 'paid') await markSitePaid(ctx, siteId, session);
    return;
  }
  const userId = session.client_reference_id;
  if (!userId || !customerId) return;
  const person = await ctx.db.selectFrom('user').select('id').where('id', '=', userId).executeTakeFirst();
  if (!person) {
    ctx.logger.warn({ session: session.id }, 'Billing: a completed checkout names an account that does not exist; ignored');
    return;
  }
  await linkCustomer(ctx.db, userId, customerId, ctx.clock());
  const subscriptionId = idOf(session.subscription);
  if (subscriptionId) await syncSubscription(ctx, subscriptionId);
}

/** Mails the account holder once per `key` (a failed invoice mails once however often Stripe repeats the event). */
async function mailOnce(ctx: BillingContext, userId: string, key: string, compose: (to: string, billingUrl: string, account: BillingAccountRow) => Mail): Promise<void> {
  const account = await readAccount(ctx.db, userId);
  if (account.dunningMailedFor === key || !ctx.mailer) return;
  const person = await ctx.db.selectFrom('user').select('email').where('id', '=', userId).executeTakeFirst();
  if (!person) return;
  await updateAccount(ctx.db, userId, { dunningMailedFor: key }, ctx.clock());
  await ctx.mailer.send(compose(person.email, `${ctx.config.publicUrl}/billing`, account)).catch((error: unknown) => ctx.logger.error({ err: error, userId }, 'Billing: a payment mail could not be sent'));
}
