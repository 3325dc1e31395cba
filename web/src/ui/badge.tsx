import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type BadgeTone = 'neutral' | 'success' | 'brand' | 'warning';

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  success: 'bg-success-soft text-success ring-green-300',
  brand: 'bg-brand-50 text-brand-700 ring-brand-100',
  warning: 'bg-warning-soft text-warning ring-amber-300',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={classNames('inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-caption font-medium ring-1 ring-inset', TONES[tone])}>{children}</span>;
}
