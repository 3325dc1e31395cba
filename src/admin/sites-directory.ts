// The operator's list of sites: search by subdomain, custom domain or an owner's email, newest first, with whether
// each is published, paused or taken down, and who owns it.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

export interface SiteListing {
  id: string;
  subdomain: string;
  name: string;
  createdAt: Date;
  owners: string[];
  domains: string[];
  isPublished: boolean;
  pausedReason: string | null;
  /** A platform admin took it down for abuse (publish/site-takedowns.ts). */
  takenDown: { at: Date; reason: string } | null;
}

interface Row {
  id: string;
  subdomain: string;
  name: string;
  created_at: Date | string;
  owners: string[] | null;
  domains: string[] | null;
  published: boolean;
  paused_reason: string | null;
  taken_down_at: Date | string | null;
  taken_down_reason: string | null;
}

export async function listSitesForAdmin(db: Db, { query, cursor, limit = 50, siteId }: { query?: string | undefined; cursor?: string | undefined; limit?: number; siteId?: string }): Promise<{ sites: SiteListing[]; nextCursor: string | null }> {
  const [at, id] = (cursor ?? '').split('|');
  const after = at && id && !Number.isNaN(new Date(at).getTime()) ? { at: new Date(at), id } : null;
  const pattern = query ? `%${query.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const { rows } = await sql<Row>`
    SELECT s.id, s.subdomain, s.name, s.created_at, s.paused_reason, s.taken_down_at, s.taken_down_reason,
      (SELECT array_agg(u."email" ORDER BY m.created_at) FROM site_members m JOIN "user" u ON u."id" = m.user_id WHERE m.site_id = s.id AND m.role = 'owner') AS owners,
      (SELECT array_agg(d.hostname ORDER BY d.hostname) FROM domains d WHERE d.site_id = s.id) AS domains,
      EXISTS (SELECT 1 FROM live_pointers p WHERE p.site_id = s.id AND p.channel = 'production') AS published
    FROM sites s
    WHERE TRUE
      ${siteId ? sql`AND s.id = ${siteId}` : sql``}
      ${pattern ? sql`AND (lower(s.subdomain) LIKE ${pattern} OR lower(s.name) LIKE ${pattern}
        OR EXISTS (SELECT 1 FROM domains d WHERE d.site_id = s.id AND d.hostname LIKE ${pattern})
        OR EXISTS (SELECT 1 FROM site_members m JOIN "user" u ON u."id" = m.user_id WHERE m.site_id = s.id AND m.role = 'owner' AND lower(u."email") LIKE ${pattern}))` : sql``}
      ${after ? sql`AND (s.created_at, s.id) < (${after.at}, ${after.id})` : sql``}
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT ${limit + 1}`.execute(db);
  const sites = rows.slice(0, limit).map((row) => ({
    id: row.id,
    subdomain: row.subdomain,
    name: row.name,
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
    owners: row.owners ?? [],
    domains: row.domains ?? [],
    isPublished: row.published,
    pausedReason: row.paused_reason,
    takenDown: row.taken_down_at === null ? null : { at: new Date(row.taken_down_at), reason: row.taken_down_reason ?? '' },
  }));
  const last = sites.at(-1);
  return { sites, nextCursor: rows.length > limit && last ? `${last.createdAt.toISOString()}|${last.id}` : null };
}
