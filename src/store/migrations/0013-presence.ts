/**
 * Who has a site open in the editor: one row per browser tab (its id is random, made by the tab), refreshed by a
 * heartbeat every 10 s and counted as gone 30 s after the last one (src/store/presence.ts). A row belongs to a
 * membership, so removing the member (or deleting the site) removes it. Accounts are better-auth's table, created
 * after these migrations, hence no foreign key to it: a deleted account's rows drop out of every list, which joins it.
 */
export const sql = `
CREATE TABLE site_presence (
  site_id text NOT NULL,
  tab_id text NOT NULL CHECK (char_length(tab_id) BETWEEN 1 AND 64),
  user_id text NOT NULL,
  branch text NOT NULL,
  section_id text,
  seen_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, tab_id),
  FOREIGN KEY (site_id, user_id) REFERENCES site_members (site_id, user_id) ON DELETE CASCADE
);
CREATE INDEX site_presence_by_seen ON site_presence (seen_at);
`;
