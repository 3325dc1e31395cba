// The operator's AI screen through /api/admin/settings and /api/admin/ai/*: the models per role, retries, timeout,
// daily budget and context strategy in force (changed at runtime, audited), the providers this server can call, and
// what model calls cost by model, person or day, with the same report as a CSV file.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { operations } from './generated/openapi.ts';
import { type Answer, api, callUrl, type RequestBody } from './contract.ts';

export type AdminSettings = Answer<'/api/admin/settings', 'get'>['settings'];
export type AiSettings = AdminSettings['ai'];
export type AiSettingsChange = NonNullable<RequestBody<'/api/admin/settings', 'put'>['ai']>;
export type ModelProvider = Answer<'/api/admin/ai/providers', 'get'>['providers'][number];
export type CostReport = Answer<'/api/admin/ai/costs', 'get'>;
export type CostRow = CostReport['rows'][number];
/** The report's days and grouping (the same for the table and the CSV file). */
export type CostFilters = NonNullable<operations['adminExportAiCosts']['parameters']['query']>;
export type CostGroup = NonNullable<CostFilters['groupBy']>;

export const adminAiKeys = {
  settings: ['admin', 'settings'] as const,
  providers: ['admin', 'ai', 'providers'] as const,
  costs: (filters: CostFilters) => ['admin', 'ai', 'costs', filters] as const,
};

export function useAdminSettings() {
  return useQuery({ queryKey: adminAiKeys.settings, queryFn: async () => (await api.get('/api/admin/settings')).settings });
}

export function useModelProviders() {
  return useQuery({ queryKey: adminAiKeys.providers, queryFn: async () => (await api.get('/api/admin/ai/providers')).providers, staleTime: 60_000 });
}

export const changeAiSettings = async (ai: AiSettingsChange) => (await api.put('/api/admin/settings', { body: { ai } })).settings;

/** The cost report, 50 rows a page. */
export function useAiCosts(filters: CostFilters) {
  return useInfiniteQuery({
    queryKey: adminAiKeys.costs(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get('/api/admin/ai/costs', { query: { ...filters, cursor: pageParam, limit: 50 } }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Where the browser downloads the same report as a spreadsheet file (CSV). */
export const aiCostsCsvUrl = (filters: CostFilters) => callUrl('/api/admin/ai/costs.csv', { query: filters });
