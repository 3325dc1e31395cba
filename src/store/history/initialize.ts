// A site's first commit: the whole document as a snapshot, with an empty patch, and the branch `main`.
import { validateSite, type Site } from '../../site/index.ts';
import { rowFromRecord } from './commit-rows.ts';
import type { HistoryContext } from './context.ts';
import { HistoryExistsError, InvalidPatchError } from './errors.ts';
import { formatCommitId } from './ids.ts';
import { treeOf } from './parts.ts';
import type { CommitRecord, CommitSource } from './types.ts';

export const MAIN_BRANCH = 'main';

export async function initializeHistory(
  context: HistoryContext,
  siteId: string,
  input: Site,
  author: string | null,
  { source = 'api', summary = 'Created the site' }: { source?: CommitSource; summary?: string } = {},
): Promise<CommitRecord> {
  const validation = validateSite(input);
  if (!validation.ok) throw new InvalidPatchError(validation.errors);
  const document = validation.site;
  const { tree, parts } = treeOf(document);
  const createdAt = context.clock();
  const record: CommitRecord = {
    id: formatCommitId(1, context.newId()),
    seq: 1,
    parents: [],
    author,
    source,
    action: 'change',
    reverts: null,
    summary,
    createdAt,
    tree,
    patch: [],
    inverse: [],
  };
  await context.db.transaction().execute(async (transaction) => {
    const created = await transaction
      .insertInto('history_state')
      .values({ site_id: siteId, next_seq: 2, loose_commits: 1 })
      .onConflict((conflict) => conflict.column('site_id').doNothing())
      .returning('site_id')
      .executeTakeFirst();
    if (!created) throw new HistoryExistsError(siteId);
    await context.parts.store(transaction, siteId, parts);
    await transaction.insertInto('commits').values(rowFromRecord(siteId, record)).execute();
    await transaction
      .insertInto('refs')
      .values({ site_id: siteId, kind: 'branch', name: MAIN_BRANCH, commit_id: record.id, created_by: author, updated_at: createdAt })
      .execute();
  });
  context.parts.remember(siteId, parts);
  context.commits.remember(siteId, record);
  context.documents.remember(siteId, record.id, { document, depth: 0 });
  return record;
}
