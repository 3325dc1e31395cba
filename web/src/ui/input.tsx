import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

const CONTROL =
  'focus-ring block w-full rounded-control border bg-surface px-3 text-body text-ink placeholder:text-ink-muted/80 transition-colors disabled:cursor-not-allowed disabled:border-line disabled:bg-canvas disabled:text-ink-muted aria-[invalid=true]:border-danger';

export function Input({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={classNames(CONTROL, 'h-11 border-line-strong', className)} {...rest} />;
}

export function Textarea({ className, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={classNames(CONTROL, 'min-h-32 border-line-strong py-2.5 leading-6', className)} {...rest} />;
}
