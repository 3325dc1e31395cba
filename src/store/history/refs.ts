// Branches and tags: names pointing at commits, scoped by site. Branches move as commits are added; tags name
// one version for good.
import type { Db } from '../database.ts';
import { HistoryNotFoundError, ProtectedBranchError, RefExistsError } from './errors.ts';
import { assertRefName } from './ids.ts';
import { MAIN_BRANCH } from './initialize.ts';
import type { Branch, Tag } from './types.ts';

export async function branchHead(db: Db, siteId: string, branch: string): Promise<string> {
  const row = await db
    .selectFrom('refs')
    .select('commit_id')
    .where('site_id', '=', siteId)
    .where('kind', '=', 'branch')
    .where('name', '=', branch)
    .executeTakeFirst();
  if (!row) throw new HistoryNotFoundError('branch', branch);
  return row.commit_id;
}

/** Inserts a ref; the caller has checked that `commit` exists in this site. */
export async function createRef(db: Db, siteId: string, kind: 'branch' | 'tag', name: string, commit: string, author: string | null, at: Date): Promise<void> {
  assertRefName(name);
  const inserted = await db
    .insertInto('refs')
    .values({ site_id: siteId, kind, name, commit_id: commit, created_by: author, updated_at: at })
    .onConflict((conflict) => conflict.columns(['site_id', 'kind', 'name']).doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!inserted) throw new RefExistsError(kind, name);
}

export async function listBranches(db: Db, siteId: string): Promise<Branch[]> {
  const rows = await db
    .selectFrom('refs')
    .select(['name', 'commit_id', 'updated_at'])
    .where('site_id', '=', siteId)
    .where('kind', '=', 'branch')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ name: row.name, head: row.commit_id, updatedAt: row.updated_at }));
}

export async function listTags(db: Db, siteId: string): Promise<Tag[]> {
  const rows = await db
    .selectFrom('refs')
    .select(['name', 'commit_id', 'created_by', 'updated_at'])
    .where('site_id', '=', siteId)
    .where('kind', '=', 'tag')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ name: row.name, commit: row.commit_id, createdBy: row.created_by, createdAt: row.updated_at }));
}

export async function deleteRef(db: Db, siteId: string, kind: 'branch' | 'tag', name: string): Promise<void> {
  if (kind === 'branch' && name === MAIN_BRANCH) throw new ProtectedBranchError(name);
  const deleted = await db.deleteFrom('refs').where('site_id', '=', siteId).where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw new HistoryNotFoundError(kind, name);
}
