// The audit log as an operator reads it: filtered by actor, site, action (a prefix: `billing.` for every billing
// action) and time, newest first, paged by id (indexed: audit_log_by_actor, _by_action, _by_site, _by_time).
import { csvCell } from '../csv-cell.ts';
import type { Db } from '../store/index.ts';

export interface AuditFilter {
  /** An account's id or email address. */
  actor?: string | undefined;
  /** A site's id or subdomain. */
  site?: string | undefined;
  /** An action, or a prefix ending with a dot (`site.`). */
  action?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  /** The id of the last row of the previous page. */
  before?: number | undefined;
  limit?: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  siteId: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  requestId: string | null;
  details: unknown;
  /** For people to read: the acting account's email, the site's subdomain, and the target's email when it is an account. */
  actorEmail: string | null;
  siteSubdomain: string | null;
  targetEmail: string | null;
}

export async function queryAudit(db: Db, { actor, site, action, since, until, before, limit = 100 }: AuditFilter): Promise<{ entries: AuditRow[]; nextBefore: number | null }> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('user as actor', 'actor.id', 'audit_log.actor_id')
    .leftJoin('sites', 'sites.id', 'audit_log.site_id')
    .leftJoin('user as target', 'target.id', 'audit_log.target')
    .selectAll('audit_log')
    .select(['actor.email as actor_email', 'sites.subdomain as site_subdomain', 'target.email as target_email']);
  // An id, or the email / subdomain people know them by (each an indexed equality, so the filter stays fast).
  if (actor) query = query.where((eb) => eb.or([eb('audit_log.actor_id', '=', actor), eb('audit_log.actor_id', '=', eb.selectFrom('user as by_email').select('by_email.id').where('by_email.email', '=', actor.toLowerCase()).limit(1))]));
  if (site) query = query.where((eb) => eb.or([eb('audit_log.site_id', '=', site), eb('audit_log.site_id', '=', eb.selectFrom('sites as by_subdomain').select('by_subdomain.id').where('by_subdomain.subdomain', '=', site.toLowerCase()).limit(1))]));
  if (action) query = action.endsWith('.') ? query.where('audit_log.action', 'like', `${action.replace(/[\\%_]/g, (character) => `\\${character}`)}%`) : query.where('audit_log.action', '=', action);
  if (since) query = query.where('audit_log.at', '>=', since);
  if (until) query = query.where('audit_log.at', '<', until);
  if (before !== undefined) query = query.where('audit_log.id', '<', before);
  const rows = await query.orderBy('audit_log.id', 'desc').limit(limit + 1).execute();
  const entries = rows.slice(0, limit).map((row) => ({
    id: Number(row.id),
    at: row.at,
    actorId: row.actor_id,
    siteId: row.site_id,
    action: row.action,
    target: row.target,
    ip: row.ip,
    requestId: row.request_id,
    details: typeof row.details === 'string' ? JSON.parse(row.details) : row.details,
    actorEmail: row.actor_email,
    siteSubdomain: row.site_subdomain,
    targetEmail: row.target_email,
  }));
  return { entries, nextBefore: rows.length > limit ? entries.at(-1)!.id : null };
}

const cell = (value: unknown) => csvCell(value === null || value === undefined ? '' : typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value));

export function auditCsv(entries: readonly AuditRow[]): string {
  const header = ['id', 'at', 'actor', 'site', 'action', 'target', 'ip', 'request', 'details'];
  return [header.join(','), ...entries.map((entry) => [entry.id, entry.at, entry.actorId, entry.siteId, entry.action, entry.target, entry.ip, entry.requestId, entry.details].map(cell).join(','))].join('\r\n') + '\r\n';
}
