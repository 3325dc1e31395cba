// Publishing a site: publish a branch's head, the deployments with what is live on each channel, making an
// earlier deployment live again, and the addresses each channel is served at.
import { useQuery } from '@tanstack/react-query';
import { type Answer, api } from './contract.ts';
import type { components } from './generated/openapi.ts';
import { ApiError } from './http-client.ts';

/** An example PageHub wrote that is still on the site: where it is and what it says. */
export type SampleItem = components['schemas']['SampleItem'];

/** Deployments newest first; `live` maps a channel (`production`, `branch:<name>`) to its live deployment; `url` is the production address. */
export type DeploymentList = Answer<'/api/sites/{id}/deployments', 'get'>;

/** A published deployment, the channel it is live on and its address; `isReused` when that commit was published before. */
export type Published = Answer<'/api/sites/{id}/publish', 'post'>;

export const publishKeys = { list: (siteId: string) => ['sites', siteId, 'deployments', 'all'] as const };

export function useDeploymentList(siteId: string) {
  return useQuery({ queryKey: publishKeys.list(siteId), queryFn: () => api.get('/api/sites/{id}/deployments', { path: { id: siteId }, query: { limit: 50 } }) });
}

/** Publishes `branch`; without `confirmSamples` a site that still shows samples answers SAMPLES_LEFT (see sampleItems). */
export const publishSite = (siteId: string, branch: string, confirmSamples = false) =>
  api.post('/api/sites/{id}/publish', { path: { id: siteId }, body: { ...(branch === 'main' ? {} : { branch }), ...(confirmSamples ? { confirmSamples } : {}) } });

/** A picture on the site without a description: where it is and the pointer of its `alt`. */
export type PictureWithoutAlt = components['schemas']['PictureWithoutAlt'];

/** The pictures an ALT_TEXT_MISSING answer lists, or null for any other outcome. */
export function picturesWithoutAlt(error: unknown): PictureWithoutAlt[] | null {
  return error instanceof ApiError && error.code === 'ALT_TEXT_MISSING' ? (error.problem.pictures ?? []) : null;
}

/** The samples a SAMPLES_LEFT answer lists, or null for any other outcome. */
export function sampleItems(error: unknown): SampleItem[] | null {
  return error instanceof ApiError && error.code === 'SAMPLES_LEFT' ? (error.problem.samples ?? []) : null;
}

export const activateDeployment = (siteId: string, deploymentId: string) => api.post('/api/sites/{id}/deployments/{deployId}/activate', { path: { id: siteId, deployId: deploymentId } });

/** A branch's preview address: `{branch}--` before the production host (`{branch}--{subdomain}.{PLATFORM_DOMAIN}`). */
export function branchPreviewUrl(productionUrl: string, branch: string): string {
  const address = new URL(productionUrl);
  address.hostname = `${branch}--${address.hostname}`;
  return address.origin;
}

/** The branch a channel serves (`branch:draft` → `draft`), or null for production. */
export const channelBranch = (channel: string): string | null => (channel.startsWith('branch:') ? channel.slice('branch:'.length) : null);
