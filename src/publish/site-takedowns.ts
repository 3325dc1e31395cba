// Sites a platform admin took down for abuse (the operator's Sites screen). Taking a site down records when, why and
// by whom on the site row and takes every address of it offline (production and branch previews) in one
// transaction; while it stays down nobody publishes it again (deployments.ts asks requireNotTakenDown inside its
// own transaction, holding the row, so a publish and a takedown never cross). Restoring lifts it and publishes
// nothing: the owners publish again when they are ready.
import { AppError } from '../errors.ts';
import type { Db } from '../store/index.ts';
import { notifyHostsChanged } from './host-events.ts';

export interface SiteTakedown {
  at: Date;
  /** The operator's words, shown to the site's owners and editors. */
  reason: string;
}

/** The takedown in force on the site, or null. */
export async function siteTakedownOf(db: Db, siteId: string): Promise<SiteTakedown | null> {
  const row = await db.selectFrom('sites').select(['taken_down_at', 'taken_down_reason']).where('id', '=', siteId).executeTakeFirst();
  return row?.taken_down_at ? { at: row.taken_down_at, reason: row.taken_down_reason ?? '' } : null;
}

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The 403 a publish gets while the site is down: the operator's reason, and how to have it reviewed. */
export function siteTakenDownError(takedown: SiteTakedown): AppError {
  return new AppError('SITE_TAKEN_DOWN', {
    detail: `PageHub took this site offline on ${DAY.format(takedown.at)} for this reason: “${takedown.reason}”. It can’t be published again for now; you can still open and change it. To have the decision reviewed, reply to the email we sent the site’s owners, or contact PageHub support.`,
    extra: { takenDown: { at: takedown.at.toISOString(), reason: takedown.reason } },
  });
}

/**
 * Refuses (403 SITE_TAKEN_DOWN) while the site is taken down. Inside a transaction, the row is held (FOR SHARE) until
 * it ends, so a takedown that starts meanwhile waits for it and then takes down what it published.
 */
export async function requireNotTakenDown(db: Db, siteId: string): Promise<void> {
  const row = await db.selectFrom('sites').select(['taken_down_at', 'taken_down_reason']).where('id', '=', siteId).forShare().executeTakeFirst();
  if (row?.taken_down_at) throw siteTakenDownError({ at: row.taken_down_at, reason: row.taken_down_reason ?? '' });
}

export interface TakedownResult {
  /** Whether any address of the site (production or a branch preview) was live. */
  wasLive: boolean;
}

/** Takes the site down (again, with the new reason, if it already was); null when there is no such site. */
export async function takeDownSite(db: Db, { siteId, reason, by, now }: { siteId: string; reason: string; by: string; now: Date }): Promise<TakedownResult | null> {
  return db.transaction().execute(async (transaction) => {
    const updated = await transaction.updateTable('sites').set({ taken_down_at: now, taken_down_reason: reason, taken_down_by: by }).where('id', '=', siteId).returning('id').executeTakeFirst();
    if (!updated) return null;
    const removed = await transaction.deleteFrom('live_pointers').where('site_id', '=', siteId).returning('channel').execute();
    await notifyHostsChanged(transaction, siteId);
    return { wasLive: removed.length > 0 };
  });
}

/** Who is told of a takedown: the site's owners, longest-standing first. */
export async function takedownRecipients(db: Db, siteId: string): Promise<{ name: string; email: string }[]> {
  return db
    .selectFrom('site_members')
    .innerJoin('user', 'user.id', 'site_members.user_id')
    .select(['user.name', 'user.email'])
    .where('site_members.site_id', '=', siteId)
    .where('site_members.role', '=', 'owner')
    .orderBy('site_members.created_at')
    .execute();
}

/** Lifts the takedown; publishes nothing. Whether the site was taken down. */
export async function restoreSite(db: Db, siteId: string): Promise<boolean> {
  const rows = await db.updateTable('sites').set({ taken_down_at: null, taken_down_reason: null, taken_down_by: null }).where('id', '=', siteId).where('taken_down_at', 'is not', null).returning('id').execute();
  return rows.length > 0;
}
