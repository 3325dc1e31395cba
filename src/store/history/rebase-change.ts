// Rebasing a change whose base is no longer the branch head (docs/decisions/2026-12-04-rebase-stale-commits.md):
// the patch is applied to the document at its base, then three-way merged at field granularity onto the head
// (base → head is what others did, base → changed what this person did). A clean merge is committed on the
// head as an ordinary one-parent commit, so history stays linear; an overlap is refused with the values on
// both sides. When the head moves again before the write, the rebase is done again against the new head.
import { applySitePatch, mergeSites, summarizeChanges } from '../../patch/index.ts';
import type { HistoryContext } from './context.ts';
import { BaseNotOnBranchError, EditConflictError, InvalidPatchError, StaleBaseError } from './errors.ts';
import { loadCommit } from './load-commit.ts';
import { findMergeBase } from './merge-base.ts';
import type { ChangeInput, CommitRecord } from './types.ts';
import { writeCommit } from './write-commit.ts';

/** Generous: 50 people saving on one site at once each lose at most 49 races. */
export const MAX_REBASE_ATTEMPTS = 200;

/** A written commit that was rebased: `rebasedFrom` is the base the change was made on (reported, not stored). */
export type RebasedCommit = CommitRecord & { rebasedFrom: string };

export async function rebaseChange(context: HistoryContext, input: ChangeInput, startHead: string): Promise<RebasedCommit> {
  const { siteId, branch } = input;
  const load = (id: string) => loadCommit(context, siteId, id);
  await load(input.base);
  const based = await context.documents.entry(siteId, input.base);
  const changed = applySitePatch(based.document, input.patch);
  if (!changed.ok) throw new InvalidPatchError(changed.errors);
  const summary = input.summary?.trim() || summarizeChanges(based.document, changed.site);

  let head = startHead;
  let lastRace: StaleBaseError | undefined;
  for (let attempt = 0; attempt < MAX_REBASE_ATTEMPTS; attempt += 1) {
    if ((await findMergeBase(input.base, head, load)) !== input.base) throw new BaseNotOnBranchError(head, branch);
    const current = await context.documents.entry(siteId, head);
    const merged = mergeSites(based.document, current.document, changed.site, { granularity: 'field' });
    if (!merged.ok) throw new EditConflictError(head, merged.conflicts);
    const result = applySitePatch(current.document, merged.patch);
    if (!result.ok) throw new InvalidPatchError(result.errors);
    try {
      const record = await writeCommit(context, {
        siteId,
        branch,
        base: head,
        author: input.author,
        source: input.source,
        action: 'change',
        reverts: null,
        summary,
        patch: result.patch,
        inverse: result.inverse,
        document: result.site,
        baseDepth: current.depth,
      });
      return { ...record, rebasedFrom: input.base };
    } catch (error) {
      if (!(error instanceof StaleBaseError)) throw error;
      lastRace = error;
      head = error.head;
    }
  }
  throw lastRace!;
}
