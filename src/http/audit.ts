import { recordAudit, type AuditEntry } from '../admin/index.ts';
import type { Db } from '../store/index.ts';
import type { AppContext } from './app-env.ts';
import { clientIp } from './client-ip.ts';

/** Records a mutation made by this request: actor, IP and request id come from the request itself. */
export function auditRequest(c: AppContext, db: Db, entry: Omit<AuditEntry, 'actorId' | 'ip' | 'requestId'>): Promise<void> {
  return recordAudit(db, { ...entry, actorId: c.get('user')?.id ?? null, ip: clientIp(c), requestId: c.get('requestId') });
}
