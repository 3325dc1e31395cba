/**
 * Versioned history (docs/decisions/2026-11-22-history-storage.md): commits carry their patch and inverse;
 * document parts are stored content-addressed at snapshot commits; older commits are packed and compressed.
 */
export const sql = `
CREATE TABLE parts (
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  hash text NOT NULL,
  body bytea NOT NULL,
  PRIMARY KEY (site_id, hash)
);

CREATE TABLE commits (
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  id text NOT NULL,
  parents text[] NOT NULL,
  author_id text,
  source text NOT NULL CHECK (source IN ('ai', 'editor', 'api', 'rollback', 'merge')),
  action text NOT NULL DEFAULT 'change' CHECK (action IN ('change', 'undo', 'redo')),
  reverts text,
  summary text NOT NULL,
  body bytea NOT NULL,
  tree jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, seq),
  UNIQUE (site_id, id)
);

CREATE TABLE commit_packs (
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  first_seq bigint NOT NULL,
  last_seq bigint NOT NULL,
  body bytea NOT NULL,
  PRIMARY KEY (site_id, first_seq)
);

CREATE TABLE refs (
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('branch', 'tag')),
  name text NOT NULL,
  commit_id text NOT NULL,
  created_by text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, kind, name)
);
`;
