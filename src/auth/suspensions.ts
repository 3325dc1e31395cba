// Accounts a platform admin has suspended: their sessions end at once, signing in by password or link is refused
// (src/http/routes/auth.ts), and a session made any other way is no session to PageHub (getSessionUser). Lifting it lets the person sign in again.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

export interface Suspension {
  reason: string;
  suspendedBy: string | null;
  suspendedAt: Date;
}

/** Suspends (or re-words the reason of) an account and ends its sessions; false when no such account exists. */
export async function suspendAccount(db: Db, { userId, reason, by, now }: { userId: string; reason: string; by: string; now: Date }): Promise<boolean> {
  const person = await db.selectFrom('user').select('id').where('id', '=', userId).executeTakeFirst();
  if (!person) return false;
  await db
    .insertInto('account_suspensions')
    .values({ user_id: userId, reason, suspended_by: by, suspended_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ reason, suspended_by: by }))
    .execute();
  await sql`DELETE FROM "session" WHERE "userId" = ${userId}`.execute(db);
  return true;
}

/** Lifts a suspension; false when the account was not suspended. */
export async function liftSuspension(db: Db, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('account_suspensions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function suspensionOf(db: Db, userId: string): Promise<Suspension | null> {
  const row = await db.selectFrom('account_suspensions').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row ? { reason: row.reason, suspendedBy: row.suspended_by, suspendedAt: row.suspended_at } : null;
}

/** Whether the account with this address (any case) is suspended. */
export async function isAddressSuspended(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('account_suspensions')
    .innerJoin('user', 'user.id', 'account_suspensions.user_id')
    .select('account_suspensions.user_id')
    .where(sql<string>`lower("user"."email")`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the account is suspended and whether it runs the platform, in one query (asked on every request). */
export async function sessionFlags(db: Db, userId: string): Promise<{ isSuspended: boolean; isPlatformAdmin: boolean }> {
  const { rows } = await sql<{ suspended: boolean; admin: boolean }>`
    SELECT EXISTS (SELECT 1 FROM account_suspensions WHERE user_id = ${userId}) AS suspended,
      EXISTS (SELECT 1 FROM platform_admins WHERE user_id = ${userId}) AS admin`.execute(db);
  return { isSuspended: rows[0]?.suspended === true, isPlatformAdmin: rows[0]?.admin === true };
}
