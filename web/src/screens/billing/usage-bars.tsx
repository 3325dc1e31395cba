// What the person uses against each limit of their plan: a bar per limit, with words and an icon for "almost
// full" (80 %) and "full" (100 %) so the state is never told by colour alone, and "Unlimited" where there is no
// ceiling.
import { CircleAlert, TriangleAlert } from 'lucide-react';
import type { PlanLimits, PlanUsage } from '../../api/index.ts';
import { classNames } from '../../ui/index.ts';
import { formatBytes } from './plan-words.ts';
import { usageState } from './usage-state.ts';

type Counted = keyof PlanUsage;

const ROWS: { feature: Counted; label: string }[] = [
  { feature: 'sites', label: 'Sites' },
  { feature: 'publishedSites', label: 'Published sites' },
  { feature: 'customDomains', label: 'Custom domains' },
  { feature: 'membersPerSite', label: 'People per site' },
  { feature: 'aiEditsPerMonth', label: 'AI edits this month' },
  { feature: 'generationsPerMonth', label: 'Sites written by AI this month' },
  { feature: 'imageGenerationsPerMonth', label: 'AI pictures this month' },
  { feature: 'storageBytes', label: 'Storage' },
];


const amount = (feature: Counted, value: number) => (feature === 'storageBytes' ? formatBytes(value) : value.toLocaleString());

function UsageRow({ feature, label, used, ceiling }: { feature: Counted; label: string; used: number; ceiling: number | null }) {
  const state = usageState(used, ceiling);
  const share = ceiling === null ? 0 : ceiling === 0 ? 1 : Math.min(1, used / ceiling);
  const figure = ceiling === null ? `${amount(feature, used)} used · Unlimited` : ceiling === 0 ? 'Not included' : `${amount(feature, used)} of ${amount(feature, ceiling)}`;
  return (
    <li data-testid={`usage-${feature}`} data-state={state} className="space-y-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-small">
        <span className="font-medium text-ink">{label}</span>
        <span className="text-ink-muted tabular-nums">{figure}</span>
      </div>
      {ceiling === null ? null : (
        <div
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={ceiling}
          aria-valuenow={Math.min(used, ceiling)}
          aria-valuetext={`${figure}${state === 'full' ? ', limit reached' : state === 'warning' ? ', almost at the limit' : ''}`}
          className="h-2.5 overflow-hidden rounded-full bg-slate-100 ring-1 ring-slate-200 ring-inset"
        >
          <div
            className={classNames(
              'h-full rounded-full',
              state === 'full' ? 'bg-danger bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgb(255_255_255/0.35)_4px_8px)]' : state === 'warning' ? 'bg-amber-500' : 'bg-brand-600',
            )}
            style={{ width: `${Math.round(share * 100)}%` }}
          />
        </div>
      )}
      {state === 'full' && ceiling !== 0 ? (
        <p className="flex items-center gap-1 text-caption font-medium text-danger">
          <CircleAlert aria-hidden="true" className="size-3.5" />
          Limit reached
        </p>
      ) : state === 'warning' ? (
        <p className="flex items-center gap-1 text-caption font-medium text-warning">
          <TriangleAlert aria-hidden="true" className="size-3.5" />
          Almost at the limit
        </p>
      ) : null}
    </li>
  );
}

export function UsageBars({ usage, limits }: { usage: PlanUsage; limits: PlanLimits }) {
  return (
    <ul className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
      {ROWS.map((row) => (
        <UsageRow key={row.feature} feature={row.feature} label={row.label} used={usage[row.feature]} ceiling={limits[row.feature]} />
      ))}
    </ul>
  );
}
