// What the AI cost on /admin/ai: model calls between two days added up by model, by person or by day (added up on
// the server, 50 rows a page), the total, and the same report as a CSV file.
import { Download } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { aiCostsCsvUrl, ApiError, type CostFilters, type CostGroup, errorMessage, useAiCosts } from '../../api/index.ts';
import { Alert, Button, buttonClasses, Card, CardBody, classNames, Field, Input, LoadingBlock } from '../../ui/index.ts';
import { formatCount, formatUsd } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';
import { LoadMore } from './load-more.tsx';

const GROUPS: { value: CostGroup; label: string; column: string }[] = [
  { value: 'model', label: 'By model', column: 'Model' },
  { value: 'user', label: 'By person', column: 'Person' },
  { value: 'day', label: 'By day', column: 'Day' },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last 30 days, today (UTC) included. */
function lastThirtyDays(): { from: string; to: string } {
  const today = new Date();
  return { from: isoDay(new Date(today.getTime() - 29 * 86_400_000)), to: isoDay(today) };
}

export function AiCostsCard() {
  const [days, setDays] = useState(lastThirtyDays);
  const [filters, setFilters] = useState<CostFilters>(() => ({ ...lastThirtyDays(), groupBy: 'model' }));
  const report = useAiCosts(filters);
  const rows = report.data?.pages.flatMap((page) => page.rows) ?? [];
  const totals = report.data?.pages[0]?.totals;
  const group = GROUPS.find((candidate) => candidate.value === filters.groupBy) ?? GROUPS[0]!;
  const fieldErrors = report.error instanceof ApiError ? report.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...filters, from: days.from, to: days.to });
  };
  return (
    <section aria-labelledby="costs-heading" className="space-y-4">
      <div>
        <h2 id="costs-heading" className="text-title font-semibold text-ink">
          What the AI cost
        </h2>
        <p className="text-small text-ink-muted">Every call to a model counts, failed ones too, at the provider’s prices. Days are in UTC.</p>
      </div>
      <Card>
        <CardBody className="space-y-4">
          <div role="radiogroup" aria-label="Add up the cost" className="inline-flex max-w-full overflow-x-auto rounded-control border border-line-strong bg-surface p-0.5">
            {GROUPS.map((option) => (
              <button
                key={option.value}
                type="button"
                role="radio"
                aria-checked={filters.groupBy === option.value}
                onClick={() => setFilters({ ...filters, groupBy: option.value })}
                className={classNames('focus-ring rounded-control px-3 py-1.5 text-small font-medium whitespace-nowrap', filters.groupBy === option.value ? 'bg-brand-700 text-white' : 'text-ink-muted hover:text-ink')}
              >
                {option.label}
              </button>
            ))}
          </div>
          <form onSubmit={submit} aria-label="Days of the report" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <Field label="From" error={fieldErrors.from}>
              {(control) => <Input {...control} type="date" value={days.from} max={days.to} onChange={(event) => setDays({ ...days, from: event.target.value })} />}
            </Field>
            <Field label="To" error={fieldErrors.to}>
              {(control) => <Input {...control} type="date" value={days.to} min={days.from} onChange={(event) => setDays({ ...days, to: event.target.value })} />}
            </Field>
            <div className="flex flex-wrap gap-2 sm:mb-[calc(1.25rem+0.375rem)]">
              <Button type="submit" variant="secondary">
                Show
              </Button>
              <a href={aiCostsCsvUrl(filters)} download className={buttonClasses({ variant: 'secondary' })}>
                <Download aria-hidden="true" className="size-4" />
                Download CSV
              </a>
            </div>
          </form>
          {totals ? (
            <p className="text-body text-ink" data-testid="cost-total">
              <span className="font-semibold">{formatUsd(totals.costUsd)}</span> for {formatCount(totals.calls)} {totals.calls === 1 ? 'call' : 'calls'} from {report.data?.pages[0]?.from} to {report.data?.pages[0]?.to}.
            </p>
          ) : null}
        </CardBody>
      </Card>
      {report.isError && !report.isFetchNextPageError && Object.keys(fieldErrors).length === 0 ? <Alert tone="danger">{errorMessage(report.error)}</Alert> : null}
      {report.isPending ? (
        <LoadingBlock label="Adding up the costs…" />
      ) : report.isError && !report.isFetchNextPageError ? null : (
        <AdminTable
          label={`AI cost ${group.label.toLowerCase()}`}
          header={
            <>
              <Th>{group.column}</Th>
              <Th className="text-right">Calls</Th>
              <Th className="text-right">Failed</Th>
              <Th className="text-right">Tokens in</Th>
              <Th className="text-right">Tokens out</Th>
              <Th className="text-right">Cost</Th>
            </>
          }
          footer={report.hasNextPage ? <LoadMore list={report} /> : null}
        >
          {rows.length === 0 ? <EmptyRow columns={6}>No AI calls on these days.</EmptyRow> : null}
          {rows.map((row) => (
            <tr key={row.key ?? 'none'} data-testid="cost-row">
              <Td className={classNames('min-w-48 wrap-anywhere', filters.groupBy === 'model' ? 'font-mono text-caption' : '', row.key === null ? 'text-ink-muted' : '')}>{row.label}</Td>
              <Td className="text-right tabular-nums">{formatCount(row.calls)}</Td>
              <Td className={classNames('text-right tabular-nums', row.failedCalls > 0 ? 'text-danger' : 'text-ink-muted')}>{formatCount(row.failedCalls)}</Td>
              <Td className="text-right text-ink-muted tabular-nums">{formatCount(row.inputTokens)}</Td>
              <Td className="text-right text-ink-muted tabular-nums">{formatCount(row.outputTokens)}</Td>
              <Td className="text-right font-medium tabular-nums">{formatUsd(row.costUsd)}</Td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
