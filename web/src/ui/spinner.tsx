import { classNames } from './class-names.ts';

/** A turning ring; `label` is read by screen readers (omit it when the text beside it says the same). */
export function Spinner({ label, className }: { label?: string; className?: string }) {
  return (
    <span role={label ? 'status' : undefined} className={classNames('inline-flex items-center', className)}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 animate-spin motion-reduce:animate-none" fill="none">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      {label ? <span className="sr-only">{label}</span> : null}
    </span>
  );
}

/** A whole-area loading state. */
export function LoadingBlock({ label }: { label: string }) {
  return (
    <div className="flex min-h-48 items-center justify-center gap-3 text-small text-ink-muted">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
