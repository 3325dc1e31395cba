// Publishing a site: publish a branch's head, the deployments with what is live on each channel, making an
// earlier deployment live again, and the addresses each channel is served at.
import { useQuery } from '@tanstack/react-query';
import { type Answer, api } from './contract.ts';

/** Deployments newest first; `live` maps a channel (`production`, `branch:<name>`) to its live deployment; `url` is the production address. */
export type DeploymentList = Answer<'/api/sites/{id}/deployments', 'get'>;

/** A published deployment, the channel it is live on and its address; `isReused` when that commit was published before. */
export type Published = Answer<'/api/sites/{id}/publish', 'post'>;

export const publishKeys = { list: (siteId: string) => ['sites', siteId, 'deployments', 'all'] as const };

export function useDeploymentList(siteId: string) {
  return useQuery({ queryKey: publishKeys.list(siteId), queryFn: () => api.get('/api/sites/{id}/deployments', { path: { id: siteId }, query: { limit: 50 } }) });
}

export const publishSite = (siteId: string, branch: string) => api.post('/api/sites/{id}/publish', { path: { id: siteId }, body: branch === 'main' ? {} : { branch } });

export const activateDeployment = (siteId: string, deploymentId: string) => api.post('/api/sites/{id}/deployments/{deployId}/activate', { path: { id: siteId, deployId: deploymentId } });

/** A branch's preview address: `{branch}--` before the production host (`{branch}--{subdomain}.{PLATFORM_DOMAIN}`). */
export function branchPreviewUrl(productionUrl: string, branch: string): string {
  const address = new URL(productionUrl);
  address.hostname = `${branch}--${address.hostname}`;
  return address.origin;
}

/** The branch a channel serves (`branch:draft` → `draft`), or null for production. */
export const channelBranch = (channel: string): string | null => (channel.startsWith('branch:') ? channel.slice('branch:'.length) : null);
