// The Settings screen's limits per plan: for any plan, any counted limit set to a whole number (a ceiling) or null
// (no ceiling); what is left out keeps the plan's own. Billing lays them over the plans before an account's own
// overrides. The plan and limit names are billing's (PLAN_IDS, COUNTED_FEATURES, with 'unlimited' — every
// account's plan while billing is off); admin cannot import billing, so a test holds the two lists together.
import { z } from 'zod';

export const LIMIT_SETTING_PLANS = ['free', 'starter', 'pro', 'business', 'unlimited'] as const;
export const LIMIT_SETTING_FEATURES = ['sites', 'publishedSites', 'customDomains', 'membersPerSite', 'aiEditsPerMonth', 'generationsPerMonth', 'imageGenerationsPerMonth', 'storageBytes'] as const;

const Ceiling = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable();

export const PlanLimitSettingsSchema = z
  .partialRecord(z.enum(LIMIT_SETTING_PLANS), z.partialRecord(z.enum(LIMIT_SETTING_FEATURES), Ceiling))
  .describe('Limits per plan over the plans’ own, before per-account overrides: a ceiling, or null for none');
export type PlanLimitSettings = z.infer<typeof PlanLimitSettingsSchema>;
