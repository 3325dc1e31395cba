// The Stripe objects the fake keeps, in Stripe's wire shape (the fields PageHub reads, with Stripe's names, id
// prefixes, `object` tags, unix-second times and `livemode: false`), and the list envelope Stripe answers with.
import { randomBytes } from 'node:crypto';

export type Metadata = Record<string, string>;

export function newId(prefix: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return `${prefix}_${[...randomBytes(24)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

export const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

export interface StripeCustomer {
  id: string;
  object: 'customer';
  created: number;
  email: string | null;
  name: string | null;
  description: string | null;
  metadata: Metadata;
  balance: number;
  currency: string | null;
  delinquent: boolean;
  invoice_prefix: string;
  livemode: false;
}

export interface StripePrice {
  id: string;
  object: 'price';
  active: boolean;
  created: number;
  currency: string;
  livemode: false;
  lookup_key: string | null;
  metadata: Metadata;
  nickname: string | null;
  product: string;
  recurring: { interval: 'month' | 'year'; interval_count: 1; usage_type: 'licensed'; meter: null } | null;
  type: 'recurring' | 'one_time';
  unit_amount: number;
  billing_scheme: 'per_unit';
}

export interface StripeSubscriptionItem {
  id: string;
  object: 'subscription_item';
  created: number;
  current_period_start: number;
  current_period_end: number;
  metadata: Metadata;
  price: StripePrice;
  quantity: number;
  subscription: string;
}

export type SubscriptionStatus = 'incomplete' | 'incomplete_expired' | 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'paused';

export interface StripeSubscription {
  id: string;
  object: 'subscription';
  created: number;
  start_date: number;
  status: SubscriptionStatus;
  customer: string;
  currency: string;
  items: StripeList<StripeSubscriptionItem>;
  current_period_start: number;
  current_period_end: number;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  canceled_at: number | null;
  ended_at: number | null;
  trial_start: number | null;
  trial_end: number | null;
  collection_method: 'charge_automatically';
  latest_invoice: string | null;
  metadata: Metadata;
  livemode: false;
}

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';

export interface StripeInvoice {
  id: string;
  object: 'invoice';
  created: number;
  number: string;
  status: InvoiceStatus;
  customer: string;
  currency: string;
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  subtotal: number;
  total: number;
  attempt_count: number;
  attempted: boolean;
  billing_reason: 'subscription_create' | 'subscription_cycle' | 'subscription_update' | 'manual';
  collection_method: 'charge_automatically';
  hosted_invoice_url: string;
  invoice_pdf: string;
  period_start: number;
  period_end: number;
  parent: { type: 'subscription_details'; quote_details: null; subscription_details: { subscription: string; metadata: Metadata } } | null;
  /** Where readers of API versions before 2025-03 look; API 2025+ moved it under `parent.subscription_details`. */
  subscription: string | null;
  status_transitions: { finalized_at: number | null; paid_at: number | null; voided_at: null; marked_uncollectible_at: null };
  lines: StripeList<{ id: string; object: 'line_item'; amount: number; currency: string; description: string; quantity: number; period: { start: number; end: number }; pricing: { type: 'price_details'; price_details: { price: string; product: string } } }>;
  metadata: Metadata;
  livemode: false;
}

export type CheckoutMode = 'payment' | 'subscription' | 'setup';

export interface StripeCheckoutSession {
  id: string;
  object: 'checkout.session';
  created: number;
  expires_at: number;
  mode: CheckoutMode;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid' | 'no_payment_required';
  customer: string | null;
  customer_email: string | null;
  client_reference_id: string | null;
  success_url: string | null;
  cancel_url: string | null;
  url: string | null;
  metadata: Metadata;
  subscription: string | null;
  invoice: string | null;
  payment_intent: string | null;
  currency: string | null;
  amount_subtotal: number | null;
  amount_total: number | null;
  livemode: false;
}

export interface StripePortalSession {
  id: string;
  object: 'billing_portal.session';
  configuration: string;
  created: number;
  customer: string;
  customer_account: null;
  flow: null;
  locale: null;
  on_behalf_of: null;
  return_url: string | null;
  url: string;
  livemode: false;
}

export interface StripeList<Item> {
  object: 'list';
  data: Item[];
  has_more: boolean;
  url: string;
}

export function list<Item>(url: string, data: Item[], hasMore = false): StripeList<Item> {
  return { object: 'list', data, has_more: hasMore, url };
}

/** A page of `items` (newest first already) after `limit` and `starting_after`, as Stripe lists do. */
export function page<Item extends { id: string }>(url: string, items: Item[], limitText: string | undefined, startingAfter: string | undefined): StripeList<Item> {
  const limit = Math.min(100, Math.max(1, Number(limitText ?? 10) || 10));
  const start = startingAfter ? items.findIndex((item) => item.id === startingAfter) + 1 : 0;
  const data = items.slice(start, start + limit);
  return list(url, data, start + limit < items.length);
}

export interface PriceSeed {
  id: string;
  unitAmount: number;
  lookupKey?: string;
  currency?: string;
  /** 'month' (the default) or 'year' for a plan; null for a one-time price. */
  interval?: 'month' | 'year' | null;
  product?: string;
  nickname?: string;
}

export function priceFromSeed(seed: PriceSeed, created: number): StripePrice {
  const interval = seed.interval === undefined ? 'month' : seed.interval;
  return {
    id: seed.id,
    object: 'price',
    active: true,
    created,
    currency: seed.currency ?? 'usd',
    livemode: false,
    lookup_key: seed.lookupKey ?? null,
    metadata: {},
    nickname: seed.nickname ?? null,
    product: seed.product ?? `prod_${seed.id.replace(/^price_/, '')}`,
    recurring: interval ? { interval, interval_count: 1, usage_type: 'licensed', meter: null } : null,
    type: interval ? 'recurring' : 'one_time',
    unit_amount: seed.unitAmount,
    billing_scheme: 'per_unit',
  };
}

/** One billing period later, by calendar month or year (Stripe clamps the 31st to the month's last day). */
export function periodEnd(start: number, interval: 'month' | 'year'): number {
  const date = new Date(start * 1000);
  const day = date.getUTCDate();
  const months = interval === 'month' ? 1 : 12;
  const end = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return unixSeconds(end);
}
