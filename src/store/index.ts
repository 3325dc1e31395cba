export { type Database, type Db, openDatabase } from './database.ts';
export { type Commit, createHistory, type History, StaleBaseError } from './history/index.ts';
export { type AssetStatus, type DeploymentManifest, type StoredVariant, type Tables } from './tables.ts';
export { listen } from './notifications.ts';
export { createSite, deleteSite, isSubdomainAvailable, listSitesOf, type SiteSummary } from './sites.ts';
export { RESERVED_SUBDOMAINS, subdomainProblem } from './subdomain.ts';
export { DataDirLockedError } from './lockfile.ts';
export { COMMIT_ACTIONS, COMMIT_SOURCES, type CommitAction, type CommitSource } from './commit-kinds.ts';
export { SITE_ROLES, type SiteRole } from './member-roles.ts';
