// Merging one branch into another: a three-way merge (patch/merge.ts, at section granularity) of the two heads
// against their nearest common ancestor, recorded as a commit with two parents — the target's head first —
// and stored as a snapshot. A fast-forward is recorded the same way. Conflicts are reported, never resolved.
import { applySitePatch, mergeSites } from '../../patch/index.ts';
import { loadCommit } from './change.ts';
import type { HistoryContext } from './context.ts';
import { InvalidPatchError, MergeConflictError, NothingToMergeError } from './errors.ts';
import { findMergeBase } from './merge-base.ts';
import { branchHead, refDisplayName } from './refs.ts';
import type { CommitRecord } from './types.ts';
import { writeCommit } from './write-commit.ts';

export async function mergeBranches(context: HistoryContext, siteId: string, source: string, into: string, author: string | null): Promise<CommitRecord> {
  const [theirsHead, oursHead] = await Promise.all([branchHead(context.db, siteId, source), branchHead(context.db, siteId, into)]);
  const base = await findMergeBase(oursHead, theirsHead, (id) => loadCommit(context, siteId, id));
  if (base === undefined) throw new Error(`Branches "${source}" and "${into}" of site ${siteId} share no commit`);
  if (base === theirsHead) throw new NothingToMergeError(source, into);
  const [baseEntry, ours, theirs] = await Promise.all([
    context.documents.entry(siteId, base),
    context.documents.entry(siteId, oursHead),
    context.documents.entry(siteId, theirsHead),
  ]);
  const merged = mergeSites(baseEntry.document, ours.document, theirs.document);
  if (!merged.ok) throw new MergeConflictError(merged.conflicts, source, into);
  const result = applySitePatch(ours.document, merged.patch);
  if (!result.ok) throw new InvalidPatchError(result.errors);
  const [sourceName, intoName] = await Promise.all([refDisplayName(context.db, siteId, 'branch', source), refDisplayName(context.db, siteId, 'branch', into)]);
  return writeCommit(context, {
    siteId,
    branch: into,
    base: oursHead,
    mergedHead: theirsHead,
    author,
    source: 'merge',
    // People read it: the branches' names as they were typed ("Spring menu"), not their ref-safe forms.
    summary: `Merged the branch “${sourceName}” into “${intoName}”`,
    patch: result.patch,
    inverse: result.inverse,
    document: result.site,
    baseDepth: ours.depth,
    forceSnapshot: true,
  });
}
