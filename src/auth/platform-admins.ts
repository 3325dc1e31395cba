import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

const UNIQUE_VIOLATION = '23505';

/**
 * Makes `userId` the platform admin if there is none yet: the first account created runs the platform.
 * Two first sign-ups at once both pass NOT EXISTS; the UNIQUE on is_first lets exactly one of them in.
 * Returns whether this user became the admin.
 */
export async function claimFirstPlatformAdmin(db: Db, userId: string): Promise<boolean> {
  try {
    const result = await sql`INSERT INTO platform_admins (user_id, is_first) SELECT ${userId}, true WHERE NOT EXISTS (SELECT 1 FROM platform_admins)`.execute(db);
    return Number(result.numAffectedRows ?? 0) > 0;
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}

/** Whether any account exists yet (the first one can always be made: it runs the platform). */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  return (await db.selectFrom('user').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function isPlatformAdmin(db: Db, userId: string): Promise<boolean> {
  const row = await db.selectFrom('platform_admins').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}
