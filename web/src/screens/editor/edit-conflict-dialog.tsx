// Shown when the person and someone else changed the same thing at the same time: both values side by side, and
// one choice — keep theirs or take the other. Nothing the person typed is dropped without their say.
import type { ConflictingValue } from '../../editor/index.ts';
import { Button, Dialog } from '../../ui/index.ts';

/** A value as a person reads it: text as it is, a translated text in its first language, anything else in words. */
function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'Removed';
  if (typeof value === 'string') return value === '' ? 'Left empty' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const texts = Object.values(value).filter((entry): entry is string => typeof entry === 'string');
    if (texts.length > 0 && texts.length === Object.keys(value).length) return texts[0] ?? '';
  }
  return 'Changed (more than text)';
}

export function EditConflictDialog({ conflicts, changedBy, onKeep }: { conflicts: readonly ConflictingValue[]; changedBy: string | null; onKeep: (keep: 'mine' | 'theirs') => void }) {
  const who = changedBy ?? 'Someone else';
  return (
    <Dialog isOpen onClose={() => onKeep('mine')} title={`${who} changed this too`} description="You both changed the same thing at the same time. Choose which version to keep; the other is dropped.">
      <ul className="space-y-4">
        {conflicts.map((conflict) => (
          <li key={conflict.path} className="space-y-2">
            <p className="text-small font-semibold">{conflict.part}</p>
            <div className="grid gap-2 sm:grid-cols-2">
              <figure className="rounded-control border border-brand-600 bg-brand-50 p-3">
                <figcaption className="text-caption font-medium text-ink-muted">Yours</figcaption>
                <p className="mt-1 text-small break-words" data-testid="conflict-yours">{describeValue(conflict.yours)}</p>
              </figure>
              <figure className="rounded-control border border-line p-3">
                <figcaption className="text-caption font-medium text-ink-muted">{changedBy ? `${changedBy}’s` : 'The other version'}</figcaption>
                <p className="mt-1 text-small break-words" data-testid="conflict-current">{describeValue(conflict.current)}</p>
              </figure>
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={() => onKeep('theirs')}>
          Take {changedBy ? `${changedBy}’s` : 'the other'}
        </Button>
        <Button data-autofocus onClick={() => onKeep('mine')}>
          Keep mine
        </Button>
      </div>
    </Dialog>
  );
}
