// A plan's limits in plain words, for the plan cards: "3 sites", "1 custom domain", "5 GB of storage".
import type { PlanLimits } from '../../api/index.ts';

export function formatBytes(bytes: number): string {
  if (bytes === 0) return '0 MB';
  if (bytes >= 1024 ** 3) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

const count = (value: number | null, one: string, many: string, none: string) => ({
  text: value === null ? `Unlimited ${many}` : value === 0 ? none : `${value.toLocaleString()} ${value === 1 ? one : many}`,
  isDrawback: value === 0,
});

/** The lines a plan card lists, most asked-about first; `isDrawback` for what the plan leaves out or adds that people may not want. */
export function planHighlights(limits: PlanLimits): { text: string; isDrawback: boolean }[] {
  const lines = [
    count(limits.sites, 'site', 'sites', 'No sites'),
    count(limits.publishedSites, 'published site', 'published sites', 'No published sites'),
    count(limits.customDomains, 'custom domain', 'custom domains', 'No custom domain'),
    count(limits.membersPerSite, 'person per site', 'people per site', 'Only you on each site'),
    count(limits.aiEditsPerMonth, 'AI edit a month', 'AI edits a month', 'No AI edits'),
    { text: limits.storageBytes === null ? 'Unlimited storage' : `${formatBytes(limits.storageBytes)} of storage`, isDrawback: false },
    ...(limits.branchPreviews ? [{ text: 'Preview addresses for other versions', isDrawback: false }] : []),
  ];
  lines.push(limits.badge ? { text: 'A small “Made with PageHub” link on your pages', isDrawback: true } : { text: 'No PageHub link on your pages', isDrawback: false });
  return lines;
}
