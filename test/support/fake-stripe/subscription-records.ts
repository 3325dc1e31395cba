// New subscriptions and invoices, as Stripe creates them: periods from the price's interval, the subscription
// reference where API 2025+ puts it (`parent.subscription_details`) and where older readers look (`subscription`).
import type { FakeStripeState } from './fake-stripe-state.ts';
import { list, newId, periodEnd, type Metadata, type StripeInvoice, type StripePrice, type StripeSubscription } from './stripe-objects.ts';

export function newSubscription(state: FakeStripeState, customer: string, price: StripePrice, quantity: number, metadata: Metadata, trialDays: number | undefined): StripeSubscription {
  const now = state.now();
  const trialEnd = trialDays ? now + trialDays * 86400 : null;
  const end = trialEnd ?? periodEnd(now, price.recurring?.interval ?? 'month');
  const id = newId('sub');
  const subscription: StripeSubscription = {
    id,
    object: 'subscription',
    created: now,
    start_date: now,
    status: trialEnd ? 'trialing' : 'active',
    customer,
    currency: price.currency,
    items: list(`/v1/subscription_items?subscription=${id}`, [
      { id: newId('si'), object: 'subscription_item', created: now, current_period_start: now, current_period_end: end, metadata: {}, price: structuredClone(price), quantity, subscription: id },
    ]),
    current_period_start: now,
    current_period_end: end,
    cancel_at_period_end: false,
    cancel_at: null,
    canceled_at: null,
    ended_at: null,
    trial_start: trialEnd ? now : null,
    trial_end: trialEnd,
    collection_method: 'charge_automatically',
    latest_invoice: null,
    metadata: { ...metadata },
    livemode: false,
  };
  state.subscriptions.set(id, subscription);
  return subscription;
}

export function newInvoice(state: FakeStripeState, subscription: StripeSubscription, status: 'paid' | 'open', reason: StripeInvoice['billing_reason']): StripeInvoice {
  const now = state.now();
  const [item] = subscription.items.data;
  const amount = item ? item.price.unit_amount * item.quantity : 0;
  const id = newId('in');
  const invoice: StripeInvoice = {
    id,
    object: 'invoice',
    created: now,
    number: state.nextInvoiceNumber(state.customer(subscription.customer)),
    status,
    customer: subscription.customer,
    currency: subscription.currency,
    amount_due: amount,
    amount_paid: status === 'paid' ? amount : 0,
    amount_remaining: status === 'paid' ? 0 : amount,
    subtotal: amount,
    total: amount,
    attempt_count: status === 'paid' ? 1 : 0,
    attempted: status === 'paid',
    billing_reason: reason,
    collection_method: 'charge_automatically',
    hosted_invoice_url: `${state.origin}/invoice/${id}`,
    invoice_pdf: `${state.origin}/invoice/${id}/pdf`,
    period_start: subscription.current_period_start,
    period_end: subscription.current_period_end,
    parent: { type: 'subscription_details', quote_details: null, subscription_details: { subscription: subscription.id, metadata: { ...subscription.metadata } } },
    subscription: subscription.id,
    status_transitions: { finalized_at: now, paid_at: status === 'paid' ? now : null, voided_at: null, marked_uncollectible_at: null },
    lines: list(`/v1/invoices/${id}/lines`, item ? [{
      id: newId('il'),
      object: 'line_item',
      amount,
      currency: subscription.currency,
      description: `${item.quantity} × ${item.price.nickname ?? item.price.lookup_key ?? item.price.id}`,
      quantity: item.quantity,
      period: { start: subscription.current_period_start, end: subscription.current_period_end },
      pricing: { type: 'price_details', price_details: { price: item.price.id, product: item.price.product } },
    }] : []),
    metadata: {},
    livemode: false,
  };
  state.invoices.set(id, invoice);
  subscription.latest_invoice = id;
  return invoice;
}
