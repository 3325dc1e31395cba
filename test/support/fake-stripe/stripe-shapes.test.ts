// The fake's objects, checked against the SDK's own types: a misspelt field or a wrong type fails type-checking
// (`npx tsc --noEmit`), and the run below keeps Vitest honest about the file.
import type Stripe from 'stripe';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { StripeActiveEntitlement } from './active-entitlements.ts';
import type {
  StripeCheckoutSession,
  StripeCustomer,
  StripeInvoice,
  StripePortalSession,
  StripePrice,
  StripeSubscription,
  StripeSubscriptionItem,
} from './stripe-objects.ts';
import type { StripeEvent } from './webhook-sender.ts';

/** Every field the fake sets exists in the SDK's type, with a compatible type (fields it leaves out are fine). */
type Fits<Fake, Sdk> = { [Key in keyof Fake]: Key extends keyof Sdk ? FitsValue<Fake[Key], Sdk[Key]> : never };
type FitsValue<Fake, Sdk> = Fake extends null
  ? null extends Sdk ? Fake : never
  : Fake extends object
    ? Fits<Fake, Extract<NonNullable<Sdk>, object>>
    : Fake extends Sdk ? Fake : never;

describe('fake Stripe objects against the SDK types', () => {
  it('uses Stripe’s field names and types', () => {
    expectTypeOf<StripeCustomer>().toExtend<Fits<StripeCustomer, Stripe.Customer>>();
    expectTypeOf<StripePrice>().toExtend<Fits<StripePrice, Stripe.Price>>();
    expectTypeOf<StripeSubscriptionItem>().toExtend<Fits<StripeSubscriptionItem, Stripe.SubscriptionItem>>();
    expectTypeOf<Omit<StripeSubscription, 'current_period_start' | 'current_period_end'>>().toExtend<Fits<Omit<StripeSubscription, 'current_period_start' | 'current_period_end'>, Stripe.Subscription>>();
    expectTypeOf<Omit<StripeInvoice, 'subscription'>>().toExtend<Fits<Omit<StripeInvoice, 'subscription'>, Stripe.Invoice>>();
    expectTypeOf<StripeCheckoutSession>().toExtend<Fits<StripeCheckoutSession, Stripe.Checkout.Session>>();
    expectTypeOf<StripePortalSession>().toExtend<Fits<StripePortalSession, Stripe.BillingPortal.Session>>();
    expectTypeOf<StripeActiveEntitlement>().toExtend<Fits<StripeActiveEntitlement, Stripe.Entitlements.ActiveEntitlement>>();
    expectTypeOf<Omit<StripeEvent, 'data' | 'type'>>().toExtend<Fits<Omit<StripeEvent, 'data' | 'type'>, Stripe.Event>>();
    expect(true).toBe(true);
  });
});
