/**
 * The operator's panel: `account_suspensions` holds the accounts a platform admin has suspended (they can't sign in;
 * their sites show the paused page), with the reason; `platform_settings` the settings an operator changes at runtime
 * (AI retries, timeouts and budget; sign-ups, generation, a maintenance banner); the audit log gets the indexes its filters need (by actor, by
 * action, by time) so a million rows stay quick to page through.
 */
export const sql = `
CREATE TABLE account_suspensions (
  user_id text PRIMARY KEY,
  reason text NOT NULL,
  suspended_by text,
  suspended_at timestamptz NOT NULL
);

CREATE TABLE platform_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_by text,
  updated_at timestamptz NOT NULL
);

CREATE INDEX audit_log_by_actor ON audit_log (actor_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
`;
