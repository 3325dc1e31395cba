// The editor's calls: the document at a branch's head, commits of JSON Patches, undo/redo and chat edits.
import type { PatchOperation } from '../../../src/patch/index.ts';
import { apiGet, apiPost } from './http-client.ts';
import type { Commit, SiteDetail } from './sites-api.ts';

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export interface ChatEditAnswer {
  commit?: Commit;
  summary?: string;
  question?: string;
}

export const loadHead = (siteId: string, branch: string) => apiGet<SiteDetail>(`${sitePath(siteId)}?branch=${encodeURIComponent(branch)}`);

export const commitPatch = (siteId: string, input: { branch: string; base: string; patch: PatchOperation[]; summary: string }) =>
  apiPost<{ commit: Commit }>(`${sitePath(siteId)}/commits`, { ...input, source: 'editor' });

export const undoChange = (siteId: string, branch: string) => apiPost<{ commit: Commit }>(`${sitePath(siteId)}/undo`, { branch });

export const redoChange = (siteId: string, branch: string) => apiPost<{ commit: Commit }>(`${sitePath(siteId)}/redo`, { branch });

export const chatEdit = (siteId: string, input: { prompt: string; branch: string; base: string; confirm?: boolean }) =>
  apiPost<ChatEditAnswer>(`${sitePath(siteId)}/edit`, input);
