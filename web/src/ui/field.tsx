import { useId, type ReactNode } from 'react';
import { Label } from './label.tsx';

/** What a control inside a Field needs to be labelled, described and marked invalid. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export interface FieldProps {
  label: string;
  /** A line under the label that helps fill the field in. */
  hint?: ReactNode;
  /** What is wrong with the value, shown under the control and announced. */
  error?: string | null;
  /** Extra status under the control that is not an error (e.g. "available"). */
  status?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, hint, error, status, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = error || status ? `${id}-message` : undefined;
  const describedBy = [hintId, messageId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={hintId} className="text-small wrap-anywhere text-ink-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      <div id={messageId} aria-live="polite" className="min-h-0 text-small">
        {error ? <p className="font-medium wrap-anywhere text-danger">{error}</p> : status}
      </div>
    </div>
  );
}
