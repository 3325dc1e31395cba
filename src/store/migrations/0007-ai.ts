/**
 * AI: generation jobs (the state a person polls or streams; pg-boss in its own `pgboss` schema carries the work)
 * and the accounting of every model call (tokens, latency, cost, outcome) that limits and budgets read.
 */
export const sql = `
CREATE TABLE generation_jobs (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  idempotency_key text,
  prompt text NOT NULL,
  subdomain text NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  stage text NOT NULL,
  progress real NOT NULL DEFAULT 0,
  partial jsonb,
  result jsonb,
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, idempotency_key)
);
CREATE INDEX generation_jobs_by_user ON generation_jobs (user_id, created_at DESC);

CREATE TABLE ai_calls (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  role text NOT NULL,
  provider text NOT NULL,
  model text NOT NULL,
  input_tokens integer NOT NULL DEFAULT 0,
  output_tokens integer NOT NULL DEFAULT 0,
  latency_ms integer NOT NULL DEFAULT 0,
  cost_usd numeric(12, 6) NOT NULL DEFAULT 0,
  outcome text NOT NULL,
  site_id text,
  user_id text,
  job_id text
);
CREATE INDEX ai_calls_by_time ON ai_calls (at);
CREATE INDEX ai_calls_by_user ON ai_calls (user_id, at);

CREATE TABLE ai_requests (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('generate', 'edit')),
  user_id text NOT NULL,
  site_id text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ai_requests_by_user ON ai_requests (user_id, kind, at);
`;
