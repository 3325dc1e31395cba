// The operator's Errors, Jobs and Settings screens through /api/admin/*: the error log grouped by fingerprint and
// one group's occurrences; the job queues, failed jobs, retrying and discarding one; the runtime settings (AI
// retries, timeout, daily budget; sign-ups, generation, the banner; limits per plan) and changing them.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type Answer, api, type RequestBody, type Schema } from './contract.ts';

export type ErrorGroupListing = Schema<'ErrorGroupListing'>;
export type ErrorOccurrence = Schema<'ErrorOccurrence'>;
export type ErrorKind = ErrorGroupListing['kind'];
export type AdminJobs = Answer<'/api/admin/jobs', 'get'>;
export type QueueFigures = AdminJobs['queues'][number];
export type FailedJob = AdminJobs['failed'][number];
export type RuntimeSettings = Answer<'/api/admin/settings', 'get'>['settings'];
export type RuntimeSettingsChange = RequestBody<'/api/admin/settings', 'put'>;
export type PlanLimitSettings = RuntimeSettings['limits'];

export const adminOpsKeys = {
  errors: (kind: ErrorKind | null, since: string | null) => ['admin', 'errors', kind, since] as const,
  error: (fingerprint: string) => ['admin', 'error', fingerprint] as const,
  jobs: ['admin', 'jobs'] as const,
  settings: ['admin', 'settings'] as const,
  plans: ['admin', 'plans'] as const,
};

/** The error log's groups, seen most recently first, 50 a page; `kind` narrows to one kind, `since` to those seen since. */
export function useErrorGroups(kind: ErrorKind | null, since: string | null) {
  return useInfiniteQuery({
    queryKey: adminOpsKeys.errors(kind, since),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get('/api/admin/errors', { query: { kind: kind ?? undefined, since: since ?? undefined, cursor: pageParam, limit: 50 } }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useErrorGroup(fingerprint: string) {
  return useQuery({ queryKey: adminOpsKeys.error(fingerprint), queryFn: () => api.get('/api/admin/errors/{fingerprint}', { path: { fingerprint }, query: { limit: 50 } }) });
}

/** Queues and failed jobs, read again every few seconds while the screen is open. */
export function useAdminJobs() {
  return useQuery({ queryKey: adminOpsKeys.jobs, queryFn: () => api.get('/api/admin/jobs'), refetchInterval: 5_000 });
}

export const retryJob = (job: Pick<FailedJob, 'queue' | 'id'>) => api.post('/api/admin/jobs/{queue}/{jobId}/retry', { path: { queue: job.queue, jobId: job.id } });
export const discardJob = (job: Pick<FailedJob, 'queue' | 'id'>) => api.post('/api/admin/jobs/{queue}/{jobId}/discard', { path: { queue: job.queue, jobId: job.id } });

export function useRuntimeSettings() {
  return useQuery({ queryKey: adminOpsKeys.settings, queryFn: async () => (await api.get('/api/admin/settings')).settings });
}

export const updateRuntimeSettings = async (change: RuntimeSettingsChange) => (await api.put('/api/admin/settings', { body: change })).settings;

export type AdminPlan = Answer<'/api/admin/plans', 'get'>['plans'][number];

/** The plans' own limits (before the limits per plan set in Settings). */
export function useAdminPlans() {
  return useQuery({ queryKey: adminOpsKeys.plans, queryFn: async () => (await api.get('/api/admin/plans')).plans, staleTime: Infinity });
}
