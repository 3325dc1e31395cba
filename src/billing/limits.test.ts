import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { amountOf, effectiveLimits, planAllowing, requireFeature, requireWithin } from './limits.ts';
import { loadPlans } from './plans.ts';

const plans = loadPlans({ STRIPE_PRICE_STARTER: 'price_starter', STRIPE_PRICE_PRO: 'price_pro', STRIPE_PRICE_BUSINESS: 'price_business' });

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the one decision on a limit', () => {
  it('allows up to the ceiling and refuses past it, naming what the plan includes and the cheapest plan that allows more', () => {
    const check = (used: number) => () => requireWithin({ plans, plan: plans.free, limits: plans.free.limits, feature: 'publishedSites', used, canUpgrade: true });
    expect(check(0)).not.toThrow();
    const error = refusal(check(1));
    expect(error.status).toBe(402);
    expect(error.code).toBe('PLAN_LIMIT');
    expect(error.detail).toBe('Your plan includes 1 published site, and you have 1 — Starter includes 3 published sites.');
    expect(error.extra).toEqual({ limit: { feature: 'publishedSites', included: 1, used: 1, plan: 'free', upgrade: { plan: 'starter', name: 'Starter', included: 3 } } });
  });

  it('says "no custom domain" for a ceiling of 0, as the issue words it', () => {
    const error = refusal(() => requireWithin({ plans, plan: plans.free, limits: plans.free.limits, feature: 'customDomains', used: 0, canUpgrade: true }));
    expect(error.detail).toBe('Your plan includes no custom domain — Starter includes 1 custom domain.');
  });

  it('skips plans that would still be too small, and names none past the biggest (or while nothing is sold)', () => {
    expect(planAllowing(plans, 'free', 'customDomains', 5)?.id).toBe('pro');
    expect(planAllowing(plans, 'business', 'customDomains', 51)).toBeNull();
    const unsold = refusal(() => requireWithin({ plans, plan: plans.free, limits: plans.free.limits, feature: 'customDomains', used: 0, canUpgrade: false }));
    expect(unsold.detail).toBe('Your plan includes no custom domain.');
    expect((unsold.extra as { limit: { upgrade: unknown } }).limit.upgrade).toBeNull();
  });

  it('counts monthly allowances by what is used this month and storage in bytes added', () => {
    const monthly = refusal(() => requireWithin({ plans, plan: plans.free, limits: plans.free.limits, feature: 'aiEditsPerMonth', used: 50, canUpgrade: false }));
    expect(monthly.detail).toBe('Your plan includes 50 AI edits a month, and you have used 50 this month — more become available when your next month starts.');
    const almostFull = plans.free.limits.storageBytes! - 10;
    expect(() => requireWithin({ plans, plan: plans.free, limits: plans.free.limits, feature: 'storageBytes', used: almostFull, adding: 10, canUpgrade: true })).not.toThrow();
    const storage = refusal(() => requireWithin({ plans, plan: plans.free, limits: plans.free.limits, feature: 'storageBytes', used: almostFull, adding: 11, canUpgrade: true }));
    expect(storage.detail).toBe('Your plan includes 500 MB of storage, and 500 MB is in use — Starter includes 5 GB of storage.');
  });

  it('never refuses an unlimited ceiling', () => {
    expect(() => requireWithin({ plans, plan: plans.unlimited, limits: plans.unlimited.limits, feature: 'sites', used: 1_000_000, canUpgrade: true })).not.toThrow();
    expect(amountOf('sites', null)).toBe('unlimited sites');
  });

  it('lays an operator’s overrides over the plan and ignores values of the wrong kind', () => {
    const limits = effectiveLimits(plans.free, { customDomains: 2, sites: null, badge: false, branchPreviews: 3 as unknown as boolean });
    expect(limits).toMatchObject({ customDomains: 2, sites: null, badge: false, branchPreviews: false, publishedSites: 1 });
  });

  it('refuses a missing feature with the plan that has it', () => {
    const error = refusal(() => requireFeature(plans, plans.starter, plans.starter.limits, 'branchPreviews', true));
    expect(error.detail).toBe('Your plan does not include preview addresses for other versions of a site — Pro does.');
    expect(() => requireFeature(plans, plans.pro, plans.pro.limits, 'branchPreviews', true)).not.toThrow();
  });
});

describe('plans from configuration', () => {
  it('has the issue’s free defaults and ties paid plans to their Stripe prices', () => {
    expect(plans.free.limits).toMatchObject({ publishedSites: 1, customDomains: 0, membersPerSite: 2, aiEditsPerMonth: 50, generationsPerMonth: 5, storageBytes: 500 * 1024 * 1024, badge: true });
    expect(plans.starter.priceId).toBe('price_starter');
    expect(plans.free.priceId).toBeNull();
  });

  it('lays BILLING_PLANS over the built-in plans', () => {
    const custom = loadPlans({ BILLING_PLANS: JSON.stringify({ starter: { name: 'Basic', monthlyPrice: 1200, limits: { customDomains: 3 } } }) });
    expect(custom.starter).toMatchObject({ name: 'Basic', monthlyPrice: 1200, limits: { customDomains: 3, publishedSites: 3 } });
  });

  it('refuses a bad BILLING_PLANS in one line naming the field', () => {
    expect(() => loadPlans({ BILLING_PLANS: '{not json' })).toThrow(/^BILLING_PLANS: expected JSON/);
    expect(() => loadPlans({ BILLING_PLANS: JSON.stringify({ starter: { limits: { customDomains: -1 } } }) })).toThrow(/^BILLING_PLANS: starter\.limits\.customDomains: /);
    expect(() => loadPlans({ BILLING_PLANS: JSON.stringify({ gold: {} }) })).toThrow(/^BILLING_PLANS: /);
    expect(() => loadPlans({ BILLING_PLANS: JSON.stringify({ free: { limits: { unknown: 1 } } }) })).toThrow(/^BILLING_PLANS: free\.limits/);
  });
});
