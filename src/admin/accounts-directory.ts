// The operator's list of accounts: search by name or email, newest first, keyset-paginated, with what an operator
// looks at first — when they last signed in, how many sites they own, their plan, and whether they are suspended.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

export interface AccountListing {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  ownedSites: number;
  plan: string | null;
  billingStatus: string | null;
  suspended: { reason: string; at: Date } | null;
  isPlatformAdmin: boolean;
}

interface Row {
  id: string;
  name: string;
  email: string;
  createdAt: Date | string;
  lastSeenAt: Date | string | null;
  ownedSites: string | number;
  plan: string | null;
  billingStatus: string | null;
  suspendedReason: string | null;
  suspendedAt: Date | string | null;
  isAdmin: boolean;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** A cursor is the last row's `createdAt|id`. */
export function accountCursor(account: Pick<AccountListing, 'createdAt' | 'id'>): string {
  return `${account.createdAt.toISOString()}|${account.id}`;
}

function parseCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = cursor.split('|');
  const date = new Date(at ?? '');
  return Number.isNaN(date.getTime()) || !id ? null : { at: date, id };
}

export async function listAccounts(db: Db, { query, cursor, limit = 50, userId }: { query?: string | undefined; cursor?: string | undefined; limit?: number; userId?: string }): Promise<{ accounts: AccountListing[]; nextCursor: string | null }> {
  const after = parseCursor(cursor);
  const pattern = query ? `%${query.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const { rows } = await sql<Row>`
    SELECT u."id", u."name", u."email", u."createdAt",
      (SELECT max(s."updatedAt") FROM "session" s WHERE s."userId" = u."id") AS "lastSeenAt",
      (SELECT count(*) FROM site_members m WHERE m.user_id = u."id" AND m.role = 'owner') AS "ownedSites",
      b.plan AS "plan", b.status AS "billingStatus",
      x.reason AS "suspendedReason", x.suspended_at AS "suspendedAt",
      EXISTS (SELECT 1 FROM platform_admins a WHERE a.user_id = u."id") AS "isAdmin"
    FROM "user" u
    LEFT JOIN billing_accounts b ON b.user_id = u."id"
    LEFT JOIN account_suspensions x ON x.user_id = u."id"
    WHERE TRUE
      ${userId ? sql`AND u."id" = ${userId}` : sql``}
      ${pattern ? sql`AND (lower(u."email") LIKE ${pattern} OR lower(u."name") LIKE ${pattern})` : sql``}
      ${after ? sql`AND (u."createdAt", u."id") < (${after.at}, ${after.id})` : sql``}
    ORDER BY u."createdAt" DESC, u."id" DESC
    LIMIT ${limit + 1}`.execute(db);
  const accounts = rows.slice(0, limit).map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    createdAt: asDate(row.createdAt),
    lastSeenAt: row.lastSeenAt === null ? null : asDate(row.lastSeenAt),
    ownedSites: Number(row.ownedSites),
    plan: row.plan,
    billingStatus: row.billingStatus,
    suspended: row.suspendedReason === null ? null : { reason: row.suspendedReason, at: asDate(row.suspendedAt!) },
    isPlatformAdmin: row.isAdmin,
  }));
  return { accounts, nextCursor: rows.length > limit ? accountCursor(accounts.at(-1)!) : null };
}
