// The editor's calls: the document at a branch's head, commits of JSON Patches, undo/redo and chat edits.
import { type Answer, api, type RequestBody } from './contract.ts';
import type { Site } from '../../../src/site/index.ts';
import { loadSiteDetail } from './sites-api.ts';

type ChatAnswers = Answer<'/api/sites/{id}/edit', 'post'>;
/** Every member of any of `Answers`, each optional: what a screen may read before it knows which answer it got. */
type AnyOf<Answers> = { [Key in Answers extends unknown ? keyof Answers : never]?: Answers extends unknown ? (Key extends keyof Answers ? Answers[Key] : never) : never };

/** A chat edit's answer: the committed change (`commit`, `summary`, `patch`), or a `question` and nothing committed. */
export type ChatEditAnswer = AnyOf<ChatAnswers>;

export const loadHead = (siteId: string, branch: string) => loadSiteDetail(siteId, branch);

/** Commits a patch the editor made (src/patch's operations, which the API's schema describes). */
export const commitPatch = (siteId: string, input: Omit<RequestBody<'/api/sites/{id}/commits', 'post'>, 'source'>) =>
  api.post('/api/sites/{id}/commits', { path: { id: siteId }, body: { ...input, source: 'editor' } });

/** The document at one commit (the editor's base for edits kept across a reload). */
export const loadCommitDocument = async (siteId: string, commit: string) => (await api.get('/api/sites/{id}/commits/{commit}', { path: { id: siteId, commit } })).document as unknown as Site;

export const undoChange = (siteId: string, branch: string) => api.post('/api/sites/{id}/undo', { path: { id: siteId }, body: { branch } });

export const redoChange = (siteId: string, branch: string) => api.post('/api/sites/{id}/redo', { path: { id: siteId }, body: { branch } });

export const chatEdit = (siteId: string, input: RequestBody<'/api/sites/{id}/edit', 'post'>): Promise<ChatEditAnswer> => api.post('/api/sites/{id}/edit', { path: { id: siteId }, body: input });

/** Whether undo and redo would do something on the branch now (the server decides as it does for undo and redo). */
export const loadUndoState = (siteId: string, branch: string) => api.get('/api/sites/{id}/undo-state', { path: { id: siteId }, query: { branch } });
