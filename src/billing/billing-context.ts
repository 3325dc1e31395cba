// What every part of billing works with: the database, the Stripe SDK (null while billing is off), the plans in force,
// the configuration, the clock, the log, the mailer and the site servers' refresh.
import type Stripe from 'stripe';
import type { Mailer } from '../auth/index.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/index.ts';
import type { BillingAccountRow } from './accounts.ts';
import { effectiveLimits } from './limits.ts';
import { PLAN_IDS, type Plan, type PlanId, type PlanLimits } from './plans.ts';

export interface BillingContext {
  db: Db;
  stripe: Stripe | null;
  plans: Record<PlanId, Plan>;
  config: Config;
  clock: () => Date;
  logger: Logger;
  mailer?: Mailer | undefined;
  /** Called after sites were paused or brought back, so this process's site server is current. */
  onHostsChanged?: ((siteId: string) => Promise<void>) | undefined;
}

/** Features granted one by one in Stripe (by lookup key), beside the plans' own. */
export const EXTRA_FEATURES = { branchPreviews: 'pagehub-branch-previews', noBadge: 'pagehub-no-badge' } as const;

/** The plan a Stripe price sells, by the configured price id or by a lookup key naming the plan. */
export function planOfPrice(plans: Record<PlanId, Plan>, price: { id: string; lookup_key?: string | null } | null): PlanId | null {
  if (!price) return null;
  for (const id of PLAN_IDS) {
    const plan = plans[id];
    if (plan.priceId === price.id || (price.lookup_key && (price.lookup_key === id || price.lookup_key === plan.featureKey))) return id;
  }
  return null;
}

/**
 * The plan an account is on: BILLING_DEFAULT_PLAN while billing is off; otherwise the best plan Stripe's entitlements
 * grant, or, where Stripe grants no plan feature, the plan of the subscription's price while it is live; else free.
 */
export function planOf(ctx: Pick<BillingContext, 'plans' | 'config'>, account: BillingAccountRow): Plan {
  const { plans, config } = ctx;
  if (config.billingMode !== 'subscription') return plans[config.billingMode === 'off' ? config.BILLING_DEFAULT_PLAN : 'unlimited'];
  // Stripe grants features through a live subscription; once it has ended, features Stripe has not yet withdrawn
  // (their event may come later) grant nothing.
  const live = ['active', 'trialing', 'past_due', 'unpaid'].includes(account.status);
  if (account.features && live) {
    const granted = [...PLAN_IDS].reverse().find((id) => account.features!.includes(plans[id].featureKey));
    if (granted) return plans[granted];
  }
  return live && PLAN_IDS.includes(account.plan as (typeof PLAN_IDS)[number]) ? plans[account.plan as PlanId] : plans.free;
}

/** The account's limits: its plan's, the features Stripe grants one by one, and an operator's overrides. */
export function limitsOf(ctx: Pick<BillingContext, 'plans' | 'config'>, account: BillingAccountRow): PlanLimits {
  const limits = effectiveLimits(planOf(ctx, account), null);
  if (ctx.config.billingMode === 'subscription' && account.features && ['active', 'trialing', 'past_due', 'unpaid'].includes(account.status)) {
    if (account.features.includes(EXTRA_FEATURES.branchPreviews)) limits.branchPreviews = true;
    if (account.features.includes(EXTRA_FEATURES.noBadge)) limits.badge = false;
  }
  return effectiveLimits({ ...planOf(ctx, account), limits }, account.overrides);
}
