// A modal on the native <dialog>: the browser traps focus, Escape closes it, and focus returns to what opened
// it; a control marked `data-autofocus` gets the focus when it opens. Below 640 px it is a sheet docked to the
// bottom of the screen; wider, a centred card.
import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

export function Dialog({ isOpen, onClose, title, description, children }: DialogProps) {
  const reference = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = reference.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus(); // else the browser focuses the first control
    }
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={reference}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose(); // a click on the backdrop
      }}
      className="m-0 mt-auto w-full max-w-none rounded-t-card bg-surface p-0 text-ink shadow-raised sm:m-auto sm:max-w-lg sm:rounded-card"
    >
      <div className="p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-title font-semibold">
            {title}
          </h2>
          <button type="button" onClick={onClose} className="focus-ring -m-1 rounded-control p-1 text-ink-muted hover:bg-canvas hover:text-ink" aria-label="Close">
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        {description ? (
          <div id={descriptionId} className="mt-1 text-small text-ink-muted">
            {description}
          </div>
        ) : null}
        <div className="mt-5">{children}</div>
      </div>
    </dialog>
  );
}
