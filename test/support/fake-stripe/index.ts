// A fake Stripe for tests: the real `stripe` SDK talks to it over loopback HTTP in Stripe's wire format; tests drive
// payments, failures, plan changes and cancellations, and receive Stripe's signed webhooks. See fake-stripe.ts.
export { startFakeStripe, type FakeStripe, type FakeStripeOptions, type RecordedStripeRequest } from './fake-stripe.ts';
export type { AcceptedMeterEvent } from './fake-stripe-state.ts';
export type { PriceSeed, StripeInvoice, StripeSubscription, SubscriptionStatus } from './stripe-objects.ts';
export type { SendOptions, SentEvent, StripeEvent } from './webhook-sender.ts';
export { MAX_STREAM_EVENTS } from './meter-event-routes.ts';
