// The Settings screen's limits of one plan, between the form (text as typed; storage in MB; "no limit") and the
// setting (a whole number, or null for no ceiling; a limit left out keeps the plan's own).
import type { PlanLimitSettings } from '../../api/index.ts';
import { NUMERIC_LIMITS } from './account-limits.ts';

export type PlanKey = keyof PlanLimitSettings;
export type PlanLimitValues = NonNullable<PlanLimitSettings[PlanKey]>;

export const SETTING_PLANS: { value: PlanKey; label: string }[] = [
  { value: 'free', label: 'Free' },
  { value: 'starter', label: 'Starter' },
  { value: 'pro', label: 'Pro' },
  { value: 'business', label: 'Business' },
  { value: 'unlimited', label: 'No payments' },
];

const MEGABYTE = 1024 * 1024;
const NO_LIMIT = /^(no limit|unlimited|none)$/i;

/** A plan's limits as the form shows them. */
export function limitTexts(limits: PlanLimitValues | undefined): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { key, isBytes } of NUMERIC_LIMITS) {
    const value = limits?.[key];
    if (value === undefined) continue;
    texts[key] = value === null ? 'no limit' : String(isBytes ? Math.round(value / MEGABYTE) : value);
  }
  return texts;
}

/** The form's texts as a plan's limits; or, field by field, what is wrong. */
export function limitValues(texts: Record<string, string>): { limits: PlanLimitValues } | { problems: Record<string, string> } {
  const limits: PlanLimitValues = {};
  const problems: Record<string, string> = {};
  for (const { key, isBytes } of NUMERIC_LIMITS) {
    const typed = (texts[key] ?? '').trim();
    if (typed === '') continue;
    if (NO_LIMIT.test(typed)) limits[key] = null;
    else if (/^\d+$/.test(typed)) limits[key] = isBytes ? Number(typed) * MEGABYTE : Number(typed);
    else problems[key] = 'Enter a whole number, 0 or more, or “no limit” — or leave it empty for the plan’s own.';
  }
  return Object.keys(problems).length > 0 ? { problems } : { limits };
}
