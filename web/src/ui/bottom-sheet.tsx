// A sheet that slides up from the bottom of a phone's screen over the lower part of the page (about 60 % of its
// height), leaving the top in view behind a light backdrop: a modal dialog (`role="dialog"`, `aria-modal`) — the
// focus moves into it and back to what opened it when it closes, the rest of the page is inert meanwhile, and
// Escape, the close button, a tap on the backdrop or pulling the handle down close it.
// With `isSheet` false the same elements step aside (`display: contents`) and the children lay out where the sheet
// stands, as if it were not there: a screen that shows its panels in a sheet on a phone and beside the content
// elsewhere keeps them mounted across the switch (a rotation or a resize loses nothing that was open or typed).
import { X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { classNames } from './class-names.ts';

export interface BottomSheetProps {
  /** False: no sheet at all — the children stand in the page. */
  isSheet?: boolean;
  isOpen: boolean;
  onClose: () => void;
  /** The dialog's name, shown at its top. */
  title: string;
  children: ReactNode;
}

/** How far (px) the handle must be pulled down to close the sheet. */
const CLOSE_DISTANCE = 80;

/** Makes everything outside `element` (and `keep`) inert; returns the undo. */
function inertOutside(element: HTMLElement, keep: Element | null): () => void {
  const made: Element[] = [];
  for (let current: HTMLElement | null = element; current && current !== document.body; current = current.parentElement) {
    for (const sibling of current.parentElement?.children ?? []) {
      if (sibling === current || sibling === keep || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT') continue;
      sibling.setAttribute('inert', '');
      made.push(sibling);
    }
  }
  return () => {
    for (const element of made) element.removeAttribute('inert');
  };
}

export function BottomSheet({ isSheet = true, isOpen, onClose, title, children }: BottomSheetProps) {
  const sheet = useRef<HTMLDivElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const dragStart = useRef<number | null>(null);
  const [dragOffset, setDragOffset] = useState(0);
  const isShown = isSheet && isOpen;
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const element = sheet.current;
    if (!isShown || !element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = inertOutside(element, backdrop.current);
    heading.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      // Escape in a dialog opened from the sheet closes that dialog only.
      if (event.key !== 'Escape' || event.defaultPrevented || (event.target instanceof Element && event.target.closest('dialog[open]'))) return;
      event.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      restore();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [isShown]);

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
    <>
      <div ref={backdrop} aria-hidden="true" className={isShown ? 'fixed inset-0 z-40 bg-ink/10' : 'hidden'} onClick={onClose} />
      <div
        ref={sheet}
        role={isSheet ? 'dialog' : undefined}
        aria-modal={isSheet ? true : undefined}
        aria-labelledby={isSheet ? titleId : undefined}
        className={
          isSheet
            ? classNames(
                'fixed inset-x-0 bottom-0 z-50 flex h-[62dvh] max-h-[85dvh] flex-col overflow-hidden rounded-t-card bg-surface text-ink shadow-raised',
                'transition-transform duration-200 ease-out starting:translate-y-full motion-reduce:transition-none',
                !isOpen && 'hidden',
              )
            : 'contents'
        }
        style={isShown && dragOffset > 0 ? { transform: `translateY(${dragOffset}px)`, transition: 'none' } : undefined}
      >
        <div className={isSheet ? 'shrink-0 border-b border-line' : 'hidden'}>
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
            <h2 ref={heading} id={titleId} tabIndex={-1} className="text-lead font-semibold outline-none">
              {title}
            </h2>
            <button type="button" onClick={onClose} className="focus-ring -m-1 rounded-control p-2 text-ink-muted hover:bg-canvas hover:text-ink" aria-label="Close">
              <X aria-hidden="true" className="size-5" />
            </button>
          </div>
        </div>
        <div className={isSheet ? 'min-h-0 flex-1 overflow-y-auto overscroll-contain' : 'contents'}>{children}</div>
      </div>
    </>
  );
}
