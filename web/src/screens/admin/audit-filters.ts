// The audit log's filter form → the query the server takes: empty fields left out, the dates as the start of the
// "from" day and the end of the "to" day (UTC).
import type { AuditFilters } from '../../api/index.ts';

export const EMPTY_AUDIT_FORM = { actor: '', site: '', action: '', from: '', to: '' };
export type AuditForm = typeof EMPTY_AUDIT_FORM;

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function auditFiltersFrom(form: AuditForm): AuditFilters {
  const text = (value: string) => value.trim() || undefined;
  return {
    actor: text(form.actor),
    site: text(form.site),
    action: text(form.action),
    since: isDay(form.from) ? `${form.from}T00:00:00.000Z` : undefined,
    until: isDay(form.to) ? `${form.to}T23:59:59.999Z` : undefined,
  };
}
