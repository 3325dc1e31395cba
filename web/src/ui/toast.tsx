// Short notices in the corner ("Signed out", "Site created"), announced politely and gone after a few seconds.
import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type ToastTone = 'info' | 'success' | 'danger';

/** A link the notice offers ("See plans"); a plain link, since notices sit outside the router. */
export interface ToastAction {
  label: string;
  href: string;
}

interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction | undefined;
}

export type ShowToast = (message: string, tone?: ToastTone, action?: ToastAction) => void;

const ToastContext = createContext<ShowToast>(() => {});

const TONES: Record<ToastTone, string> = {
  info: 'border-line bg-surface text-ink',
  success: 'border-green-200 bg-success-soft text-success',
  danger: 'border-red-200 bg-danger-soft text-danger',
};

const VISIBLE_MS = 5000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ShowToast>(
    (message, tone = 'info', action) => {
      const id = Date.now() + Math.random();
      setToasts((current) => [...current.slice(-2), { id, message, tone, action }]);
      // A notice with something to do stays long enough to do it.
      setTimeout(() => dismiss(id), action ? VISIBLE_MS * 3 : VISIBLE_MS);
    },
    [dismiss],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
        {toasts.map((toast) => (
          <div key={toast.id} className={classNames('pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-control border p-3 text-small font-medium shadow-raised', TONES[toast.tone])}>
            <div className="flex-1">
              <p>{toast.message}</p>
              {toast.action ? (
                <a href={toast.action.href} className="focus-ring mt-1 inline-block rounded font-semibold underline underline-offset-2">
                  {toast.action.label}
                </a>
              ) : null}
            </div>
            <button type="button" className="focus-ring -m-1 rounded-control p-1 opacity-80 hover:opacity-100" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              <X aria-hidden="true" className="size-4" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ShowToast {
  return useContext(ToastContext);
}
