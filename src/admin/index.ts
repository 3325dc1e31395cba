// Operators' tools: the audit log now; metrics, AI cost, error log and settings later.
export { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
