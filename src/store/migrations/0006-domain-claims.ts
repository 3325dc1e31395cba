/**
 * Several sites may claim the same custom hostname while it is unproven — each with its own token — so that
 * nobody can block a domain by attaching it first; the first to prove the TXT record wins. A hostname is
 * verified for at most one site (the partial unique index), which is what the site server and Caddy's
 * certificate check read.
 */
export const sql = `
ALTER TABLE domains DROP CONSTRAINT domains_pkey;
ALTER TABLE domains ADD PRIMARY KEY (site_id, hostname);
DROP INDEX domains_by_site;
CREATE INDEX domains_by_hostname ON domains (hostname);
CREATE UNIQUE INDEX domains_verified_hostname ON domains (hostname) WHERE status = 'verified';
`;
