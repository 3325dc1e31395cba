// Adding a change to a branch: the patch is applied to the base document and the result validated; an
// invalid result stores nothing. Every kind of commit after the root — edits, undo, redo, rollback, merge —
// goes through applyAndWrite, except an edit whose base is no longer the head: that one is rebased
// (rebase-change.ts).
import { applySitePatch, Patch, summarizeChanges, type PatchOperation } from '../../patch/index.ts';
import { issuesToErrors } from '../../site/index.ts';
import type { HistoryContext } from './context.ts';
import { InvalidPatchError, StaleBaseError } from './errors.ts';
import { loadCommit } from './load-commit.ts';
import { rebaseChange, type RebasedCommit } from './rebase-change.ts';
import { branchHead } from './refs.ts';
import type { ChangeInput, CommitAction, CommitRecord } from './types.ts';
import { writeCommit } from './write-commit.ts';

export { loadCommit };
export type { ChangeInput };

interface WriteInput extends ChangeInput {
  action?: CommitAction;
  reverts?: string;
  mergedHead?: string;
  forceSnapshot?: boolean;
}

export async function applyAndWrite(context: HistoryContext, input: WriteInput): Promise<CommitRecord> {
  const { document, depth } = await context.documents.entry(input.siteId, input.base);
  const result = applySitePatch(document, input.patch);
  if (!result.ok) throw new InvalidPatchError(result.errors);
  const summary = input.summary?.trim() || summarizeChanges(document, result.site);
  return writeCommit(context, {
    siteId: input.siteId,
    branch: input.branch,
    base: input.base,
    ...(input.mergedHead === undefined ? {} : { mergedHead: input.mergedHead }),
    author: input.author,
    source: input.source,
    action: input.action ?? 'change',
    reverts: input.reverts ?? null,
    summary,
    patch: result.patch,
    inverse: result.inverse,
    document: result.site,
    baseDepth: depth,
    forceSnapshot: input.forceSnapshot ?? false,
  });
}

/**
 * An ordinary change, with a well-formed patch. Based on the head, it is written on it; based on an older
 * commit of the branch — or overtaken by another writer — it is rebased onto the head (EditConflictError when
 * it overlaps what changed since, BaseNotOnBranchError when `base` is not on the branch).
 */
export async function commitChange(context: HistoryContext, input: ChangeInput): Promise<CommitRecord | RebasedCommit> {
  const parsed = Patch.safeParse(input.patch);
  if (!parsed.success) throw new InvalidPatchError(issuesToErrors(parsed.error.issues).map((error) => ({ ...error, path: error.path ? `patch/${error.path}` : 'patch' })));
  const change = { ...input, patch: parsed.data as PatchOperation[] };
  let head = await branchHead(context.db, input.siteId, input.branch);
  if (head === input.base) {
    try {
      return await applyAndWrite(context, change);
    } catch (error) {
      if (!(error instanceof StaleBaseError)) throw error;
      head = error.head;
    }
  }
  return rebaseChange(context, change, head);
}
