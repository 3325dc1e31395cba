// Operators' tools: the audit log and housekeeping (bounded tables) now; metrics, AI cost, error log and settings later.
export { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
export { DEFAULT_RETENTION, sweepAndLog, sweepExpiredRows, type HousekeepingDeps, type RetentionPolicy, type SweepReport } from './housekeeping.ts';
