// The Stripe SDK as configured: api.stripe.com, or STRIPE_API_BASE (a test server answering in Stripe's wire format).
import Stripe from 'stripe';

export interface StripeSettings {
  STRIPE_SECRET_KEY?: string | undefined;
  STRIPE_API_BASE?: string | undefined;
}

export function createStripe({ STRIPE_SECRET_KEY, STRIPE_API_BASE }: StripeSettings): Stripe {
  if (!STRIPE_SECRET_KEY) throw new Error('Billing needs STRIPE_SECRET_KEY');
  const base = STRIPE_API_BASE ? new URL(STRIPE_API_BASE) : null;
  const protocol = base?.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(STRIPE_SECRET_KEY, {
    ...(base ? { host: base.hostname, port: Number(base.port || (protocol === 'http' ? 80 : 443)), protocol } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'PageHub' },
  });
}

/** The id of an expandable Stripe reference (`"cus_…"` or `{ id: "cus_…", … }`). */
export function idOf(reference: string | { id: string } | null | undefined): string | null {
  if (!reference) return null;
  return typeof reference === 'string' ? reference : reference.id;
}

/** The subscription an invoice belongs to (API 2025+: `parent.subscription_details.subscription`). */
export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  const legacy = (invoice as unknown as { subscription?: string | { id: string } | null }).subscription;
  return idOf(invoice.parent?.subscription_details?.subscription ?? legacy ?? null);
}

/** The current period of a subscription (API 2025+ keeps it on each item). */
export function periodOf(subscription: Stripe.Subscription): { start: Date | null; end: Date | null } {
  const item = subscription.items.data[0];
  const legacy = subscription as unknown as { current_period_start?: number; current_period_end?: number };
  const start = item?.current_period_start ?? legacy.current_period_start;
  const end = item?.current_period_end ?? legacy.current_period_end;
  return { start: start ? new Date(start * 1000) : null, end: end ? new Date(end * 1000) : null };
}
