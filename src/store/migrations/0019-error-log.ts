/**
 * The error log (src/admin/error-log.ts): server errors (5xx), failed jobs and failed AI edits, grouped by
 * fingerprint — the error's name, its top frames in our code (without line numbers) and the route or queue. A group
 * keeps the count and first/last seen; `error_events` keeps each occurrence (request id, route, a context of ids
 * only) for 30 days, and a group not seen for 30 days goes with them (housekeeping).
 */
export const sql = `
CREATE TABLE error_groups (
  fingerprint text PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('http', 'job', 'ai_edit')),
  name text NOT NULL,
  message text NOT NULL,
  route text,
  stack text NOT NULL,
  count integer NOT NULL DEFAULT 1,
  first_seen timestamptz NOT NULL,
  last_seen timestamptz NOT NULL,
  last_request_id text
);
CREATE INDEX error_groups_by_last_seen ON error_groups (last_seen);

CREATE TABLE error_events (
  id bigserial PRIMARY KEY,
  fingerprint text NOT NULL REFERENCES error_groups (fingerprint) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  request_id text,
  route text,
  message text NOT NULL,
  context jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX error_events_by_group ON error_events (fingerprint, at);
CREATE INDEX error_events_by_time ON error_events (at);
`;
