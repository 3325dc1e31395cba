/**
 * A site's former subdomains: `{old}.{PLATFORM_DOMAIN}` answers 301 to the site's current address until
 * `expires_at` (30 days after the rename), and no other site may take the old name meanwhile.
 */
export const sql = `
CREATE TABLE subdomain_redirects (
  subdomain text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subdomain_redirects_site ON subdomain_redirects (site_id);
`;
