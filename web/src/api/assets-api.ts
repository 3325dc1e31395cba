// A site's picture library: the list, uploads with progress (one request per file, so several go side by side),
// alt text, deleting, and the form the renderer takes them in for the live preview.
import { useQuery } from '@tanstack/react-query';
import type { ImageAssets } from '../../../src/site/index.ts';
import { type Answer, api, callUrl } from './contract.ts';
import type { components } from './generated/openapi.ts';
import { ApiError, toApiError } from './http-client.ts';

export type Asset = components['schemas']['Asset'];

/** What POST /api/sites/{id}/assets answers. */
type Uploaded = Answer<'/api/sites/{id}/assets', 'post'>;

export const assetKeys = { list: (siteId: string) => ['sites', siteId, 'assets'] as const };

/** How often the library is asked again while a large photo's sizes are being made in the background. */
const PREPARING_POLL_MS = 2_000;

/**
 * The site's library. While a picture is `processing` (a large photo whose sizes a background job makes) the list is
 * fetched again every two seconds, so the library and the preview switch to the full set once it is `ready`.
 */
export function useAssets(siteId: string) {
  return useQuery({
    queryKey: assetKeys.list(siteId),
    queryFn: () => api.get('/api/sites/{id}/assets', { path: { id: siteId } }),
    refetchInterval: (query) => (query.state.data?.assets.some((asset) => asset.status === 'processing') ? PREPARING_POLL_MS : false),
  });
}

/** Uploads one picture; `onProgress` hears the share sent (0–1). Rejects with the server's reason (naming the file) as an ApiError. */
export function uploadAsset(siteId: string, file: File, onProgress: (share: number) => void): Promise<Asset> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', callUrl('/api/sites/{id}/assets', { path: { id: siteId } }));
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('error', () => reject(new ApiError(0, 'NETWORK', `"${file.name}" could not be sent: PageHub could not be reached. Check your connection and try again.`)));
    request.addEventListener('load', () => {
      const response = new Response(request.responseText || null, { status: request.status, headers: { 'content-type': request.getResponseHeader('content-type') ?? 'application/json', 'retry-after': request.getResponseHeader('retry-after') ?? '' } });
      if (request.status === 201) void response.json().then((answer: Uploaded) => resolve(answer.asset), reject);
      else void toApiError(response).then(reject, reject);
    });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

export const assetPaletteKey = (siteId: string, assetId: string) => ['sites', siteId, 'assets', assetId, 'palette'] as const;

/** A picture's dominant colours, most-used first (for the Theme panel's "Colours from your logo"); idle without an asset. */
export function useAssetPalette(siteId: string, assetId: string | undefined) {
  return useQuery({
    queryKey: assetPaletteKey(siteId, assetId ?? ''),
    queryFn: () => api.get('/api/sites/{id}/assets/{assetId}/palette', { path: { id: siteId, assetId: assetId! } }),
    enabled: assetId !== undefined,
    staleTime: Infinity,
  });
}

export const setAssetAlt = (siteId: string, assetId: string, alt: string) => api.patch('/api/sites/{id}/assets/{assetId}', { path: { id: siteId, assetId }, body: { alt } });

export const deleteAsset = (siteId: string, assetId: string) => api.delete('/api/sites/{id}/assets/{assetId}', { path: { id: siteId, assetId } });

/** The library as the renderer takes it, each file at its editor address. */
export function imageAssetsOf(assets: readonly Asset[]): ImageAssets {
  return Object.fromEntries(assets.map((asset) => [asset.id, { width: asset.width, height: asset.height, dominantColor: asset.dominantColor, files: asset.variants.map(({ url, format, width }) => ({ url, format, width })) }]));
}

/** A small file of the picture for thumbnails in the editor. */
export function thumbnailOf(asset: Asset): string {
  return asset.variants.find((variant) => variant.format === 'webp')?.url ?? asset.url;
}
