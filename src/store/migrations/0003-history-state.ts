/**
 * Per-site history bookkeeping (docs/decisions/2026-11-22-history-storage.md): the next commit sequence
 * number and how many commits are still loose rows. Allocating `seq` with `UPDATE … RETURNING` on this row
 * serializes commits of one site (on any branch), so sequence numbers are dense and committed in order — which
 * is what lets a pack describe its commits as one seq range.
 */
export const sql = `
CREATE TABLE history_state (
  site_id text PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
  next_seq bigint NOT NULL,
  loose_commits integer NOT NULL
);
`;
