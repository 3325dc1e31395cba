// The one decision on every limit: does this account's plan (with any operator override) allow one more of a
// feature? A refusal is a 402 PLAN_LIMIT naming what the plan includes and the cheapest plan that allows more, in a
// shop owner's words ("Your plan includes no custom domain — Starter includes 1.").
import { AppError } from '../errors.ts';
import { PLAN_IDS, type CountedFeature, type Plan, type PlanId, type PlanLimits } from './plans.ts';

export type LimitOverrides = Partial<Record<keyof PlanLimits, number | boolean | null>>;

/** The plan's limits with an operator's per-account overrides laid over them. */
export function effectiveLimits(plan: Plan, overrides: LimitOverrides | null | undefined): PlanLimits {
  const limits = { ...plan.limits };
  for (const [key, value] of Object.entries(overrides ?? {}) as [keyof PlanLimits, number | boolean | null][]) {
    if (key === 'branchPreviews' || key === 'badge') {
      if (typeof value === 'boolean') limits[key] = value;
    } else if (value === null || typeof value === 'number') {
      limits[key] = value;
    }
  }
  return limits;
}

const NOUNS: Record<CountedFeature, { one: string; many: string; none: string }> = {
  sites: { one: 'site', many: 'sites', none: 'no sites' },
  publishedSites: { one: 'published site', many: 'published sites', none: 'no published site' },
  customDomains: { one: 'custom domain', many: 'custom domains', none: 'no custom domain' },
  membersPerSite: { one: 'person per site', many: 'people per site', none: 'no one else on a site' },
  aiEditsPerMonth: { one: 'AI edit a month', many: 'AI edits a month', none: 'no AI edits' },
  generationsPerMonth: { one: 'site written by AI a month', many: 'sites written by AI a month', none: 'no sites written by AI' },
  imageGenerationsPerMonth: { one: 'AI picture a month', many: 'AI pictures a month', none: 'no AI pictures' },
  storageBytes: { one: 'byte of storage', many: 'of storage', none: 'no storage' },
};

/** "1 custom domain", "500 MB of storage", "no custom domain". */
export function amountOf(feature: CountedFeature, ceiling: number | null): string {
  if (ceiling === null) return `unlimited ${NOUNS[feature].many.replace(/^of /, '')}`;
  if (ceiling === 0) return NOUNS[feature].none;
  if (feature === 'storageBytes') return `${formatBytes(ceiling)} of storage`;
  return `${ceiling.toLocaleString('en-US')} ${ceiling === 1 ? NOUNS[feature].one : NOUNS[feature].many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The cheapest sold plan above `current` whose ceiling for `feature` takes `needed`. */
export function planAllowing(plans: Record<PlanId, Plan>, current: PlanId, feature: CountedFeature, needed: number): Plan | null {
  const from = PLAN_IDS.indexOf(current as (typeof PLAN_IDS)[number]);
  for (const id of PLAN_IDS.slice(from + 1)) {
    const ceiling = plans[id].limits[feature];
    if (ceiling === null || ceiling >= needed) return plans[id];
  }
  return null;
}

export interface CeilingCheck {
  plans: Record<PlanId, Plan>;
  plan: Plan;
  limits: PlanLimits;
  feature: CountedFeature;
  /** How many the account has (or has used this period) now. */
  used: number;
  /** How many the action adds (bytes for storage). */
  adding?: number;
  /** Whether checkout is possible (billing on): only then is another plan named. */
  canUpgrade: boolean;
}

/** Throws PLAN_LIMIT when `used + adding` would pass the ceiling. */
export function requireWithin({ plans, plan, limits, feature, used, adding = 1, canUpgrade }: CeilingCheck): void {
  const ceiling = limits[feature];
  if (ceiling === null || used + adding <= ceiling) return;
  const upgrade = canUpgrade ? planAllowing(plans, plan.id, feature, used + adding) : null;
  const has = ceiling === 0 ? '' : feature.endsWith('PerMonth') ? `, and you have used ${used.toLocaleString('en-US')} this month` : feature === 'storageBytes' ? `, and ${formatBytes(used)} is in use` : `, and you have ${used.toLocaleString('en-US')}`;
  const instead = upgrade ? ` — ${upgrade.name} includes ${amountOf(feature, upgrade.limits[feature])}.` : feature.endsWith('PerMonth') ? ' — more become available when your next month starts.' : '.';
  throw new AppError('PLAN_LIMIT', {
    detail: `Your plan includes ${amountOf(feature, ceiling)}${has}${instead}`,
    extra: { limit: { feature, included: ceiling, used, plan: plan.id, upgrade: upgrade ? { plan: upgrade.id, name: upgrade.name, included: upgrade.limits[feature] } : null } },
  });
}

const FEATURE_WORDS = { branchPreviews: 'preview addresses for other versions of a site', badge: '' } as const;

/** Throws PLAN_LIMIT when the plan lacks a feature (branch previews). */
export function requireFeature(plans: Record<PlanId, Plan>, plan: Plan, limits: PlanLimits, feature: 'branchPreviews', canUpgrade: boolean): void {
  if (limits[feature]) return;
  const from = PLAN_IDS.indexOf(plan.id as (typeof PLAN_IDS)[number]);
  const upgrade = canUpgrade ? (PLAN_IDS.slice(from + 1).map((id) => plans[id]).find((candidate) => candidate.limits[feature]) ?? null) : null;
  throw new AppError('PLAN_LIMIT', {
    detail: `Your plan does not include ${FEATURE_WORDS[feature]}${upgrade ? ` — ${upgrade.name} does.` : '.'}`,
    extra: { limit: { feature, included: false, used: 0, plan: plan.id, upgrade: upgrade ? { plan: upgrade.id, name: upgrade.name, included: true } : null } },
  });
}
