// A line under the preview toolbar telling a person that text in the preview is edited by double-clicking it.
// Dismissed once, it stays dismissed in this browser.
import { MousePointerClick, X } from 'lucide-react';
import { useState } from 'react';
import { browserStorage } from '../../editor/index.ts';

export const INLINE_EDIT_HINT_KEY = 'pagehub:inline-edit-hint-dismissed';

export function InlineEditHint() {
  const [isDismissed, setDismissed] = useState(() => {
    try {
      return browserStorage()?.getItem(INLINE_EDIT_HINT_KEY) === '1';
    } catch {
      return false;
    }
  });
  if (isDismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      browserStorage()?.setItem(INLINE_EDIT_HINT_KEY, '1');
    } catch {
      // Storage refused (private mode): dismissed for this visit only.
    }
  };
  return (
    <p data-testid="inline-edit-hint" className="flex items-center gap-2 rounded-control bg-brand-50 py-1 pr-1 pl-3 text-small text-ink">
      <MousePointerClick aria-hidden="true" className="size-4 shrink-0 text-brand-700" />
      <span className="min-w-0 flex-1">Double-click text in the preview to edit it. Click a section to change its details.</span>
      <button type="button" className="focus-ring rounded-control p-1.5 text-ink-muted hover:bg-surface hover:text-ink" aria-label="Dismiss the tip" onClick={dismiss}>
        <X aria-hidden="true" className="size-4" />
      </button>
    </p>
  );
}
