// What happens in the fake Stripe account when someone pays, fails to pay, changes plan or cancels — each change
// made to the stored objects, then the events Stripe would send, in Stripe's order. Each flow resolves once its
// events were delivered (API calls that trigger a flow answer first and let delivery run behind, as Stripe does).
import { entitlementSummary, featureLookupKeys } from './active-entitlements.ts';
import type { FakeStripeState } from './fake-stripe-state.ts';
import { invalidParam } from './stripe-errors.ts';
import { newId, periodEnd, type Metadata, type StripeInvoice, type StripeSubscription, type SubscriptionStatus } from './stripe-objects.ts';
import { newInvoice, newSubscription } from './subscription-records.ts';
import type { StripeEvent, WebhookSender } from './webhook-sender.ts';

export interface SubscriptionChange {
  itemId?: string;
  priceId?: string;
  cancelAtPeriodEnd?: boolean;
  metadata?: Metadata;
}

export class BillingFlows {
  constructor(
    private readonly state: FakeStripeState,
    private readonly webhooks: WebhookSender,
  ) {}

  async completeCheckout(sessionId: string): Promise<void> {
    const record = this.state.checkout(sessionId);
    const { session } = record;
    if (session.status !== 'open') throw new Error(`fake Stripe: checkout session ${sessionId} is ${session.status}, not open`);
    const customer = session.customer ? this.state.customer(session.customer) : this.state.createCustomer({ email: session.customer_email });
    session.customer = customer.id;
    session.status = 'complete';
    if (session.mode !== 'setup') session.payment_status = 'paid';
    if (session.mode !== 'subscription') {
      if (session.mode === 'payment') session.payment_intent = newId('pi');
      await this.emit(this.webhooks.build('checkout.session.completed', session));
      return;
    }
    const events = this.withEntitlements(customer.id, () => {
      const [line] = record.lineItems;
      if (!line) throw new Error(`fake Stripe: checkout session ${sessionId} has no line items`);
      const subscription = newSubscription(this.state, customer.id, line.price, line.quantity, record.subscriptionMetadata, record.trialDays);
      const invoice = newInvoice(this.state, subscription, 'paid', 'subscription_create');
      if (record.trialDays) {
        Object.assign(invoice, { amount_due: 0, amount_paid: 0, subtotal: 0, total: 0 });
        for (const invoiceLine of invoice.lines.data) invoiceLine.amount = 0;
      }
      session.subscription = subscription.id;
      session.invoice = invoice.id;
      return [
        this.webhooks.build('customer.subscription.created', subscription),
        this.webhooks.build('invoice.paid', invoice),
        this.webhooks.build('checkout.session.completed', session),
      ];
    });
    await this.emit(...events);
  }

  /** The customer never paid: the session expires (Stripe's default is 24 hours). */
  async expireCheckout(sessionId: string): Promise<void> {
    const { session } = this.state.checkout(sessionId);
    if (session.status !== 'open') throw new Error(`fake Stripe: checkout session ${sessionId} is ${session.status}, not open`);
    session.status = 'expired';
    session.url = null;
    await this.emit(this.webhooks.build('checkout.session.expired', session));
  }

  /** A renewal charge fails: an open invoice, the subscription past due. */
  async failPayment(subscriptionId: string): Promise<StripeInvoice> {
    const subscription = this.state.subscription(subscriptionId);
    const invoice = newInvoice(this.state, subscription, 'open', 'subscription_cycle');
    invoice.attempt_count = 1;
    invoice.attempted = true;
    const previous = { status: subscription.status, latest_invoice: subscription.latest_invoice };
    subscription.latest_invoice = invoice.id;
    const events = this.withEntitlements(subscription.customer, () => {
      subscription.status = 'past_due';
      return [this.webhooks.build('invoice.payment_failed', invoice), this.webhooks.build('customer.subscription.updated', subscription, previous)];
    });
    await this.emit(...events);
    return invoice;
  }

  /** A renewal charge needs the customer to confirm it (3-D Secure): an open invoice waiting for them. */
  async requireAction(subscriptionId: string): Promise<StripeInvoice> {
    const subscription = this.state.subscription(subscriptionId);
    const invoice = newInvoice(this.state, subscription, 'open', 'subscription_cycle');
    invoice.attempt_count = 1;
    invoice.attempted = true;
    subscription.latest_invoice = invoice.id;
    await this.emit(this.webhooks.build('invoice.payment_action_required', invoice));
    return invoice;
  }

  /** Pays an invoice (or a subscription's latest open one); the subscription becomes active again. */
  async payInvoice(invoiceOrSubscriptionId: string): Promise<StripeInvoice> {
    const invoice = invoiceOrSubscriptionId.startsWith('sub_') ? this.openInvoiceOf(invoiceOrSubscriptionId) : this.state.invoice(invoiceOrSubscriptionId);
    if (invoice.status === 'paid') throw new Error(`fake Stripe: invoice ${invoice.id} is already paid`);
    invoice.status = 'paid';
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.status_transitions.paid_at = this.state.now();
    const subscription = invoice.subscription ? this.state.subscription(invoice.subscription) : undefined;
    if (!subscription) return this.emit(this.webhooks.build('invoice.paid', invoice)).then(() => invoice);
    const previous = { status: subscription.status };
    const events = this.withEntitlements(subscription.customer, () => {
      subscription.status = 'active';
      return [this.webhooks.build('invoice.paid', invoice), this.webhooks.build('customer.subscription.updated', subscription, previous)];
    });
    await this.emit(...events);
    return invoice;
  }

