// Sites, their head commit and deployments, subdomains and templates: typed calls and TanStack Query hooks.
import { useQuery } from '@tanstack/react-query';
import type { Site } from '../../../src/site/index.ts';
import { type Answer, api, type RequestBody, type Schema } from './contract.ts';

export type SiteSummary = Schema<'SiteSummary'>;

/** An answer whose `document` is the Site document: the OpenAPI document describes it loosely, src/site exactly. */
export type WithSite<Answered> = Omit<Answered, 'document'> & Record<'document', Site>;

/** The site with the head commit and document of a branch (GET /api/sites/{id}). */
export type SiteDetail = WithSite<Answer<'/api/sites/{id}', 'get'>>;

export type StarterTemplate = Answer<'/api/templates', 'get'>['templates'][number];

export const siteKeys = {
  list: ['sites'] as const,
  detail: (id: string) => ['sites', id] as const,
  branchHead: (id: string, branch: string) => ['sites', id, 'branch-head', branch] as const,
  deployments: (id: string) => ['sites', id, 'deployments'] as const,
};

/** The site with the head of `branch` (main when none is given); the server validated its document as a Site. */
export const loadSiteDetail = async (id: string, branch?: string): Promise<SiteDetail> => (await api.get('/api/sites/{id}', { path: { id }, query: { branch } })) as SiteDetail;

export function useSites() {
  return useQuery({ queryKey: siteKeys.list, queryFn: async () => (await api.get('/api/sites')).sites });
}

export function useSiteDetail(id: string, branch?: string) {
  return useQuery({ queryKey: branch ? siteKeys.branchHead(id, branch) : siteKeys.detail(id), queryFn: () => loadSiteDetail(id, branch) });
}

export function useDeployments(id: string) {
  return useQuery({ queryKey: siteKeys.deployments(id), queryFn: () => api.get('/api/sites/{id}/deployments', { path: { id }, query: { limit: 1 } }) });
}

export function useTemplates() {
  return useQuery({ queryKey: ['templates'], queryFn: async () => (await api.get('/api/templates')).templates, staleTime: Infinity });
}

export const checkSubdomain = (subdomain: string) => api.get('/api/subdomains/{subdomain}', { path: { subdomain } });

export const createSite = (input: RequestBody<'/api/sites', 'post'>) => api.post('/api/sites', { body: input });

/** A new name (editors and owners) or subdomain (owners: the old address redirects for 30 days). */
export const updateSite = (id: string, input: RequestBody<'/api/sites/{id}', 'patch'>) => api.patch('/api/sites/{id}', { path: { id }, body: input });

export const generateSite = (input: RequestBody<'/api/sites/generate', 'post'>) => api.post('/api/sites/generate', { body: input });
