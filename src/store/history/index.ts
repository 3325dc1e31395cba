// The versioned history of a site's document (docs/decisions/2026-11-22-history-storage.md): commits carry
// their patch and inverse; snapshot commits store the document as content-addressed parts; old commits are
// packed. Branches, tags, undo/redo, rollback, diff and three-way merge. No access control here — callers check
// membership — but every operation is scoped by site id.
export { createHistory, DEFAULT_SNAPSHOT_INTERVAL, type CommitInput, type History, type HistoryOptions, type LogPage } from './create-history.ts';
export {
  BaseNotOnBranchError,
  EditConflictError,
  HistoryExistsError,
  HistoryNotFoundError,
  InvalidPatchError,
  InvalidRefNameError,
  MergeConflictError,
  NoChangesError,
  NothingToMergeError,
  NothingToRedoError,
  NothingToUndoError,
  ProtectedBranchError,
  RefExistsError,
  StaleBaseError,
  type EditConflict,
} from './errors.ts';
export { MAX_REBASE_ATTEMPTS } from './rebase-change.ts';
export { MAIN_BRANCH } from './initialize.ts';
export { DEFAULT_PACKING, type PackingPolicy } from './packs.ts';
export { ROW_OVERHEAD } from './store-bytes.ts';
export type { Branch, Commit, CommitAction, CommitSource, Head, Tag } from './types.ts';
