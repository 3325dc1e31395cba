// Adding a change to a branch: the patch is applied to the base document and the result validated; an
// invalid result stores nothing. Every kind of commit after the root — edits, undo, redo, rollback, merge —
// goes through applyAndWrite.
import { applySitePatch, Patch, summarizeChanges, type PatchOperation } from '../../patch/index.ts';
import { issuesToErrors } from '../../site/index.ts';
import type { HistoryContext } from './context.ts';
import { HistoryNotFoundError, InvalidPatchError, StaleBaseError } from './errors.ts';
import { branchHead } from './refs.ts';
import type { CommitAction, CommitRecord, CommitSource } from './types.ts';
import { writeCommit } from './write-commit.ts';

export interface ChangeInput {
  siteId: string;
  branch: string;
  /** The head of `branch` the patch was computed against. */
  base: string;
  patch: PatchOperation[];
  /** One line for people; derived from the change when left out. */
  summary?: string | undefined;
  author: string | null;
  source: CommitSource;
}

interface WriteInput extends ChangeInput {
  action?: CommitAction;
  reverts?: string;
  mergedHead?: string;
  forceSnapshot?: boolean;
}

export async function loadCommit(context: HistoryContext, siteId: string, id: string): Promise<CommitRecord> {
  const record = await context.commits.get(siteId, id);
  if (!record) throw new HistoryNotFoundError('commit', id);
  return record;
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

/** An ordinary change: `base` must be the branch's head (else StaleBaseError) and the patch well formed. */
export async function commitChange(context: HistoryContext, input: ChangeInput): Promise<CommitRecord> {
  const parsed = Patch.safeParse(input.patch);
  if (!parsed.success) throw new InvalidPatchError(issuesToErrors(parsed.error.issues).map((error) => ({ ...error, path: error.path ? `patch/${error.path}` : 'patch' })));
  const head = await branchHead(context.db, input.siteId, input.branch);
  if (head !== input.base) throw new StaleBaseError(head, input.branch);
  return applyAndWrite(context, { ...input, patch: parsed.data as PatchOperation[] });
}
