// Whether PageHub serves a hostname — the question Caddy's on-demand TLS asks before it obtains a certificate
// (deploy/Caddyfile). Without this gate anyone could point names at the server and make it request
// certificates for them until the certificate authority's rate limits lock the platform out.
import type { Db } from '../store/index.ts';
import { branchOfChannel, PRODUCTION_CHANNEL, previewLabel } from './channels.ts';

/**
 * True for the platform's own hosts (`{platformDomain}`, `app.{platformDomain}`), `{subdomain}.{platformDomain}`
 * of a site with a live production deployment, `{branch}--{subdomain}.{platformDomain}` with a live preview of
 * that branch (the label as channels.ts's previewLabel spells it), a site's former subdomain (and its preview
 * hosts) while it redirects, and verified custom domains.
 */
export async function isHostnameServed(db: Db, platformDomain: string, domain: string, now: Date = new Date()): Promise<boolean> {
  const hostname = domain.trim().toLowerCase().replace(/\.$/, '');
  if (hostname === platformDomain || hostname === `app.${platformDomain}`) return true;
  if (hostname.endsWith(`.${platformDomain}`)) {
    const label = hostname.slice(0, -(platformDomain.length + 1));
    if (label === '' || label.includes('.')) return false;
    // Subdomains never contain "--", so the last one separates the preview label from the site.
    const split = label.lastIndexOf('--');
    const subdomain = split === -1 ? label : label.slice(split + 2);
    const channels = await db
      .selectFrom('sites')
      .innerJoin('live_pointers', 'live_pointers.site_id', 'sites.id')
      .select('live_pointers.channel')
      .where('sites.subdomain', '=', subdomain)
      .execute();
    if (channels.length === 0) {
      // A former subdomain still redirecting to its site's current address: the 301 needs a certificate too.
      const old = await db.selectFrom('subdomain_redirects').select('site_id').where('subdomain', '=', subdomain).where('expires_at', '>', now).executeTakeFirst();
      return old !== undefined;
    }
    if (split === -1) return channels.some(({ channel }) => channel === PRODUCTION_CHANNEL);
    const preview = label.slice(0, split);
    return channels.some(({ channel }) => {
      const branch = branchOfChannel(channel);
      return branch !== null && previewLabel(branch) === preview;
    });
  }
  const verified = await db.selectFrom('domains').select('site_id').where('hostname', '=', hostname).where('status', '=', 'verified').executeTakeFirst();
  return verified !== undefined;
}
