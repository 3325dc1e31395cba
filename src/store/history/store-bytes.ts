// How many bytes a site's history takes, for the storage benchmark and tests: the logical size of every row
// the history owns — commits, packs, parts, refs and the state row. Each row counts
//   ROW_OVERHEAD (48) — PostgreSQL's heap tuple header (24) and line pointer (4), plus ~20 for the row's entry
//                       in its primary-key index —
// + octet_length of every variable-length value (text, bytea, text[] joined, jsonb as text)
// + 8 for every fixed-width value (bigint, integer and timestamptz alike).
// It ignores page fill, TOAST chunking and free space, which depend on the server, not on the layout.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export const ROW_OVERHEAD = 48;

export async function storeBytes(db: Db, siteId: string): Promise<number> {
  const result = await sql<{ bytes: string | number }>`
    SELECT
      (SELECT coalesce(sum(${ROW_OVERHEAD} + 16 + octet_length(site_id) + octet_length(id) + octet_length(array_to_string(parents, ','))
         + coalesce(octet_length(author_id), 0) + octet_length(source) + octet_length(action) + coalesce(octet_length(reverts), 0)
         + octet_length(summary) + octet_length(body) + coalesce(octet_length(tree::text), 0)), 0)
       FROM commits WHERE site_id = ${siteId})
    + (SELECT coalesce(sum(${ROW_OVERHEAD} + 16 + octet_length(site_id) + octet_length(body)), 0) FROM commit_packs WHERE site_id = ${siteId})
    + (SELECT coalesce(sum(${ROW_OVERHEAD} + octet_length(site_id) + octet_length(hash) + octet_length(body)), 0) FROM parts WHERE site_id = ${siteId})
    + (SELECT coalesce(sum(${ROW_OVERHEAD} + 8 + octet_length(site_id) + octet_length(kind) + octet_length(name) + octet_length(commit_id) + coalesce(octet_length(created_by), 0)), 0)
       FROM refs WHERE site_id = ${siteId})
    + (SELECT coalesce(sum(${ROW_OVERHEAD} + 16 + octet_length(site_id)), 0) FROM history_state WHERE site_id = ${siteId})
    AS bytes`.execute(db);
  return Number(result.rows[0]?.bytes ?? 0);
}
