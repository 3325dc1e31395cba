import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type AlertTone = 'danger' | 'success' | 'info' | 'warning';

const TONES: Record<AlertTone, { box: string; icon: typeof Info }> = {
  danger: { box: 'border-red-200 bg-danger-soft text-danger', icon: CircleAlert },
  success: { box: 'border-green-200 bg-success-soft text-success', icon: CircleCheck },
  info: { box: 'border-brand-100 bg-brand-50 text-brand-800', icon: Info },
  warning: { box: 'border-amber-300 bg-warning-soft text-warning', icon: TriangleAlert },
};

/** A message about the whole form or page; errors are announced at once. */
export function Alert({ tone = 'info', title, children, className, testId }: { tone?: AlertTone; title?: string; children?: ReactNode; className?: string; testId?: string }) {
  const { box, icon: Icon } = TONES[tone];
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} data-testid={testId} className={classNames('flex gap-3 rounded-control border p-3 text-small', box, className)}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="space-y-0.5">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
