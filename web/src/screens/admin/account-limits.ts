// The numeric limits of a plan an operator can set per account, in the words the account panel uses.
import type { LimitOverrides } from '../../api/index.ts';

type NumericLimit = Exclude<keyof LimitOverrides, 'branchPreviews' | 'badge'>;

export const NUMERIC_LIMITS: { key: NumericLimit; label: string; isBytes?: boolean }[] = [
  { key: 'sites', label: 'Sites' },
  { key: 'publishedSites', label: 'Published sites' },
  { key: 'customDomains', label: 'Own domains' },
  { key: 'membersPerSite', label: 'People per site' },
  { key: 'aiEditsPerMonth', label: 'Chat edits a month' },
  { key: 'generationsPerMonth', label: 'Sites generated a month' },
  { key: 'imageGenerationsPerMonth', label: 'Pictures made a month' },
  { key: 'storageBytes', label: 'Storage (MB)', isBytes: true },
];

const MEGABYTE = 1024 * 1024;

/**
 * The form's values (whole numbers as typed; storage in MB) as the overrides to send: an empty field is left out,
 * so the plan's limit applies. Returns the problems instead when a value is not a whole number of 0 or more.
 */
export function overridesFrom(values: Record<string, string>): { limits: LimitOverrides } | { problems: Record<string, string> } {
  const limits: LimitOverrides = {};
  const problems: Record<string, string> = {};
  for (const { key, isBytes } of NUMERIC_LIMITS) {
    const typed = (values[key] ?? '').trim();
    if (typed === '') continue;
    if (!/^\d+$/.test(typed)) {
      problems[key] = 'Enter a whole number, 0 or more — or leave it empty for the plan’s.';
      continue;
    }
    limits[key] = isBytes ? Number(typed) * MEGABYTE : Number(typed);
  }
  return Object.keys(problems).length > 0 ? { problems } : { limits };
}

/** A limit as the panel shows it: "no limit", or the number (storage in MB). */
export function limitText(value: unknown, isBytes = false): string {
  if (value === null || value === undefined) return 'no limit';
  if (typeof value !== 'number') return String(value);
  return isBytes ? `${Math.round(value / MEGABYTE)} MB` : String(value);
}
