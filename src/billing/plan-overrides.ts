// Operator-wide limits per plan (the admin panel's Settings): laid over the plans in force (built-in and
// BILLING_PLANS) before any account's own overrides, so every decision, upgrade hint and price list sees them.
import type { CountedFeature, Plan, PlanId } from './plans.ts';

/** Per plan, per counted limit: a ceiling, or null for no ceiling. A plan or limit left out keeps the plan's. */
export type PlanLimitOverrides = Partial<Record<PlanId, Partial<Record<CountedFeature, number | null>>>>;

/** The plans with the operator's limits over them (the same object when there are none). */
export function plansWithOverrides(plans: Record<PlanId, Plan>, overrides: PlanLimitOverrides | null | undefined): Record<PlanId, Plan> {
  const entries = Object.entries(overrides ?? {}).filter(([id, limits]) => id in plans && limits && Object.keys(limits).length > 0);
  if (entries.length === 0) return plans;
  const next = { ...plans };
  for (const [id, limits] of entries as [PlanId, Partial<Record<CountedFeature, number | null>>][]) {
    const laid = { ...plans[id].limits };
    for (const [feature, value] of Object.entries(limits) as [CountedFeature, number | null][]) {
      if (feature in laid && (value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0))) laid[feature] = value;
    }
    next[id] = { ...plans[id], limits: laid };
  }
  return next;
}
