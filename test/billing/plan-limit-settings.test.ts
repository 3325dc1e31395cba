// The Settings screen's limits per plan, as billing applies them: over the plan's own (built-in or BILLING_PLANS),
// before an account's own overrides; and the plan and limit names the setting accepts are billing's.
import { describe, expect, it } from 'vitest';
import { LIMIT_SETTING_FEATURES, LIMIT_SETTING_PLANS, PlanLimitSettingsSchema } from '../../src/admin/index.ts';
import { COUNTED_FEATURES, loadPlans, PLAN_IDS, plansWithOverrides } from '../../src/billing/index.ts';

const plans = loadPlans({});

describe('limits per plan over the plans', () => {
  it('names the same plans and limits as billing', () => {
    expect([...LIMIT_SETTING_PLANS].sort()).toEqual([...PLAN_IDS, 'unlimited'].sort());
    expect([...LIMIT_SETTING_FEATURES].sort()).toEqual([...COUNTED_FEATURES].sort());
    expect(Object.keys(plans).sort()).toEqual([...LIMIT_SETTING_PLANS].sort());
  });

  it('lays a ceiling (or none) over one plan and leaves the rest as they were', () => {
    const laid = plansWithOverrides(plans, { free: { sites: 1, aiEditsPerMonth: null }, pro: {} });
    expect(laid.free.limits).toEqual({ ...plans.free.limits, sites: 1, aiEditsPerMonth: null });
    expect(laid.pro).toBe(plans.pro);
    expect(laid.starter).toBe(plans.starter);
    expect(plans.free.limits.sites).toBe(3); // the plans themselves are not changed
    expect(plansWithOverrides(plans, {})).toBe(plans);
    expect(plansWithOverrides(plans, undefined)).toBe(plans);
  });

  it('ignores what does not fit, in case an older value is stored', () => {
    const laid = plansWithOverrides(plans, { free: { sites: -2, customDomains: 1.5, rockets: 3 } as never, gold: { sites: 1 } } as never);
    expect(laid.free.limits).toEqual(plans.free.limits);
    expect('gold' in laid).toBe(false);
  });

  it('accepts whole numbers and null, and names the field of anything else', () => {
    expect(PlanLimitSettingsSchema.safeParse({ business: { storageBytes: 1024, sites: null } }).success).toBe(true);
    const bad = PlanLimitSettingsSchema.safeParse({ free: { sites: -1 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['free', 'sites']);
    expect(PlanLimitSettingsSchema.safeParse({ gold: {} }).success).toBe(false);
  });
});
