// Asked before publishing while the site still shows examples PageHub wrote: each section holding samples, what
// they are, a link to it in the editor, and the choice to publish anyway. Visitors can't tell a sample from the
// real thing.
import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import type { SampleItem } from '../../api/index.ts';
import { Button } from '../../ui/index.ts';

export interface SamplesCheckProps {
  siteId: string;
  branch: string;
  samples: readonly SampleItem[];
  isPublishing: boolean;
  onPublishAnyway: () => void;
}

/** The samples by section, in the order they appear on the site. */
function bySection(samples: readonly SampleItem[]): SampleItem[][] {
  const groups = new Map<string, SampleItem[]>();
  for (const sample of samples) groups.set(sample.sectionId, [...(groups.get(sample.sectionId) ?? []), sample]);
  return [...groups.values()];
}

export function SamplesCheck({ siteId, branch, samples, isPublishing, onPublishAnyway }: SamplesCheckProps) {
  const keep = branch === 'main' ? '' : `branch=${encodeURIComponent(branch)}&`;
  return (
    <section aria-labelledby="samples-title" className="space-y-3 rounded-control border border-amber-300 bg-warning-soft p-4 text-small">
      <h3 id="samples-title" className="flex items-center gap-2 font-semibold text-ink">
        <TriangleAlert aria-hidden="true" className="size-4 shrink-0 text-warning" />
        {samples.length === 1 ? 'One thing on your site is still a sample' : `${samples.length} things on your site are still samples`}
      </h3>
      <p className="text-ink">
        PageHub wrote these as examples — reviews nobody gave, prices and services you haven’t confirmed. Visitors would take them as yours. Replace or remove
        them, or keep them in the editor.
      </p>
      <ul className="divide-y divide-amber-200 rounded-control bg-surface/70">
        {bySection(samples).map((group) => {
          const [first] = group;
          if (!first) return null;
          return (
            <li key={first.sectionId} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
              <span className="min-w-0 break-words sm:flex-1">
                <span className="font-medium">
                  {first.sectionLabel} on {first.pageTitle || 'a page'}
                </span>
                <span className="block text-ink-muted">{group.map((sample) => sample.name).join(', ')}</span>
              </span>
              <Link to={`/sites/${siteId}?${keep}section=${encodeURIComponent(first.sectionId)}`} className="focus-ring self-start rounded font-medium text-brand-700 underline underline-offset-2 sm:shrink-0">
                Open in the editor
              </Link>
            </li>
          );
        })}
      </ul>
      <Button variant="secondary" isBusy={isPublishing} onClick={onPublishAnyway}>
        Publish with the samples
      </Button>
    </section>
  );
}
