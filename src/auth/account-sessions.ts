import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

/** One signed-in browser or device of an account, as its owner sees it (never the session's token). */
export interface AccountSession {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  /** When the session was last refreshed (better-auth renews it about once a day while it is used). */
  updatedAt: Date;
  expiresAt: Date;
}

interface SessionRow {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  expiresAt: Date | string;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The account's sessions that have not expired, most recently used first. */
export async function listAccountSessions(db: Db, userId: string, now: Date): Promise<AccountSession[]> {
  const { rows } = await sql<SessionRow>`
    SELECT "id", "userAgent", "ipAddress", "createdAt", "updatedAt", "expiresAt" FROM "session"
    WHERE "userId" = ${userId} AND "expiresAt" > ${now}
    ORDER BY "updatedAt" DESC, "id"`.execute(db);
  return rows.map((row) => ({ id: row.id, userAgent: row.userAgent, ipAddress: row.ipAddress, createdAt: asDate(row.createdAt), updatedAt: asDate(row.updatedAt), expiresAt: asDate(row.expiresAt) }));
}

/** Ends one of the account's sessions; false when the account has no session with that id. */
export async function endAccountSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const result = await sql`DELETE FROM "session" WHERE "userId" = ${userId} AND "id" = ${sessionId}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Ends every session of the account except `keepSessionId`; returns how many ended. */
export async function endOtherAccountSessions(db: Db, userId: string, keepSessionId: string): Promise<number> {
  const result = await sql`DELETE FROM "session" WHERE "userId" = ${userId} AND "id" <> ${keepSessionId}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
