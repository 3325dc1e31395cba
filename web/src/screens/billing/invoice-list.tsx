// The latest invoices from Stripe: number, date, amount, status and a link to each.
import { ExternalLink } from 'lucide-react';
import { errorMessage, useInvoices } from '../../api/index.ts';
import { Alert, Badge, Spinner } from '../../ui/index.ts';
import { formatDate, formatMoney } from './money.ts';

const STATUS: Record<string, { label: string; tone: 'success' | 'warning' | 'neutral' }> = {
  paid: { label: 'Paid', tone: 'success' },
  open: { label: 'Due', tone: 'warning' },
  uncollectible: { label: 'Unpaid', tone: 'warning' },
  void: { label: 'Cancelled', tone: 'neutral' },
  draft: { label: 'Being prepared', tone: 'neutral' },
};

export function InvoiceList({ isEnabled }: { isEnabled: boolean }) {
  const invoices = useInvoices(isEnabled);
  if (!isEnabled) return <p className="text-small text-ink-muted">No invoices yet. They appear here once you pay for a plan.</p>;
  if (invoices.isPending) return <Spinner label="Loading invoices" />;
  if (invoices.isError) return <Alert tone="danger" title="The invoices could not be loaded">{errorMessage(invoices.error)}</Alert>;
  if (invoices.data.length === 0) return <p className="text-small text-ink-muted">No invoices yet.</p>;
  return (
    <ul className="divide-y divide-line" data-testid="invoices">
      {invoices.data.map((invoice) => {
        const status = STATUS[invoice.status ?? ''] ?? { label: invoice.status ?? 'Unknown', tone: 'neutral' as const };
        const amount = invoice.status === 'paid' ? invoice.amountPaid : invoice.amountDue;
        return (
          <li key={invoice.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3 text-small">
            <span className="min-w-0 flex-1 font-medium">
              {invoice.number ?? 'Invoice'}
              <span className="block font-normal text-ink-muted">{formatDate(invoice.createdAt)}</span>
            </span>
            <span className="font-medium tabular-nums">{formatMoney(amount, invoice.currency)}</span>
            <Badge tone={status.tone}>{status.label}</Badge>
            {invoice.url ? (
              <a href={invoice.url} target="_blank" rel="noreferrer" className="focus-ring inline-flex items-center gap-1 rounded font-medium text-brand-700 underline underline-offset-2">
                View<span className="sr-only"> invoice {invoice.number ?? ''}</span>
                <ExternalLink aria-hidden="true" className="size-3.5" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
