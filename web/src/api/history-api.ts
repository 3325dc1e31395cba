// A site's history: the commit log of a branch (cursor pages), one commit with its document, the difference
// between two commits, branches (create, merge, delete), named versions (tags) and rollbacks.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Site } from '../../../src/site/index.ts';
import { apiCall, apiGet, apiPost, ApiError } from './http-client.ts';

export type CommitSource = 'ai' | 'editor' | 'api' | 'rollback' | 'merge';

export interface PatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

export interface CommitEntry {
  id: string;
  seq: number;
  parents: string[];
  author: string | null;
  source: CommitSource;
  action: 'change' | 'undo' | 'redo';
  summary: string;
  patch: PatchOperation[];
  createdAt: string;
}

export interface Branch {
  name: string;
  head: string;
  updatedAt: string;
}

export interface Tag {
  name: string;
  commit: string;
  createdAt: string;
}

export interface MergeConflict {
  path: string;
  part: string;
  message: string;
}

/** A merge refused because both branches changed the same place: the problem's `detail` and each conflict. */
export class MergeConflictError extends ApiError {
  constructor(message: string, readonly conflicts: MergeConflict[]) {
    super(409, 'CONFLICT', message);
  }
}

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

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
    queryFn: ({ pageParam }) =>
      apiGet<{ commits: CommitEntry[]; nextCursor: string | null }>(
        `${sitePath(siteId)}/commits?branch=${encodeURIComponent(branch)}&limit=${PAGE_SIZE}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useCommit(siteId: string, commit: string | null) {
  return useQuery({
    queryKey: historyKeys.commit(siteId, commit ?? ''),
    queryFn: () => apiGet<{ commit: CommitEntry; document: Site }>(`${sitePath(siteId)}/commits/${encodeURIComponent(commit ?? '')}`),
    enabled: Boolean(commit),
    staleTime: Infinity,
  });
}

export function useDiff(siteId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: historyKeys.diff(siteId, from ?? '', to ?? ''),
    queryFn: () => apiGet<{ patch: PatchOperation[]; summary: string }>(`${sitePath(siteId)}/diff?from=${encodeURIComponent(from ?? '')}&to=${encodeURIComponent(to ?? '')}`),
    enabled: Boolean(from && to),
    staleTime: Infinity,
  });
}

export function useBranches(siteId: string) {
  return useQuery({ queryKey: historyKeys.branches(siteId), queryFn: async () => (await apiGet<{ branches: Branch[] }>(`${sitePath(siteId)}/branches`)).branches });
}

export function useTags(siteId: string) {
  return useQuery({ queryKey: historyKeys.tags(siteId), queryFn: async () => (await apiGet<{ tags: Tag[] }>(`${sitePath(siteId)}/tags`)).tags });
}

export const createTag = (siteId: string, input: { name: string; commit: string }) => apiPost<{ tag: Tag }>(`${sitePath(siteId)}/tags`, input);

export const createBranch = (siteId: string, input: { name: string; from: string }) => apiPost<{ branch: Branch }>(`${sitePath(siteId)}/branches`, input);

export const deleteBranch = (siteId: string, name: string) => apiCall<void>('DELETE', `${sitePath(siteId)}/branches/${encodeURIComponent(name)}`);

export const rollBack = (siteId: string, input: { branch: string; to: string }) => apiPost<{ commit: CommitEntry }>(`${sitePath(siteId)}/rollback`, input);

/** Merges `name` into `into`; a 409 with conflicts rejects with a MergeConflictError listing them. */
export async function mergeBranch(siteId: string, name: string, into: string): Promise<{ commit: CommitEntry }> {
  const response = await fetch(`${sitePath(siteId)}/branches/${encodeURIComponent(name)}/merge`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ into }),
  }).catch(() => null);
  if (!response) throw new ApiError(0, 'NETWORK', 'PageHub could not be reached. Check your connection and try again.');
  const body = (await response.json().catch(() => ({}))) as { detail?: string; conflicts?: MergeConflict[]; commit?: CommitEntry };
  if (response.ok && body.commit) return { commit: body.commit };
  if (response.status === 409 && body.conflicts?.length) throw new MergeConflictError(body.detail ?? 'The branches conflict.', body.conflicts);
  throw new ApiError(response.status, `HTTP_${response.status}`, body.detail ?? `The server answered ${response.status}.`);
}
