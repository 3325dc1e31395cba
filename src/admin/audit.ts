import type { Db } from '../store/index.ts';

export interface AuditEntry {
  actorId: string | null;
  siteId: string | null;
  /** `site.create`, `invite.accept`, `commit.create`, … */
  action: string;
  target?: string | null;
  ip?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

/** Records one mutation. Callers pass the transaction they write in, so the entry lands with the change or not at all. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      site_id: entry.siteId,
      action: entry.action,
      target: entry.target ?? null,
      ip: entry.ip ?? null,
      request_id: entry.requestId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .execute();
}

export async function auditTrail(db: Db, siteId: string, limit = 100) {
  return db.selectFrom('audit_log').selectAll().where('site_id', '=', siteId).orderBy('id', 'desc').limit(limit).execute();
}
