// One figure of the dashboard: what it counts, the value, and a line that explains it.
import type { ReactNode } from 'react';

export function FigureCard({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-card border border-line bg-surface p-4 shadow-card" data-testid={testId}>
      <dt className="text-small text-ink-muted">{label}</dt>
      <dd className="mt-1 text-headline font-semibold tracking-tight text-ink tabular-nums">{value}</dd>
      {detail ? <dd className="mt-0.5 text-caption text-ink-muted">{detail}</dd> : null}
    </div>
  );
}
