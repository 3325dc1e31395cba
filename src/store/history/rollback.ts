// Rollback: a new commit on the branch whose document equals an earlier commit's. History is not rewritten;
// the rollback is itself a change (undoable) and a snapshot, whose tree is the earlier commit's tree — so it
// stores no new parts.
import { diffSites, jsonEqual, type JsonValue, type PatchOperation } from '../../patch/index.ts';
import { applyAndWrite, loadCommit } from './change.ts';
import type { HistoryContext } from './context.ts';
import { NoChangesError } from './errors.ts';
import { branchHead } from './refs.ts';
import type { CommitRecord, CommitSource } from './types.ts';

export async function rollBack(context: HistoryContext, siteId: string, branch: string, to: string, author: string | null, source: CommitSource): Promise<CommitRecord> {
  const target = await loadCommit(context, siteId, to);
  const head = await branchHead(context.db, siteId, branch);
  const [current, wanted] = await Promise.all([context.documents.entry(siteId, head), context.documents.entry(siteId, target.id)]);
  if (jsonEqual(current.document, wanted.document)) throw new NoChangesError(`Branch "${branch}" already has the document of commit ${to}; there is nothing to roll back.`);
  const { patch } = diffSites(current.document, wanted.document);
  // diffSites is exact; replacing the whole document is the fallback should it ever not be.
  const exact: PatchOperation[] = patch.length > 0 ? patch : [{ op: 'replace', path: '', value: structuredClone(wanted.document) as unknown as JsonValue }];
  return applyAndWrite(context, {
    siteId,
    branch,
    base: head,
    patch: exact,
    // People read the summary: the target's own words, never its id (kept in `reverts` for the History screen).
    summary: `Rolled back to “${target.summary.replace(/^Rolled back to “(.*)”$/, '$1')}”`,
    reverts: target.id,
    author,
    source,
    forceSnapshot: true,
  });
}
