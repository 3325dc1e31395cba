// Writing one commit: in one transaction, lock the branch's ref row, check it still points at the commit the
// change was based on (else StaleBaseError with the current head — exactly one of many concurrent writers on
// the same base wins), take the next seq, store the tree's new parts if this is a snapshot, insert the commit
// and move the ref. Everything slow (compression, hashing) happens before the transaction.
import { sql } from 'kysely';
import type { PatchOperation } from '../../patch/index.ts';
import { HEADS_CHANNEL } from '../live-channels.ts';
import type { Site } from '../../site/index.ts';
import type { HistoryContext } from './context.ts';
import { HistoryNotFoundError, StaleBaseError } from './errors.ts';
import { formatCommitId } from './ids.ts';
import { rowFromRecord } from './commit-rows.ts';
import { packLooseCommits } from './packs.ts';
import { treeOf } from './parts.ts';
import type { CommitAction, CommitRecord, CommitSource } from './types.ts';

export interface CommitToWrite {
  siteId: string;
  branch: string;
  /** The branch head the change was computed against; the first parent. */
  base: string;
  /** A merge's second parent. */
  mergedHead?: string;
  author: string | null;
  source: CommitSource;
  action?: CommitAction;
  reverts?: string | null;
  summary: string;
  patch: PatchOperation[];
  inverse: PatchOperation[];
  /** The resulting document (validated by the caller). */
  document: Site;
  /** Commits since the last snapshot at `base`. */
  baseDepth: number;
  /** Store the tree whatever the depth (merges, rollbacks). */
  forceSnapshot?: boolean;
}

const SUFFIX = /^[0-9a-z]{1,32}$/;

export async function writeCommit(context: HistoryContext, input: CommitToWrite): Promise<CommitRecord> {
  const { siteId, branch } = input;
  const suffix = context.newId();
  if (!SUFFIX.test(suffix)) throw new Error(`newId() must return 1–32 characters of [0-9a-z], not "${suffix}"`);
  const isSnapshot = input.forceSnapshot === true || input.baseDepth + 1 >= context.snapshotInterval;
  const snapshot = isSnapshot ? treeOf(input.document) : undefined;
  const draft: CommitRecord = {
    id: '',
    seq: 0,
    parents: input.mergedHead === undefined ? [input.base] : [input.base, input.mergedHead],
    author: input.author,
    source: input.source,
    action: input.action ?? 'change',
    reverts: input.reverts ?? null,
    summary: input.summary,
    createdAt: context.clock(),
    tree: snapshot?.tree ?? null,
    patch: input.patch,
    inverse: input.inverse,
  };
  const row = rowFromRecord(siteId, draft);

  const { record, looseCommits } = await context.db.transaction().execute(async (transaction) => {
    const ref = await transaction
      .selectFrom('refs')
      .select('commit_id')
      .where('site_id', '=', siteId)
      .where('kind', '=', 'branch')
      .where('name', '=', branch)
      .forUpdate()
      .executeTakeFirst();
    if (!ref) throw new HistoryNotFoundError('branch', branch);
    if (ref.commit_id !== input.base) throw new StaleBaseError(ref.commit_id, branch);
    const state = await transaction
      .updateTable('history_state')
      .set((update) => ({ next_seq: update('next_seq', '+', 1), loose_commits: update('loose_commits', '+', 1) }))
      .where('site_id', '=', siteId)
      .returning(['next_seq', 'loose_commits'])
      .executeTakeFirst();
    if (!state) throw new HistoryNotFoundError('history', siteId);
    const seq = state.next_seq - 1;
    const written: CommitRecord = { ...draft, seq, id: formatCommitId(seq, suffix) };
    if (snapshot) await context.parts.store(transaction, siteId, snapshot.parts);
    await transaction.insertInto('commits').values({ ...row, seq, id: written.id }).execute();
    await transaction
      .updateTable('refs')
      .set({ commit_id: written.id, updated_at: draft.createdAt })
      .where('site_id', '=', siteId)
      .where('kind', '=', 'branch')
      .where('name', '=', branch)
      .execute();
    // Sent only if the transaction commits: every open editor of the site hears the branch move (store/site-events.ts).
    await sql`select pg_notify(${HEADS_CHANNEL}, ${JSON.stringify({ siteId, branch, commit: written.id, seq })})`.execute(transaction);
    return { record: written, looseCommits: state.loose_commits };
  });

  if (snapshot) context.parts.remember(siteId, snapshot.parts);
  context.commits.remember(siteId, record);
  context.documents.remember(siteId, record.id, { document: input.document, depth: isSnapshot ? 0 : input.baseDepth + 1 });
  if (looseCommits > context.packing.maxLoose) {
    await packLooseCommits(context.db, siteId, context.packing).catch(context.onMaintenanceError);
  }
  return record;
}
