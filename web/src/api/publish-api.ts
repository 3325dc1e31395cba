// Publishing a site: publish a branch's head, the deployments with what is live on each channel, making an
// earlier deployment live again, and the addresses each channel is served at.
import { useQuery } from '@tanstack/react-query';
import { apiGet, apiPost } from './http-client.ts';

export interface Deployment {
  id: string;
  commit: string;
  branch: string | null;
  createdAt: string;
  files: number;
  bytes: number;
  /** Channels it is live on: `production`, `branch:<name>`. */
  live: string[];
}

export interface DeploymentList {
  deployments: Deployment[];
  /** Channel → live deployment id. */
  live: Record<string, string>;
  /** The production address, e.g. `http://bakery.localhost:8080`. */
  url: string;
}

export interface Published {
  deployment: Deployment;
  channel: string;
  url: string;
  isReused?: boolean;
}

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export const publishKeys = { list: (siteId: string) => ['sites', siteId, 'deployments', 'all'] as const };

export function useDeploymentList(siteId: string) {
  return useQuery({ queryKey: publishKeys.list(siteId), queryFn: () => apiGet<DeploymentList>(`${sitePath(siteId)}/deployments?limit=50`) });
}

export const publishSite = (siteId: string, branch: string) => apiPost<Published>(`${sitePath(siteId)}/publish`, branch === 'main' ? {} : { branch });

export const activateDeployment = (siteId: string, deploymentId: string) => apiPost<Published>(`${sitePath(siteId)}/deployments/${encodeURIComponent(deploymentId)}/activate`);

/** A branch's preview address: `{branch}--` before the production host (`{branch}--{subdomain}.{PLATFORM_DOMAIN}`). */
export function branchPreviewUrl(productionUrl: string, branch: string): string {
  const address = new URL(productionUrl);
  address.hostname = `${branch}--${address.hostname}`;
  return address.origin;
}

/** The branch a channel serves (`branch:draft` → `draft`), or null for production. */
export const channelBranch = (channel: string): string | null => (channel.startsWith('branch:') ? channel.slice('branch:'.length) : null);
