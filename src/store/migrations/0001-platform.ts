/** Sites, members, invite links, platform admins and the audit log. User accounts are better-auth's tables. */
export const sql = `
CREATE TABLE platform_admins (
  user_id text PRIMARY KEY,
  is_first boolean UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sites (
  id text PRIMARY KEY,
  subdomain text NOT NULL UNIQUE,
  name text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE site_members (
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  user_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, user_id)
);
CREATE INDEX site_members_by_user ON site_members (user_id);

CREATE TABLE invites (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  expires_at timestamptz NOT NULL,
  max_uses integer NOT NULL CHECK (max_uses > 0),
  uses integer NOT NULL DEFAULT 0,
  revoked_at timestamptz,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invites_by_site ON invites (site_id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  site_id text,
  action text NOT NULL,
  target text,
  ip text,
  request_id text,
  details jsonb
);
CREATE INDEX audit_log_by_site ON audit_log (site_id, id);
`;
