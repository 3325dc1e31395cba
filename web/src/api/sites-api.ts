// Sites, their head commit and deployments, subdomains and templates: typed calls and TanStack Query hooks.
import { useQuery } from '@tanstack/react-query';
import type { Site } from '../../../src/site/index.ts';
import { apiGet, apiPost } from './http-client.ts';

export interface SiteSummary {
  id: string;
  subdomain: string;
  name: string;
  role: 'owner' | 'editor' | 'viewer';
  createdAt: string;
}

export interface Commit {
  id: string;
  summary: string;
  source: 'ai' | 'editor' | 'api' | 'rollback' | 'merge';
  createdAt: string;
}

export interface SiteDetail {
  site: SiteSummary;
  branch: string;
  head: Commit;
  document: Site;
}

export interface Deployments {
  deployments: { id: string; commit: string; createdAt: string; live: string[] }[];
  /** Channel (`production`, `branch:<name>`) → live deployment id. */
  live: Record<string, string>;
  url: string;
}

export interface SubdomainCheck {
  subdomain: string;
  isAvailable: boolean;
  problem: string | null;
}

export interface StarterTemplate {
  industry: string;
  label: string;
  prompt: string;
}

export interface CreatedSite {
  id: string;
  subdomain: string;
  head: string;
}

export interface JobAccepted {
  jobId: string;
  statusUrl: string;
  eventsUrl: string;
}

export const siteKeys = {
  list: ['sites'] as const,
  detail: (id: string) => ['sites', id] as const,
  branchHead: (id: string, branch: string) => ['sites', id, 'branch-head', branch] as const,
  deployments: (id: string) => ['sites', id, 'deployments'] as const,
};

export function useSites() {
  return useQuery({ queryKey: siteKeys.list, queryFn: async () => (await apiGet<{ sites: SiteSummary[] }>('/api/sites')).sites });
}

/** The site with the head of `branch` (main when none is given). */
export function useSiteDetail(id: string, branch?: string) {
  return useQuery({
    queryKey: branch ? siteKeys.branchHead(id, branch) : siteKeys.detail(id),
    queryFn: () => apiGet<SiteDetail>(`/api/sites/${encodeURIComponent(id)}${branch ? `?branch=${encodeURIComponent(branch)}` : ''}`),
  });
}

export function useDeployments(id: string) {
  return useQuery({ queryKey: siteKeys.deployments(id), queryFn: () => apiGet<Deployments>(`/api/sites/${encodeURIComponent(id)}/deployments?limit=1`) });
}

export function useTemplates() {
  return useQuery({ queryKey: ['templates'], queryFn: async () => (await apiGet<{ templates: StarterTemplate[] }>('/api/templates')).templates, staleTime: Infinity });
}

export const checkSubdomain = (subdomain: string) => apiGet<SubdomainCheck>(`/api/subdomains/${encodeURIComponent(subdomain)}`);

export const createSite = (input: { subdomain: string; template?: string; name?: string }) => apiPost<CreatedSite>('/api/sites', input);

export const generateSite = (input: { prompt: string; subdomain: string }) => apiPost<JobAccepted>('/api/sites/generate', input);
