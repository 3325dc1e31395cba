// What a person uses, from PageHub's own records (never from Stripe): the sites they own, how many are published,
// their custom domains, the AI requests billed to them this period, and the storage their sites' pictures take.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import type { CountedFeature } from './plans.ts';

export type Usage = Record<CountedFeature, number>;

/** Sites the person pays for: those where they are the first owner. */
export function sitesPaidBy(db: Db, userId: string) {
  return db
    .selectFrom('site_members as m')
    .select('m.site_id')
    .where('m.user_id', '=', userId)
    .where('m.role', '=', 'owner')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('site_members as earlier')
            .select('earlier.site_id')
            .whereRef('earlier.site_id', '=', 'm.site_id')
            .where('earlier.role', '=', 'owner')
            .where((eb) => eb.or([eb('earlier.created_at', '<', eb.ref('m.created_at')), eb.and([eb('earlier.created_at', '=', eb.ref('m.created_at')), eb('earlier.user_id', '<', eb.ref('m.user_id'))])])),
        ),
      ),
    );
}

/** Who pays for a site: its first owner (null for a site with no owner left). */
export async function payerOf(db: Db, siteId: string): Promise<string | null> {
  const row = await db.selectFrom('site_members').select('user_id').where('site_id', '=', siteId).where('role', '=', 'owner').orderBy('created_at').orderBy('user_id').limit(1).executeTakeFirst();
  return row?.user_id ?? null;
}

/** The start of the usage period: the subscription's, or the calendar month's (UTC). */
export function periodStartAt(subscriptionPeriodStart: Date | null, now: Date): Date {
  return subscriptionPeriodStart ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export async function countAiRequests(db: Db, userId: string, kind: 'edit' | 'generate' | 'image', since: Date): Promise<number> {
  const row = await db.selectFrom('ai_requests').select((eb) => eb.fn.countAll<string>().as('count')).where('billed_to', '=', userId).where('kind', '=', kind).where('at', '>=', since).executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countMembers(db: Db, siteId: string): Promise<number> {
  const row = await db.selectFrom('site_members').select((eb) => eb.fn.countAll<string>().as('count')).where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Everything the person uses now; `membersPerSite` is the largest team among their sites. */
export async function usageOf(db: Db, userId: string, since: Date): Promise<Usage> {
  const paid = sitesPaidBy(db, userId);
  const { rows } = await sql<Record<string, string | number | null>>`
    SELECT
      (SELECT count(*) FROM (${paid}) AS p) AS sites,
      (SELECT count(DISTINCT site_id) FROM live_pointers WHERE channel = 'production' AND site_id IN (${paid})) AS published,
      (SELECT count(*) FROM domains WHERE site_id IN (${paid})) AS domains,
      (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM site_members WHERE site_id IN (${paid}) GROUP BY site_id) AS teams) AS members,
      (SELECT coalesce(sum(bytes), 0) FROM assets WHERE deleted_at IS NULL AND site_id IN (${paid})) AS storage`.execute(db);
  const row = rows[0]!;
  const [edits, generations, images] = await Promise.all([countAiRequests(db, userId, 'edit', since), countAiRequests(db, userId, 'generate', since), countAiRequests(db, userId, 'image', since)]);
  return {
    sites: Number(row.sites),
    publishedSites: Number(row.published),
    customDomains: Number(row.domains),
    membersPerSite: Number(row.members),
    aiEditsPerMonth: edits,
    generationsPerMonth: generations,
    imageGenerationsPerMonth: images,
    storageBytes: Number(row.storage),
  };
}
