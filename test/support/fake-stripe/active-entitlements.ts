// Stripe Entitlements as the fake decides them: the features of the prices on a customer's live subscriptions
// (`priceFeatures`), unless a test set the customer's features outright.
import type { FakeStripeState } from './fake-stripe-state.ts';
import { list, type StripeList } from './stripe-objects.ts';

export interface StripeActiveEntitlement {
  id: string;
  object: 'entitlements.active_entitlement';
  feature: string;
  livemode: false;
  lookup_key: string;
}

/** Subscriptions in these states grant their features; canceled, unpaid, incomplete and paused ones do not. */
const GRANTING = new Set(['active', 'trialing', 'past_due']);

export function featureLookupKeys(state: FakeStripeState, customer: string): string[] {
  const override = state.customerFeatures.get(customer);
  if (override) return [...override];
  const keys = new Set<string>();
  for (const subscription of state.subscriptionsOf(customer)) {
    if (!GRANTING.has(subscription.status)) continue;
    for (const item of subscription.items.data) for (const key of state.priceFeatures[item.price.id] ?? []) keys.add(key);
  }
  return [...keys].sort();
}

export function activeEntitlements(state: FakeStripeState, customer: string): StripeActiveEntitlement[] {
  return featureLookupKeys(state, customer).map((lookupKey) => ({
    id: `ent_${stableSuffix(`${customer}/${lookupKey}`)}`,
    object: 'entitlements.active_entitlement',
    feature: `feat_${stableSuffix(lookupKey)}`,
    livemode: false,
    lookup_key: lookupKey,
  }));
}

/** The object of an `entitlements.active_entitlement_summary.updated` event. */
export function entitlementSummary(state: FakeStripeState, customer: string): { object: 'entitlements.active_entitlement_summary'; customer: string; entitlements: StripeList<StripeActiveEntitlement>; livemode: false } {
  return {
    object: 'entitlements.active_entitlement_summary',
    customer,
    entitlements: list(`/v1/entitlements/active_entitlements?customer=${customer}`, activeEntitlements(state, customer)),
    livemode: false,
  };
}

function stableSuffix(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `test_${hash.toString(36)}${text.length.toString(36)}`;
}
