// Operators' tools: the audit log and its queries, housekeeping (bounded tables), the accounts and sites directories and
// the dashboard's figures; metrics, the error log and settings come next.
export { auditTrail, recordAudit, type AuditEntry } from './audit.ts';
export { DEFAULT_RETENTION, sweepAndLog, sweepExpiredRows, type HousekeepingDeps, type RetentionPolicy, type SweepReport } from './housekeeping.ts';
export { accountCursor, listAccounts, type AccountListing } from './accounts-directory.ts';
export { listSitesForAdmin, type SiteListing } from './sites-directory.ts';
export { auditCsv, queryAudit, type AuditFilter, type AuditRow } from './audit-query.ts';
export { DASHBOARD_RANGES, dashboardFigures, type Dashboard, type DashboardRange, type ModelUsage } from './dashboard.ts';
export { createRuntimeSettings, defaultSettings, RuntimeSettingsPatchSchema, RuntimeSettingsSchema, SETTINGS_CHANNEL, type RuntimeSettings, type RuntimeSettingsPatch, type RuntimeSettingsStore } from './runtime-settings.ts';
