// Uploads in flight: each picked, dropped or pasted file is sent on its own request (two at a time) with its
// progress; a refused one stays in the list with the server's reason, which names the file.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { type Asset, assetKeys, errorMessage, uploadAsset } from '../../../api/index.ts';

export interface Upload {
  key: number;
  name: string;
  /** 0–1 while sending; 1 while the server makes the variants. */
  progress: number;
  error: string | null;
  /** The refusal itself, for the way out a billing refusal offers (the plan's storage is full). */
  problem?: unknown;
}

const AT_ONCE = 2;

export function useUploads(siteId: string, onUploaded?: (asset: Asset) => void) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(0);
  const update = (key: number, change: Partial<Upload>) => setUploads((list) => list.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));

  const add = useCallback(
    async (files: readonly File[]) => {
      const queued = files.map((file) => ({ file, key: (nextKey.current += 1) }));
      setUploads((list) => [...list, ...queued.map(({ file, key }) => ({ key, name: file.name, progress: 0, error: null }))]);
      const waiting = [...queued];
      const worker = async () => {
        for (let next = waiting.shift(); next; next = waiting.shift()) {
          const { file, key } = next;
          try {
            const asset = await uploadAsset(siteId, file, (progress) => update(key, { progress }));
            setUploads((list) => list.filter((entry) => entry.key !== key));
            await queryClient.invalidateQueries({ queryKey: assetKeys.list(siteId) });
            onUploaded?.(asset);
          } catch (error) {
            update(key, { error: errorMessage(error), problem: error, progress: 0 });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(AT_ONCE, queued.length) }, worker));
    },
    [siteId, queryClient, onUploaded],
  );

  const dismiss = (key: number) => setUploads((list) => list.filter((entry) => entry.key !== key));
  return { uploads, add, dismiss };
}