  /** The next billing period starts and is paid: the period moves on, a paid invoice for it. */
  async renew(subscriptionId: string): Promise<StripeInvoice> {
    const subscription = this.state.subscription(subscriptionId);
    const [item] = subscription.items.data;
    if (!item) throw new Error(`fake Stripe: subscription ${subscriptionId} has no items`);
    const previous = { current_period_start: subscription.current_period_start, current_period_end: subscription.current_period_end, latest_invoice: subscription.latest_invoice };
    const start = subscription.current_period_end;
    this.setPeriod(subscription, start, periodEnd(start, item.price.recurring?.interval ?? 'month'));
    const invoice = newInvoice(this.state, subscription, 'paid', 'subscription_cycle');
    await this.emit(this.webhooks.build('invoice.paid', invoice), this.webhooks.build('customer.subscription.updated', subscription, previous));
    return invoice;
  }

  async setSubscriptionStatus(subscriptionId: string, status: SubscriptionStatus): Promise<void> {
    if (status === 'canceled') return this.cancel(subscriptionId);
    const subscription = this.state.subscription(subscriptionId);
    const previous = { status: subscription.status };
    const events = this.withEntitlements(subscription.customer, () => {
      subscription.status = status;
      return [this.webhooks.build('customer.subscription.updated', subscription, previous)];
    });
    await this.emit(...events);
  }

  async changePlan(subscriptionId: string, priceId: string): Promise<void> {
    await this.updateSubscription(subscriptionId, { priceId });
  }

  /** A change through the API or the portal; the promise is the delivery of its events. */
  updateSubscription(subscriptionId: string, change: SubscriptionChange): Promise<unknown> {
    const subscription = this.state.subscription(subscriptionId);
    const item = change.itemId ? subscription.items.data.find((candidate) => candidate.id === change.itemId) : subscription.items.data[0];
    if (!item) throw invalidParam('items[0][id]', `Invalid subscription_item id: ${change.itemId ?? ''}`, 'resource_missing');
    const price = change.priceId ? this.state.price(change.priceId, 'items[0][price]') : undefined;
    if (price && !price.recurring) throw invalidParam('items[0][price]', `The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`);
    const previous: Record<string, unknown> = {};
    const events = this.withEntitlements(subscription.customer, () => {
      if (price && price.id !== item.price.id) {
        previous.items = structuredClone(subscription.items);
        item.price = structuredClone(price);
      }
      if (change.cancelAtPeriodEnd !== undefined && change.cancelAtPeriodEnd !== subscription.cancel_at_period_end) {
        Object.assign(previous, { cancel_at_period_end: subscription.cancel_at_period_end, cancel_at: subscription.cancel_at, canceled_at: subscription.canceled_at });
        subscription.cancel_at_period_end = change.cancelAtPeriodEnd;
        subscription.cancel_at = change.cancelAtPeriodEnd ? subscription.current_period_end : null;
        subscription.canceled_at = change.cancelAtPeriodEnd ? this.state.now() : null;
      }
      if (change.metadata) {
        previous.metadata = { ...subscription.metadata };
        subscription.metadata = mergeMetadata(subscription.metadata, change.metadata);
      }
      return Object.keys(previous).length > 0 ? [this.webhooks.build('customer.subscription.updated', subscription, previous)] : [];
    });
    return this.emit(...events);
  }

  /** Ends the subscription now (what Stripe does at period end after cancel_at_period_end, or on DELETE). */
  cancel(subscriptionId: string): Promise<void> {
    const subscription = this.state.subscription(subscriptionId);
    if (subscription.status === 'canceled') return Promise.resolve();
    const events = this.withEntitlements(subscription.customer, () => {
      subscription.status = 'canceled';
      subscription.canceled_at ??= this.state.now();
      subscription.ended_at = this.state.now();
      return [this.webhooks.build('customer.subscription.deleted', subscription)];
    });
    return this.emit(...events).then(() => undefined);
  }

  async trialWillEnd(subscriptionId: string): Promise<void> {
    await this.emit(this.webhooks.build('customer.subscription.trial_will_end', this.state.subscription(subscriptionId)));
  }

  private setPeriod(subscription: StripeSubscription, start: number, end: number): void {
    subscription.current_period_start = start;
    subscription.current_period_end = end;
    for (const item of subscription.items.data) Object.assign(item, { current_period_start: start, current_period_end: end });
  }

  private openInvoiceOf(subscriptionId: string): StripeInvoice {
    const subscription = this.state.subscription(subscriptionId);
    const invoice = [...this.state.invoices.values()].reverse().find((candidate) => candidate.subscription === subscription.id && candidate.status === 'open');
    if (!invoice) throw new Error(`fake Stripe: subscription ${subscriptionId} has no open invoice`);
    return invoice;
  }

  /** Runs a change; if the customer's features moved, adds Stripe's entitlement summary event after its events. */
  private withEntitlements(customer: string, change: () => StripeEvent[]): StripeEvent[] {
    const before = featureLookupKeys(this.state, customer).join(',');
    const events = change();
    if (featureLookupKeys(this.state, customer).join(',') === before) return events;
    return [...events, this.webhooks.build('entitlements.active_entitlement_summary.updated', entitlementSummary(this.state, customer))];
  }

  private emit(...events: StripeEvent[]): Promise<unknown> {
    let delivered: Promise<unknown> = this.webhooks.idle();
    for (const event of events) delivered = this.webhooks.emit(event);
    return delivered;
  }
}

/** Stripe's metadata update: keys merge, an empty value removes the key. */
export function mergeMetadata(current: Metadata, change: Metadata): Metadata {
  const merged = { ...current, ...change };
  for (const [key, value] of Object.entries(change)) if (value === '') delete merged[key];
  return merged;
}
