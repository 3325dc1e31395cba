// Which change undo takes back and which redo re-applies, found by walking back from the head along first
// parents. Undo: each undo commit cancels the next change below it (k counts the undos not yet matched); the
// first change (or redo, merge, rollback) left unmatched is the target. Redo: the newest undo not already
// redone is the target (j counts the redos not yet matched); an ordinary change ends the walk, because a new
// change after an undo ends the chance to redo.
import { applyAndWrite, loadCommit } from './change.ts';
import type { HistoryContext } from './context.ts';
import { NothingToRedoError, NothingToUndoError } from './errors.ts';
import { branchHead } from './refs.ts';
import type { CommitRecord, CommitSource } from './types.ts';

type Load = (id: string) => Promise<CommitRecord>;

export async function findUndoTarget(head: CommitRecord, load: Load): Promise<CommitRecord | undefined> {
  let pendingUndos = 0;
  for (let current = head; current.parents.length > 0; current = await load(current.parents[0]!)) {
    if (current.action === 'undo') pendingUndos += 1;
    else if (pendingUndos > 0) pendingUndos -= 1;
    else return current;
  }
  return undefined;
}

/** The undo commit to take back (apply its inverse), or undefined. */
export async function findRedoTarget(head: CommitRecord, load: Load): Promise<CommitRecord | undefined> {
  let pendingRedos = 0;
  for (let current = head; current.parents.length > 0; current = await load(current.parents[0]!)) {
    if (current.action === 'undo') {
      if (pendingRedos === 0) return current;
      pendingRedos -= 1;
    } else if (current.action === 'redo') {
      pendingRedos += 1;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** What undo and redo would do on `branch` now: the change each would take back or re-apply, when there is one. */
export interface UndoState {
  head: string;
  canUndo: boolean;
  canRedo: boolean;
  /** The summary of the change undo would take back. */
  undoSummary: string | null;
  /** The summary of the change redo would re-apply. */
  redoSummary: string | null;
}

/** Decided by the same walks as undoLastChange and redoLastUndo, so the answer matches what they would do. */
export async function undoState(context: HistoryContext, siteId: string, branch: string): Promise<UndoState> {
  const load = (id: string) => loadCommit(context, siteId, id);
  const head = await load(await branchHead(context.db, siteId, branch));
  const [undoTarget, redoTarget] = await Promise.all([findUndoTarget(head, load), findRedoTarget(head, load)]);
  return {
    head: head.id,
    canUndo: undoTarget !== undefined,
    canRedo: redoTarget !== undefined,
    undoSummary: undoTarget?.summary ?? null,
    redoSummary: redoTarget ? redoTarget.summary.replace(/^Undo: /, '') : null,
  };
}

/** A commit applying the inverse of the last change on `branch` that is not undone yet. */
export async function undoLastChange(context: HistoryContext, siteId: string, branch: string, author: string | null, source: CommitSource): Promise<CommitRecord> {
  const load = (id: string) => loadCommit(context, siteId, id);
  const head = await load(await branchHead(context.db, siteId, branch));
  const target = await findUndoTarget(head, load);
  if (!target) throw new NothingToUndoError(branch);
  return applyAndWrite(context, { siteId, branch, base: head.id, patch: target.inverse, summary: `Undo: ${target.summary}`, author, source, action: 'undo', reverts: target.id });
}

/** A commit re-applying the change the newest pending undo took back. */
export async function redoLastUndo(context: HistoryContext, siteId: string, branch: string, author: string | null, source: CommitSource): Promise<CommitRecord> {
  const load = (id: string) => loadCommit(context, siteId, id);
  const head = await load(await branchHead(context.db, siteId, branch));
  const undo = await findRedoTarget(head, load);
  if (!undo) throw new NothingToRedoError(branch);
  return applyAndWrite(context, { siteId, branch, base: head.id, patch: undo.inverse, summary: `Redo: ${undo.summary.replace(/^Undo: /, '')}`, author, source, action: 'redo', reverts: undo.id });
}
