// /admin/audit — the audit log, newest first: filtered by who acted (email), on which site (subdomain), the action (or a prefix such as
// `admin.`) and a date range; 100 entries at a time, and the same filters as a spreadsheet file (CSV).
import { Download } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { type AuditEntry, auditCsvUrl, type AuditFilters, errorMessage, useAuditLog } from '../../api/index.ts';
import { Alert, Button, buttonClasses, Card, CardBody, Field, Input, LoadingBlock } from '../../ui/index.ts';
import { formatDateTime } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';
import { auditFiltersFrom, type AuditForm, EMPTY_AUDIT_FORM } from './audit-filters.ts';
import { LoadMore } from './load-more.tsx';

const FIELDS: { key: keyof AuditForm; label: string; type: string; placeholder?: string }[] = [
  { key: 'actor', label: 'Who', type: 'text', placeholder: 'Email address' },
  { key: 'site', label: 'Site', type: 'text', placeholder: 'Subdomain' },
  { key: 'action', label: 'Action', type: 'text', placeholder: 'site.publish, or admin.' },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
];

/** The entry's details as `name: value` pairs. */
function detailsText(details: AuditEntry['details']): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object' || Array.isArray(details)) return JSON.stringify(details);
  return Object.entries(details)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

/** An account or site that no longer exists: said in words, its id kept for searching older records. */
const Unnamed = ({ id, what }: { id: string; what: string }) => (
  <span className="text-ink-muted" title={id}>
    {what}
  </span>
);

export function AuditSection() {
  const [form, setForm] = useState<AuditForm>(EMPTY_AUDIT_FORM);
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const rows = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(auditFiltersFrom(form));
  };
  return (
    <div className="space-y-4">
      <Card>
        <CardBody>
          <form onSubmit={submit} aria-label="Filter the audit log" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {FIELDS.map((field) => (
              <Field key={field.key} label={field.label}>
                {(control) => <Input {...control} type={field.type} placeholder={field.placeholder} value={form[field.key]} onChange={(event) => setForm({ ...form, [field.key]: event.target.value })} />}
              </Field>
            ))}
            <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
              <Button type="submit">Filter</Button>
              <a href={auditCsvUrl(filters)} download className={buttonClasses({ variant: 'secondary' })}>
                <Download aria-hidden="true" className="size-4" />
                Download CSV
              </a>
            </div>
          </form>
        </CardBody>
      </Card>
      {log.isError && !log.isFetchNextPageError ? <Alert tone="danger">{errorMessage(log.error)}</Alert> : null}
      {log.isPending ? (
        <LoadingBlock label="Loading the audit log…" />
      ) : (
        <AdminTable
          label="Audit log"
          header={
            <>
              <Th>When</Th>
              <Th>Action</Th>
              <Th>Who</Th>
              <Th>Site</Th>
              <Th>On</Th>
              <Th>Details</Th>
            </>
          }
          footer={log.hasNextPage ? <LoadMore list={log} /> : null}
        >
          {rows.length === 0 ? <EmptyRow columns={6}>No entries match these filters.</EmptyRow> : null}
          {rows.map((entry) => (
            <tr key={entry.id} data-testid="audit-row">
              <Td className="whitespace-nowrap text-ink-muted">{formatDateTime(entry.at)}</Td>
              <Td className="font-mono text-caption whitespace-nowrap">{entry.action}</Td>
              <Td className="whitespace-nowrap">{entry.actorId ? (entry.actorEmail ?? <Unnamed id={entry.actorId} what="A deleted account" />) : 'PageHub'}</Td>
              <Td className="whitespace-nowrap">{entry.siteId ? (entry.siteSubdomain ?? <Unnamed id={entry.siteId} what="A deleted site" />) : '—'}</Td>
              <Td className="whitespace-nowrap">{entry.targetEmail ?? (entry.target ? <span className="font-mono text-caption text-ink-muted">{entry.target}</span> : '—')}</Td>
              <Td className="max-w-md min-w-64 text-caption wrap-anywhere text-ink-muted">{detailsText(entry.details)}</Td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  );
}
