// Branches and tags: names pointing at commits, scoped by site. Branches move as commits are added; tags name
// one version for good.
import type { Db } from '../database.ts';
import { HistoryNotFoundError, InvalidDisplayNameError, ProtectedBranchError, RefExistsError } from './errors.ts';
import { assertRefName, refNameFrom } from './ids.ts';
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
export async function createRef(db: Db, siteId: string, kind: 'branch' | 'tag', name: string, commit: string, author: string | null, at: Date, displayName: string | null = null): Promise<void> {
  assertRefName(name);
  const inserted = await db
    .insertInto('refs')
    .values({ site_id: siteId, kind, name, display_name: displayName, commit_id: commit, created_by: author, updated_at: at })
    .onConflict((conflict) => conflict.columns(['site_id', 'kind', 'name']).doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!inserted) throw new RefExistsError(kind, displayName ?? name);
}

const MAX_DISPLAY_NAME = 80;

/**
 * A free ref name for a name a person typed: refused when a ref of this kind already reads the same (ignoring
 * case and spaces at the ends); otherwise derived from it, with `-2`, `-3`… when two names share a slug
 * ("Before launch" and "before launch!").
 */
export async function refNameForDisplay(db: Db, siteId: string, kind: 'branch' | 'tag', displayName: string): Promise<{ name: string; displayName: string }> {
  const shown = displayName.trim().replaceAll(/\s+/g, ' ');
  if (shown === '' || shown.length > MAX_DISPLAY_NAME) throw new InvalidDisplayNameError(shown);
  const rows = await db.selectFrom('refs').select(['name', 'display_name']).where('site_id', '=', siteId).where('kind', '=', kind).execute();
  const key = shown.toLowerCase();
  if (rows.some((row) => (row.display_name ?? row.name).toLowerCase() === key)) throw new RefExistsError(kind, shown);
  const taken = new Set(rows.map((row) => row.name));
  const base = refNameFrom(shown, kind === 'tag' ? 'version' : 'branch');
  let name = base;
  for (let number = 2; taken.has(name); number += 1) name = `${base.slice(0, 56)}-${number}`;
  return { name, displayName: shown };
}

/** The name a person reads for a ref: its display name, or its name when it has none (older refs, `main`). */
export async function refDisplayName(db: Db, siteId: string, kind: 'branch' | 'tag', name: string): Promise<string> {
  const row = await db.selectFrom('refs').select('display_name').where('site_id', '=', siteId).where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
  return row?.display_name ?? name;
}

export async function listBranches(db: Db, siteId: string): Promise<Branch[]> {
  const rows = await db
    .selectFrom('refs')
    .select(['name', 'display_name', 'commit_id', 'updated_at'])
    .where('site_id', '=', siteId)
    .where('kind', '=', 'branch')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ name: row.name, displayName: row.display_name ?? row.name, head: row.commit_id, updatedAt: row.updated_at }));
}

export async function listTags(db: Db, siteId: string): Promise<Tag[]> {
  const rows = await db
    .selectFrom('refs')
    .select(['name', 'display_name', 'commit_id', 'created_by', 'updated_at'])
    .where('site_id', '=', siteId)
    .where('kind', '=', 'tag')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ name: row.name, displayName: row.display_name ?? row.name, commit: row.commit_id, createdBy: row.created_by, createdAt: row.updated_at }));
}

export async function deleteRef(db: Db, siteId: string, kind: 'branch' | 'tag', name: string): Promise<void> {
  if (kind === 'branch' && name === MAIN_BRANCH) throw new ProtectedBranchError(name);
  const deleted = await db.deleteFrom('refs').where('site_id', '=', siteId).where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw new HistoryNotFoundError(kind, name);
}
