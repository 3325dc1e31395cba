// A table of the admin screens inside its card: it scrolls sideways within the card on a phone instead of widening
// the page. Column headers and cells share one look.
import type { ReactNode } from 'react';
import { Card, classNames } from '../../ui/index.ts';

export function AdminTable({ label, header, children, footer }: { label: string; header: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <Card className="overflow-hidden">
      {/* Focusable so a keyboard can scroll it sideways; named after the table. Relative: a screen-reader-only header
          (position: absolute) stays inside the scrolling box instead of widening the page. */}
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
        <table className="w-full border-collapse text-left text-small">
          <thead className="border-b border-line bg-canvas text-caption font-semibold tracking-wide text-ink-muted uppercase">
            <tr>{header}</tr>
          </thead>
          <tbody className="divide-y divide-line">{children}</tbody>
        </table>
      </div>
      {footer ? <div className="border-t border-line p-3 text-center">{footer}</div> : null}
    </Card>
  );
}

export const Th = ({ children, className }: { children?: ReactNode; className?: string }) => (
  <th scope="col" className={classNames('px-4 py-2.5 whitespace-nowrap', className)}>
    {children}
  </th>
);

export const Td = ({ children, className }: { children?: ReactNode; className?: string }) => <td className={classNames('px-4 py-3 align-top text-ink', className)}>{children}</td>;

/** The row a table shows when there is nothing to list. */
export const EmptyRow = ({ columns, children }: { columns: number; children: ReactNode }) => (
  <tr>
    <td colSpan={columns} className="px-4 py-8 text-center text-ink-muted">
      {children}
    </td>
  </tr>
);
