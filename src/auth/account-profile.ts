import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

/** What an account is, for its owner's export: id, name, email and when it was created. */
export interface AccountProfile {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  createdAt: Date;
}

export async function accountProfile(db: Db, userId: string): Promise<AccountProfile | null> {
  const { rows } = await sql<{ id: string; name: string; email: string; emailVerified: boolean; createdAt: Date | string }>`
    SELECT "id", "name", "email", "emailVerified", "createdAt" FROM "user" WHERE "id" = ${userId}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return { ...row, createdAt: row.createdAt instanceof Date ? row.createdAt : new Date(row.createdAt) };
}
