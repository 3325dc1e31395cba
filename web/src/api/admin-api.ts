// The operator's screens (/admin) through /api/admin/*: the dashboard's figures, accounts (suspend, limits, a
// password-reset mail), sites (taken down for abuse and restored; their history, read only), the audit log and its CSV file, and Stripe's events. The server
// answers 404 to anyone but a platform admin, so the screens ask only when the session says the person is one.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { operations } from './generated/openapi.ts';
import { type Answer, api, callUrl, type RequestBody, type Schema } from './contract.ts';

export type AdminDashboard = Schema<'AdminDashboard'>;
export type DashboardRange = AdminDashboard['range'];
export type AdminAccount = Schema<'AdminAccount'>;
export type AdminAccountDetail = Answer<'/api/admin/accounts/{userId}', 'get'>;
export type AdminSite = Schema<'AdminSite'>;
export type AuditEntry = Schema<'AuditEntry'>;
export type StripeEvent = Answer<'/api/admin/webhooks', 'get'>['events'][number];
export type LimitOverrides = RequestBody<'/api/admin/accounts/{userId}/limits', 'put'>['limits'];
/** The audit log's filters (the same for the list and the CSV file). */
export type AuditFilters = Omit<NonNullable<operations['adminQueryAudit']['parameters']['query']>, 'before' | 'limit'>;

export const adminKeys = {
  all: ['admin'] as const,
  dashboard: (range: DashboardRange) => ['admin', 'dashboard', range] as const,
  accounts: (query: string) => ['admin', 'accounts', query] as const,
  account: (userId: string) => ['admin', 'account', userId] as const,
  sites: (query: string) => ['admin', 'sites', query] as const,
  siteHistory: (siteId: string, branch: string) => ['admin', 'site-history', siteId, branch] as const,
  audit: (filters: AuditFilters) => ['admin', 'audit', filters] as const,
  webhooks: ['admin', 'webhooks'] as const,
};

export function useAdminDashboard(range: DashboardRange) {
  return useQuery({ queryKey: adminKeys.dashboard(range), queryFn: () => api.get('/api/admin/dashboard', { query: { range } }) });
}

/** Accounts, newest first, 50 a page; `query` searches names and emails. */
export function useAdminAccounts(query: string) {
  return useInfiniteQuery({
    queryKey: adminKeys.accounts(query),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get('/api/admin/accounts', { query: { q: query || undefined, cursor: pageParam, limit: 50 } }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useAdminAccount(userId: string) {
  return useQuery({ queryKey: adminKeys.account(userId), queryFn: () => api.get('/api/admin/accounts/{userId}', { path: { userId } }) });
}

export const suspendAccount = (userId: string, reason: string) => api.post('/api/admin/accounts/{userId}/suspend', { path: { userId }, body: { reason } });
export const unsuspendAccount = (userId: string) => api.post('/api/admin/accounts/{userId}/unsuspend', { path: { userId } });
export const setAccountLimits = (userId: string, limits: LimitOverrides) => api.put('/api/admin/accounts/{userId}/limits', { path: { userId }, body: { limits } });
export const sendPasswordReset = (userId: string) => api.post('/api/admin/accounts/{userId}/password-reset', { path: { userId } });

/** Sites, newest first, 50 a page; `query` searches subdomains, names, custom domains and owners' emails. */
export function useAdminSites(query: string) {
  return useInfiniteQuery({
    queryKey: adminKeys.sites(query),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get('/api/admin/sites', { query: { q: query || undefined, cursor: pageParam, limit: 50 } }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Takes a site down for abuse: offline at once, no publishing until restored; its owners are mailed the reason. */
export const unpublishSite = (siteId: string, reason: string) => api.post('/api/admin/sites/{id}/unpublish', { path: { id: siteId }, body: { reason } });
/** Lifts a takedown; the owners may publish again (nothing is published now). */
export const restoreSite = (siteId: string) => api.post('/api/admin/sites/{id}/restore', { path: { id: siteId } });

export type AdminSiteHistory = Answer<'/api/admin/sites/{id}/history', 'get'>;

/** A site's branches and the latest versions along `branch`, to read only. */
export function useAdminSiteHistory(siteId: string | null, branch: string) {
  return useQuery({
    queryKey: adminKeys.siteHistory(siteId ?? '', branch),
    queryFn: () => api.get('/api/admin/sites/{id}/history', { path: { id: siteId ?? '' }, query: { branch, limit: 50 } }),
    enabled: siteId !== null,
  });
}

/** The audit log, newest first, 100 a page. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.audit(filters),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api.get('/api/admin/audit', { query: { ...filters, before: pageParam, limit: 100 } }),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

/** Where the browser downloads the audit log with the same filters, as a spreadsheet file (CSV). */
export const auditCsvUrl = (filters: AuditFilters) => callUrl('/api/admin/audit.csv', { query: filters });

export function useStripeEvents() {
  return useInfiniteQuery({
    queryKey: adminKeys.webhooks,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get('/api/admin/webhooks', { query: { before: pageParam, limit: 50 } }),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

export const reprocessStripeEvent = (eventId: string) => api.post('/api/admin/webhooks/{eventId}/reprocess', { path: { eventId } });
