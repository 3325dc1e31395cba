// Plans and payment: one decision for every limit, Stripe checkout, portal, webhooks, dunning, pay-to-publish and
// usage meters. See docs/billing.md.
export { createBilling, type Billing, type BillingDeps, type BillingOverview, type InvoiceSummary } from './create-billing.ts';
export { loadPlans, PLAN_IDS, COUNTED_FEATURES, type CountedFeature, type Plan, type PlanId, type PlanLimits } from './plans.ts';
export { METERS, METER_BATCH_LIMIT, stripeMeterSender, type MeterSender, type PendingMeterEvent, type UsageRecord } from './metering.ts';
export { standingAt, type Standing } from './standing.ts';
export type { LimitOverrides } from './limits.ts';
export { plansWithOverrides, type PlanLimitOverrides } from './plan-overrides.ts';
export { HANDLED_EVENTS, SIGNATURE_TOLERANCE_SECONDS } from './webhooks.ts';
export { BILLING_PAUSE } from './site-pauses.ts';
