/**
 * The editor's chat, kept per site and branch: one row per turn the AI edit route answered — the prompt as typed
 * and what the person saw (the summary of a commit, a question back, the refusal or error, or the request to
 * confirm a deletion). Deleting a site deletes its conversation. `author_id` names the member who asked; it has
 * no foreign key because better-auth creates its `user` table after these migrations (as `commits.author_id`), so
 * the listing joins it and reads an account that no longer exists as no author.
 */
export const sql = `
CREATE TABLE chat_turns (
  id bigserial PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  branch text NOT NULL,
  author_id text,
  prompt text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('commit', 'question', 'error', 'confirm')),
  reply text NOT NULL,
  error_code text,
  commit_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_turns_by_branch ON chat_turns (site_id, branch, created_at, id);
`;
