// A sheet that slides up from the bottom of a phone's screen, over the lower part of the page (about 60 % of its
// height), leaving the top in view behind a light backdrop. A modal on the native <dialog>: the browser moves the
// focus into it and keeps it there, Escape closes it and the focus goes back to what opened it. The handle at the
// top closes it when dragged down (or tapped); so do the close button and a tap on the backdrop. The children
// stay mounted while it is closed, so what was typed in them survives.
import { X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type PointerEvent, type ReactNode } from 'react';

export interface BottomSheetProps {
  isOpen: boolean;
  onClose: () => void;
  /** Read out as the dialog's name; shown at the top of the sheet. */
  title: string;
  children: ReactNode;
  className?: string;
}

/** How far (px) the handle must be pulled down to close the sheet. */
const CLOSE_DISTANCE = 80;

export function BottomSheet({ isOpen, onClose, title, children, className }: BottomSheetProps) {
  const reference = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dragStart = useRef<number | null>(null);
  const [dragOffset, setDragOffset] = useState(0);

  useEffect(() => {
    const dialog = reference.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      dialog.showModal();
      // The sheet itself takes the focus (its first control may be far down a long form).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragStart.current = event.clientY;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragStart.current !== null) setDragOffset(Math.max(0, event.clientY - dragStart.current));
  };
  const onPointerUp = () => {
    const offset = dragOffset;
    dragStart.current = null;
    setDragOffset(0);
    if (offset > CLOSE_DISTANCE) onClose();
  };

  return (
    <dialog
      ref={reference}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (isOpen) onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose(); // a tap on the backdrop
      }}
      className={[
        'm-0 mt-auto flex h-[62dvh] max-h-[85dvh] w-full max-w-none flex-col overflow-hidden rounded-t-card bg-surface p-0 text-ink shadow-raised not-open:hidden backdrop:bg-ink/10',
        'transition-transform duration-200 ease-out starting:open:translate-y-full motion-reduce:transition-none',
        className ?? '',
      ].join(' ')}
      style={dragOffset > 0 ? { transform: `translateY(${dragOffset}px)`, transition: 'none' } : undefined}
    >
      <div className="shrink-0 border-b border-line">
        <div
          data-testid="sheet-handle"
          aria-hidden="true"
          className="flex touch-none justify-center pt-2 pb-1"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <span className="h-1.5 w-10 rounded-full bg-line-strong" />
        </div>
        <div className="flex items-center justify-between gap-3 px-4 pb-2">
          <h2 id={titleId} tabIndex={-1} data-autofocus className="text-lead font-semibold outline-none">
            {title}
          </h2>
          <button type="button" onClick={onClose} className="focus-ring -m-1 rounded-control p-2 text-ink-muted hover:bg-canvas hover:text-ink" aria-label="Close">
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{children}</div>
    </dialog>
  );
}
