// Operators' tools: the audit log and its queries, housekeeping (bounded tables), the accounts and sites directories,
// the dashboard's figures, runtime settings, Prometheus metrics, the error log and OpenTelemetry traces.
export { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
export { DEFAULT_RETENTION, sweepAndLog, sweepExpiredRows, type HousekeepingDeps, type RetentionPolicy, type SweepReport } from './housekeeping.ts';
export { accountCursor, listAccounts, type AccountListing } from './accounts-directory.ts';
export { listSitesForAdmin, type SiteListing } from './sites-directory.ts';
export { auditCsv, queryAudit, type AuditFilter, type AuditRow } from './audit-query.ts';
export { aiCosts, aiCostsCsv, COST_GROUPS, type CostGroup, type CostQuery, type CostReport, type CostRow } from './ai-costs.ts';
export { DASHBOARD_RANGES, dashboardFigures, type Dashboard, type DashboardRange, type ModelUsage } from './dashboard.ts';
export { createRuntimeSettings, defaultSettings, RuntimeSettingsPatchSchema, RuntimeSettingsSchema, SETTINGS_CHANNEL, type RuntimeSettings, type RuntimeSettingsPatch, type RuntimeSettingsStore } from './runtime-settings.ts';
// Metrics (GET /metrics, one registry per app) and the error log (5xx, failed jobs, failed AI edits, by fingerprint).
export { createMetrics, type ErrorSource, type MetricSources, type Metrics, type MetricsOptions, type ModelCallSample, type PublishOutcome, type QueueDepth, type SiteTrafficTotals } from './metrics.ts';
export { createErrorLog, errorFingerprint, maskSecrets, recentErrorGroups, safeContext, sweepErrorLog, type ErrorContext, type ErrorGroup, type ErrorLog, type ErrorLogDeps, type ErrorReport } from './error-log.ts';
// OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT): the SDK for this process; spans are made through src/tracing.ts.
export { startTracing, tracesUrl, type Tracing, type TracingOptions } from './start-tracing.ts';
export { LIMIT_SETTING_FEATURES, LIMIT_SETTING_PLANS, PlanLimitSettingsSchema, type PlanLimitSettings } from './plan-limit-settings.ts';
export { errorGroupCursor, errorGroupDetail, listErrorGroups, type ErrorGroupFilter, type ErrorGroupListing, type ErrorOccurrence } from './error-groups.ts';
