// The plans PageHub sells, in code with their defaults; names, prices and limits can be changed by configuration
// (BILLING_PLANS), and each plan is tied to a Stripe price (STRIPE_PRICE_*) and to a Stripe Entitlements feature by
// lookup key, so a plan granted or changed in Stripe flows in (entitlements.active_entitlement_summary.updated).
import { z } from 'zod';

export const PLAN_IDS = ['free', 'starter', 'pro', 'business'] as const;
/** `unlimited` is never sold: it is every account's plan while billing is off (BILLING_DEFAULT_PLAN). */
export type PlanId = (typeof PLAN_IDS)[number] | 'unlimited';

/** What a plan allows. A number is a ceiling (null: no ceiling); the two booleans are features. */
export interface PlanLimits {
  sites: number | null;
  publishedSites: number | null;
  customDomains: number | null;
  membersPerSite: number | null;
  aiEditsPerMonth: number | null;
  generationsPerMonth: number | null;
  imageGenerationsPerMonth: number | null;
  storageBytes: number | null;
  /** Publishing branches at their own preview address. */
  branchPreviews: boolean;
  /** Published pages carry a small "Made with PageHub" link. */
  badge: boolean;
}

export type CountedFeature = Exclude<keyof PlanLimits, 'branchPreviews' | 'badge'>;
export const COUNTED_FEATURES = ['sites', 'publishedSites', 'customDomains', 'membersPerSite', 'aiEditsPerMonth', 'generationsPerMonth', 'imageGenerationsPerMonth', 'storageBytes'] as const satisfies readonly CountedFeature[];

export interface Plan {
  id: PlanId;
  name: string;
  /** Price per month in the currency's smallest unit (cents). */
  monthlyPrice: number;
  currency: string;
  limits: PlanLimits;
  /** The Stripe Entitlements feature whose grant puts an account on this plan. */
  featureKey: string;
  /** The Stripe price a checkout for this plan sells (STRIPE_PRICE_*); null for plans not sold. */
  priceId: string | null;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

const BUILT_IN: Record<PlanId, Omit<Plan, 'priceId'>> = {
  free: {
    id: 'free', name: 'Free', monthlyPrice: 0, currency: 'usd', featureKey: 'pagehub-free',
    limits: { sites: 3, publishedSites: 1, customDomains: 0, membersPerSite: 2, aiEditsPerMonth: 50, generationsPerMonth: 5, imageGenerationsPerMonth: 5, storageBytes: 500 * MB, branchPreviews: false, badge: true },
  },
  starter: {
    id: 'starter', name: 'Starter', monthlyPrice: 900, currency: 'usd', featureKey: 'pagehub-starter',
    limits: { sites: 5, publishedSites: 3, customDomains: 1, membersPerSite: 5, aiEditsPerMonth: 500, generationsPerMonth: 30, imageGenerationsPerMonth: 50, storageBytes: 5 * GB, branchPreviews: false, badge: false },
  },
  pro: {
    id: 'pro', name: 'Pro', monthlyPrice: 2900, currency: 'usd', featureKey: 'pagehub-pro',
    limits: { sites: 20, publishedSites: 10, customDomains: 10, membersPerSite: 15, aiEditsPerMonth: 3000, generationsPerMonth: 150, imageGenerationsPerMonth: 300, storageBytes: 25 * GB, branchPreviews: true, badge: false },
  },
  business: {
    id: 'business', name: 'Business', monthlyPrice: 9900, currency: 'usd', featureKey: 'pagehub-business',
    limits: { sites: 100, publishedSites: 50, customDomains: 50, membersPerSite: 50, aiEditsPerMonth: 15_000, generationsPerMonth: 600, imageGenerationsPerMonth: 1500, storageBytes: 100 * GB, branchPreviews: true, badge: false },
  },
  unlimited: {
    id: 'unlimited', name: 'Unlimited', monthlyPrice: 0, currency: 'usd', featureKey: 'pagehub-unlimited',
    limits: { sites: null, publishedSites: null, customDomains: null, membersPerSite: null, aiEditsPerMonth: null, generationsPerMonth: null, imageGenerationsPerMonth: null, storageBytes: null, branchPreviews: true, badge: false },
  },
};

const Ceiling = z.number().int().min(0).nullable();
const PlanOverride = z
  .object({
    name: z.string().trim().min(1).max(40),
    monthlyPrice: z.number().int().min(0),
    currency: z.string().regex(/^[a-z]{3}$/),
    featureKey: z.string().regex(/^[\w.-]{1,80}$/),
    limits: z
      .object({
        sites: Ceiling, publishedSites: Ceiling, customDomains: Ceiling, membersPerSite: Ceiling, aiEditsPerMonth: Ceiling,
        generationsPerMonth: Ceiling, imageGenerationsPerMonth: Ceiling, storageBytes: Ceiling, branchPreviews: z.boolean(), badge: z.boolean(),
      })
      .strict()
      .partial(),
  })
  .strict()
  .partial();
const PlansOverride = z.partialRecord(z.enum(['free', 'starter', 'pro', 'business', 'unlimited']), PlanOverride);

export interface PlanSettings {
  BILLING_PLANS?: string | undefined;
  STRIPE_PRICE_STARTER?: string | undefined;
  STRIPE_PRICE_PRO?: string | undefined;
  STRIPE_PRICE_BUSINESS?: string | undefined;
}

/** The plans in force: the built-in ones with BILLING_PLANS laid over them; throws a one-line error on a bad override. */
export function loadPlans(settings: PlanSettings): Record<PlanId, Plan> {
  let overrides: Partial<z.infer<typeof PlansOverride>> = {};
  if (settings.BILLING_PLANS) {
    let json: unknown;
    try {
      json = JSON.parse(settings.BILLING_PLANS);
    } catch {
      throw new Error('BILLING_PLANS: expected JSON such as {"starter":{"limits":{"customDomains":3}}}');
    }
    const parsed = PlansOverride.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`BILLING_PLANS: ${issue.path.join('.') || 'value'}: ${issue.message}`);
    }
    overrides = parsed.data;
  }
  const prices: Record<PlanId, string | null> = {
    free: null, unlimited: null,
    starter: settings.STRIPE_PRICE_STARTER ?? null, pro: settings.STRIPE_PRICE_PRO ?? null, business: settings.STRIPE_PRICE_BUSINESS ?? null,
  };
  const plans = {} as Record<PlanId, Plan>;
  for (const id of Object.keys(BUILT_IN) as PlanId[]) {
    const base = BUILT_IN[id];
    const override = overrides[id] ?? {};
    plans[id] = { ...base, ...override, id, limits: { ...base.limits, ...override.limits }, priceId: prices[id] };
  }
  return plans;
}

/** The plans a person can choose, cheapest first. */
export function sellablePlans(plans: Record<PlanId, Plan>): Plan[] {
  return PLAN_IDS.map((id) => plans[id]);
}
