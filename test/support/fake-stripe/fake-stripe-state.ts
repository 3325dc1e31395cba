// Everything the fake Stripe account holds, and the look-ups that answer "No such …" as Stripe does.
import { noSuch } from './stripe-errors.ts';
import {
  newId,
  priceFromSeed,
  unixSeconds,
  type Metadata,
  type PriceSeed,
  type StripeCheckoutSession,
  type StripeCustomer,
  type StripeInvoice,
  type StripePortalSession,
  type StripePrice,
  type StripeSubscription,
} from './stripe-objects.ts';

/** A checkout session with what Stripe keeps for completing it. */
export interface CheckoutRecord {
  session: StripeCheckoutSession;
  lineItems: Array<{ price: StripePrice; quantity: number }>;
  subscriptionMetadata: Metadata;
  /** `subscription_data[trial_period_days]`: the subscription starts trialing, its first invoice is 0. */
  trialDays: number | undefined;
  paymentIntentMetadata: Metadata;
}

/** A usage event Stripe accepted (a repeated identifier is refused or dropped, never counted twice). */
export interface AcceptedMeterEvent {
  eventName: string;
  identifier: string;
  customer: string | null;
  value: number;
  /** Unix seconds. */
  timestamp: number;
  payload: Record<string, string>;
  via: 'v1' | 'v2-stream';
}

export class FakeStripeState {
  readonly customers = new Map<string, StripeCustomer>();
  readonly prices = new Map<string, StripePrice>();
  readonly checkouts = new Map<string, CheckoutRecord>();
  readonly subscriptions = new Map<string, StripeSubscription>();
  readonly invoices = new Map<string, StripeInvoice>();
  readonly portalSessions = new Map<string, StripePortalSession>();
  readonly meterEvents: AcceptedMeterEvent[] = [];
  readonly meterIdentifiers = new Set<string>();
  /** Meter event session tokens → expiry (unix seconds). */
  readonly meterSessionTokens = new Map<string, number>();
  readonly customerFeatures = new Map<string, string[]>();
  failingMeterRequests = 0;
  private invoiceCount = 0;

  constructor(
    readonly clock: () => Date,
    readonly origin: string,
    readonly priceFeatures: Record<string, string[]>,
    prices: PriceSeed[],
  ) {
    for (const seed of prices) this.prices.set(seed.id, priceFromSeed(seed, this.now()));
  }

  now(): number {
    return unixSeconds(this.clock());
  }

  customer(id: string, param = 'id'): StripeCustomer {
    return found(this.customers.get(id), 'customer', id, param);
  }
  price(id: string, param = 'id'): StripePrice {
    return found(this.prices.get(id), 'price', id, param);
  }
  checkout(id: string, param = 'id'): CheckoutRecord {
    return found(this.checkouts.get(id), 'checkout.session', id, param);
  }
  subscription(id: string, param = 'id'): StripeSubscription {
    return found(this.subscriptions.get(id), 'subscription', id, param);
  }
  invoice(id: string, param = 'id'): StripeInvoice {
    return found(this.invoices.get(id), 'invoice', id, param);
  }
  portalSession(id: string): StripePortalSession {
    return found(this.portalSessions.get(id), 'billing_portal.session', id, 'id');
  }

  /** Any stored object by id, for `expand[]`. */
  objectById(id: string): unknown {
    for (const store of [this.customers, this.subscriptions, this.invoices, this.prices, this.portalSessions]) {
      const object = (store as Map<string, unknown>).get(id);
      if (object) return object;
    }
    return this.checkouts.get(id)?.session;
  }

  createCustomer(fields: { email?: string | null; name?: string | null; metadata?: Metadata; description?: string | null }): StripeCustomer {
    const customer: StripeCustomer = {
      id: newId('cus'),
      object: 'customer',
      created: this.now(),
      email: fields.email ?? null,
      name: fields.name ?? null,
      description: fields.description ?? null,
      metadata: fields.metadata ?? {},
      balance: 0,
      currency: null,
      delinquent: false,
      invoice_prefix: newId('x').slice(2, 10).toUpperCase(),
      livemode: false,
    };
    this.customers.set(customer.id, customer);
    return customer;
  }

  nextInvoiceNumber(customer: StripeCustomer): string {
    this.invoiceCount += 1;
    return `${customer.invoice_prefix}-${String(this.invoiceCount).padStart(4, '0')}`;
  }

  /** Newest first, as Stripe lists. */
  subscriptionsOf(customer: string | undefined): StripeSubscription[] {
    return [...this.subscriptions.values()].filter((subscription) => !customer || subscription.customer === customer).reverse();
  }
  invoicesOf(customer: string | undefined): StripeInvoice[] {
    return [...this.invoices.values()].filter((invoice) => !customer || invoice.customer === customer).reverse();
  }
}

function found<Value>(value: Value | undefined, kind: string, id: string, param: string): Value {
  if (value === undefined) throw noSuch(kind, id, param);
  return value;
}
