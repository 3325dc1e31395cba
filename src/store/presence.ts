// Who has a site open in the editor, and where: one row per browser tab, upserted by the tab's heartbeat (every
// 10 s) and counted as gone PRESENCE_TTL_MS after the last one. Every change others would see (an arrival, a move, a
// departure) NOTIFYs PRESENCE_CHANNEL with the site id, so each process's open streams re-read the list
// (site-events.ts); expiry needs no notification (streams re-read every 10 s). Rows long expired are swept on the way.
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { PRESENCE_CHANNEL } from './live-channels.ts';
import type { SiteRole } from './member-roles.ts';

/** A tab that has not been heard from for this long has left. */
export const PRESENCE_TTL_MS = 30_000;

/** Rows this much older than the expiry are deleted when the site's next heartbeat arrives. */
const SWEEP_AFTER_MS = 5 * 60_000;

export interface PresenceRow {
  tabId: string;
  userId: string;
  /** The account's display name. */
  name: string;
  role: SiteRole;
  branch: string;
  sectionId: string | null;
  seenAt: Date;
}

export interface PresenceTouch {
  siteId: string;
  tabId: string;
  userId: string;
  branch: string;
  sectionId: string | null;
  now: Date;
}

/**
 * Records that `tabId` is open on `branch` (at `sectionId`). A tab id already held by someone else's tab is left
 * alone and answered `false` (ids are random: only a forged one collides).
 */
export async function touchPresence(db: Db, { siteId, tabId, userId, branch, sectionId, now }: PresenceTouch): Promise<boolean> {
  return db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom('site_presence').where('site_id', '=', siteId).where('seen_at', '<', new Date(now.getTime() - PRESENCE_TTL_MS - SWEEP_AFTER_MS)).execute();
    const before = await transaction.selectFrom('site_presence').select(['branch', 'section_id', 'seen_at']).where('site_id', '=', siteId).where('tab_id', '=', tabId).executeTakeFirst();
    const row = await transaction
      .insertInto('site_presence')
      .values({ site_id: siteId, tab_id: tabId, user_id: userId, branch, section_id: sectionId, seen_at: now })
      .onConflict((conflict) =>
        conflict
          .columns(['site_id', 'tab_id'])
          .doUpdateSet((update) => ({ branch: update.ref('excluded.branch'), section_id: update.ref('excluded.section_id'), seen_at: update.ref('excluded.seen_at') }))
          .where('site_presence.user_id', '=', userId),
      )
      .returning('tab_id')
      .executeTakeFirst();
    // A heartbeat that changes nothing others see is not announced: most of them, with several people on a site.
    const isNews = !before || before.branch !== branch || before.section_id !== sectionId || new Date(before.seen_at).getTime() < now.getTime() - PRESENCE_TTL_MS;
    if (row && isNews) await notifyPresence(transaction, siteId);
    return row !== undefined;
  });
}

/** Removes the caller's tab; `false` when it was not there. */
export async function leavePresence(db: Db, siteId: string, tabId: string, userId: string): Promise<boolean> {
  return db.transaction().execute(async (transaction) => {
    const row = await transaction.deleteFrom('site_presence').where('site_id', '=', siteId).where('tab_id', '=', tabId).where('user_id', '=', userId).returning('tab_id').executeTakeFirst();
    if (row) await notifyPresence(transaction, siteId);
    return row !== undefined;
  });
}

/** The tabs open on `branch` and heard from since `now - PRESENCE_TTL_MS`, of people who are still members. */
export async function listPresence(db: Db, siteId: string, branch: string, now: Date, ttlMs = PRESENCE_TTL_MS): Promise<PresenceRow[]> {
  const rows = await db
    .selectFrom('site_presence')
    .innerJoin('site_members', (join) => join.onRef('site_members.site_id', '=', 'site_presence.site_id').onRef('site_members.user_id', '=', 'site_presence.user_id'))
    .innerJoin('user', 'user.id', 'site_presence.user_id')
    .select(['site_presence.tab_id', 'site_presence.user_id', 'user.name', 'site_members.role', 'site_presence.branch', 'site_presence.section_id', 'site_presence.seen_at'])
    .where('site_presence.site_id', '=', siteId)
    .where('site_presence.branch', '=', branch)
    .where('site_presence.seen_at', '>=', new Date(now.getTime() - ttlMs))
    .orderBy('user.name')
    .orderBy('site_presence.tab_id')
    .execute();
  return rows.map((row) => ({ tabId: row.tab_id, userId: row.user_id, name: row.name, role: row.role, branch: row.branch, sectionId: row.section_id, seenAt: new Date(row.seen_at) }));
}

/** `userId`'s role on the site, or null once they are no longer a member. */
export async function memberRole(db: Db, siteId: string, userId: string): Promise<SiteRole | null> {
  const row = await db.selectFrom('site_members').select('role').where('site_id', '=', siteId).where('user_id', '=', userId).executeTakeFirst();
  return row?.role ?? null;
}

/** Display names of accounts (a deleted account is missing from the map). */
export async function accountNames(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('user').select(['id', 'name']).where('id', 'in', [...userIds]).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The commit `branch` points at, or null when there is no such branch. A single row, for periodic checks. */
export async function branchHeadId(db: Db, siteId: string, branch: string): Promise<string | null> {
  const row = await db.selectFrom('refs').select('commit_id').where('site_id', '=', siteId).where('kind', '=', 'branch').where('name', '=', branch).executeTakeFirst();
  return row?.commit_id ?? null;
}

/**
 * A stable, pleasant colour for a person: a hue from their id (FNV-1a), at a saturation and lightness where white
 * initials stay readable (contrast at least 4.7:1 on every hue).
 */
export function presenceColor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index += 1) {
    hash ^= userId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `hsl(${hash % 360} 55% 30%)`;
}

async function notifyPresence(db: Db, siteId: string): Promise<void> {
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${siteId})`.execute(db);
}
