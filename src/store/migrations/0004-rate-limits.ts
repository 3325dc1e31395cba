/** Shared rate-limit counters (rate-limiter-flexible's Postgres store), used when DATABASE_URL is set. */
export const sql = `
CREATE TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
`;
