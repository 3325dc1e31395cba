// A site's history: the commit log of a branch (cursor pages), one commit with its document, the difference
// between two commits, branches (create, merge, delete), named versions (tags) and rollbacks.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type Answer, api, callUrl, type RequestBody, type Schema } from './contract.ts';
import { ApiError } from './http-client.ts';
import type { WithSite } from './sites-api.ts';

export type CommitEntry = Schema<'Commit'>;
export type CommitSource = CommitEntry['source'];
/** One JSON Patch operation as the API sends it: src/patch's PatchOperation, with `value` as unknown JSON. */
export type PatchOperation = Schema<'PatchOperation'>;
export type MergeConflict = Schema<'MergeConflict'>;

type MergeAnswer = Answer<'/api/sites/{id}/branches/{name}/merge', 'post'>;
/** The problem+json of a refused merge. */
type MergeRefusal = Schema<'MergeConflictProblem'>;

/** A merge refused because both branches changed the same place: the problem's `detail` and each conflict. */
export class MergeConflictError extends ApiError {
  constructor(message: string, readonly conflicts: MergeConflict[]) {
    super(409, 'CONFLICT', message);
  }
}

export const historyKeys = {
  all: (siteId: string) => ['sites', siteId, 'history'] as const,
  log: (siteId: string, branch: string) => ['sites', siteId, 'history', 'log', branch] as const,
  commit: (siteId: string, commit: string) => ['sites', siteId, 'history', 'commit', commit] as const,
  diff: (siteId: string, from: string, to: string) => ['sites', siteId, 'history', 'diff', from, to] as const,
  branches: (siteId: string) => ['sites', siteId, 'history', 'branches'] as const,
  tags: (siteId: string) => ['sites', siteId, 'history', 'tags'] as const,
};

const PAGE_SIZE = 20;

export function useCommitLog(siteId: string, branch: string) {
  return useInfiniteQuery({
    queryKey: historyKeys.log(siteId, branch),
    initialPageParam: '',
    queryFn: ({ pageParam }) => api.get('/api/sites/{id}/commits', { path: { id: siteId }, query: { branch, limit: PAGE_SIZE, cursor: pageParam || undefined } }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One commit and the document at it; the server validated the document as a Site. */
export function useCommit(siteId: string, commit: string | null) {
  return useQuery({
    queryKey: historyKeys.commit(siteId, commit ?? ''),
    queryFn: async () => (await api.get('/api/sites/{id}/commits/{commit}', { path: { id: siteId, commit: commit ?? '' } })) as WithSite<Answer<'/api/sites/{id}/commits/{commit}', 'get'>>,
    enabled: Boolean(commit),
    staleTime: Infinity,
  });
}

export function useDiff(siteId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: historyKeys.diff(siteId, from ?? '', to ?? ''),
    queryFn: () => api.get('/api/sites/{id}/diff', { path: { id: siteId }, query: { from: from ?? '', to: to ?? '' } }),
    enabled: Boolean(from && to),
    staleTime: Infinity,
  });
}

export function useBranches(siteId: string) {
  return useQuery({ queryKey: historyKeys.branches(siteId), queryFn: async () => (await api.get('/api/sites/{id}/branches', { path: { id: siteId } })).branches });
}

export function useTags(siteId: string) {
  return useQuery({ queryKey: historyKeys.tags(siteId), queryFn: async () => (await api.get('/api/sites/{id}/tags', { path: { id: siteId } })).tags });
}

export const createTag = (siteId: string, input: RequestBody<'/api/sites/{id}/tags', 'post'>) => api.post('/api/sites/{id}/tags', { path: { id: siteId }, body: input });

export const createBranch = (siteId: string, input: RequestBody<'/api/sites/{id}/branches', 'post'>) => api.post('/api/sites/{id}/branches', { path: { id: siteId }, body: input });

export const deleteBranch = (siteId: string, name: string) => api.delete('/api/sites/{id}/branches/{name}', { path: { id: siteId, name } });

export const rollBack = (siteId: string, input: RequestBody<'/api/sites/{id}/rollback', 'post'>) => api.post('/api/sites/{id}/rollback', { path: { id: siteId }, body: input });

/** Merges `name` into `into`; a 409 with conflicts rejects with a MergeConflictError listing them. */
export async function mergeBranch(siteId: string, name: string, into: string): Promise<MergeAnswer> {
  const response = await fetch(callUrl('/api/sites/{id}/branches/{name}/merge', { path: { id: siteId, name } }), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ into }),
  }).catch(() => null);
  if (!response) throw new ApiError(0, 'NETWORK', 'PageHub could not be reached. Check your connection and try again.');
  const body = (await response.json().catch(() => ({}))) as Partial<MergeAnswer & MergeRefusal>;
  if (response.ok && body.commit) return { commit: body.commit };
  if (response.status === 409 && body.conflicts?.length) throw new MergeConflictError(body.detail ?? 'The branches conflict.', body.conflicts);
  throw new ApiError(response.status, `HTTP_${response.status}`, body.detail ?? `The server answered ${response.status}.`);
}
