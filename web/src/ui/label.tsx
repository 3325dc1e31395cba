import type { LabelHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export function Label({ className, ...rest }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={classNames('block text-small font-medium wrap-anywhere text-ink', className)} {...rest} />;
}
