// Operators' tools: the audit log, housekeeping (bounded tables), Prometheus metrics and the error log now; AI cost and settings later.
export { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
export { DEFAULT_RETENTION, sweepAndLog, sweepExpiredRows, type HousekeepingDeps, type RetentionPolicy, type SweepReport } from './housekeeping.ts';
// Metrics (GET /metrics, one registry per app) and the error log (5xx, failed jobs, failed AI edits, by fingerprint).
export { createMetrics, type ErrorSource, type MetricSources, type Metrics, type MetricsOptions, type ModelCallSample, type PublishOutcome, type QueueDepth, type SiteTrafficTotals } from './metrics.ts';
export { createErrorLog, errorFingerprint, maskSecrets, recentErrorGroups, safeContext, sweepErrorLog, type ErrorContext, type ErrorGroup, type ErrorLog, type ErrorLogDeps, type ErrorReport } from './error-log.ts';
