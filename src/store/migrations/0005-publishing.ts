/**
 * Publishing and hosting: immutable deployments (a manifest of content-addressed files in the blob store), the
 * live pointers that make one deployment per channel live (`production`, or `branch:<name>` for previews),
 * custom domains with their verification state, and visitors' form submissions.
 */
export const sql = `
CREATE TABLE deployments (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  commit_id text NOT NULL,
  branch text,
  manifest jsonb NOT NULL,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, commit_id)
);
CREATE INDEX deployments_by_site ON deployments (site_id, created_at DESC);

CREATE TABLE live_pointers (
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  channel text NOT NULL,
  deployment_id text NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
  updated_by text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, channel)
);

CREATE TABLE domains (
  hostname text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  token text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'verified', 'failed')),
  reason text,
  checked_at timestamptz,
  verified_at timestamptz,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX domains_by_site ON domains (site_id);

CREATE TABLE form_submissions (
  id bigserial PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  form_id text NOT NULL,
  data jsonb NOT NULL,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX form_submissions_by_site ON form_submissions (site_id, id DESC);
`;
