// After generation: what PageHub assumed or invented ("I did not find a business name, so I called it …"), each
// with a button that opens the place in the editor where it is fixed. The notes come with the generation job.
import { Lightbulb, X } from 'lucide-react';
import type { GenerationNote } from '../../api/index.ts';
import { Button } from '../../ui/index.ts';

export type NoteFix = NonNullable<GenerationNote['fix']>;

const FIX_LABELS: Record<NoteFix['panel'], string> = { business: 'Open the business details', theme: 'Open the theme', sections: 'Show me', pages: 'Open the pages' };

export function AssumptionsPanel({ pageCount, notes, onFix, onDismiss }: { pageCount: number; notes: readonly GenerationNote[]; onFix: (fix: NoteFix) => void; onDismiss: () => void }) {
  return (
    <section aria-labelledby="assumptions-title" className="mb-4 rounded-card border border-green-300 bg-success-soft p-4 text-small text-ink">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="assumptions-title" className="flex items-center gap-2 text-body font-semibold">
            <Lightbulb aria-hidden="true" className="size-4 shrink-0 text-success" />
            Your site is ready — here is what I assumed
          </h2>
          <p className="mt-1 text-ink-muted">PageHub wrote {pageCount} pages from your description. Check these before you publish.</p>
        </div>
        <button type="button" className="focus-ring rounded-control p-1.5 text-ink-muted hover:bg-surface hover:text-ink" aria-label="Dismiss what I assumed" onClick={onDismiss}>
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
      <ul className="mt-3 space-y-2">
        {notes.map((note) => (
          <li key={note.text} className="flex flex-col gap-1.5 rounded-control bg-surface/80 px-3 py-2 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
            <span className="min-w-0 break-words">{note.text}</span>
            {note.fix ? (
              <Button size="sm" variant="secondary" className="self-start sm:shrink-0 sm:self-center" onClick={() => onFix(note.fix!)}>
                {FIX_LABELS[note.fix.panel]}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
