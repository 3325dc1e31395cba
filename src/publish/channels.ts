// Where a deployment is live. A site has one pointer per channel: `production` (its subdomain and custom
// domains) and `branch:<name>` for the preview of a branch (`{branch}--{subdomain}.{PLATFORM_DOMAIN}`).
import type { Config } from '../config.ts';

export const PRODUCTION_CHANNEL = 'production';
export const MAIN_BRANCH = 'main';

/** The channel a branch publishes to: main is production, any other branch its own preview. */
export function channelOf(branch: string): string {
  return branch === MAIN_BRANCH ? PRODUCTION_CHANNEL : `branch:${branch}`;
}

/** The branch of a preview channel, or null for production. */
export function branchOfChannel(channel: string): string | null {
  return channel.startsWith('branch:') ? channel.slice('branch:'.length) : null;
}

/**
 * A branch's name as one DNS label: branch names may hold `.` and `_`, which a hostname label cannot, so they
 * become `-` (`fix_menu.v2` → `fix-menu-v2`). Two branches that map to the same label share it: the preview
 * moved most recently wins.
 */
export function previewLabel(branch: string): string {
  return branch.replace(/[._]/g, '-');
}

/** `http://{host}:{PORT}` on a developer machine (PLATFORM_DOMAIN=localhost), else PUBLIC_URL's scheme and port. */
function originFor(config: Pick<Config, 'PLATFORM_DOMAIN' | 'PORT' | 'publicUrl'>, hostname: string, isCustomDomain = false): string {
  if (config.PLATFORM_DOMAIN === 'localhost') return `http://${hostname}${isCustomDomain ? '' : `:${config.PORT}`}`;
  const publicUrl = new URL(config.publicUrl);
  return `${publicUrl.protocol}//${hostname}${publicUrl.port && !isCustomDomain ? `:${publicUrl.port}` : ''}`;
}

/**
 * The public address of a site: its first verified custom domain when it has one (an apex before its `www.`),
 * else `{subdomain}.{PLATFORM_DOMAIN}`; for a branch other than main, that branch's preview host.
 */
export function siteUrl(config: Pick<Config, 'PLATFORM_DOMAIN' | 'PORT' | 'publicUrl'>, site: { subdomain: string; customDomain?: string | null }, branch: string = MAIN_BRANCH): string {
  if (branch !== MAIN_BRANCH) return originFor(config, `${previewLabel(branch)}--${site.subdomain}.${config.PLATFORM_DOMAIN}`);
  if (site.customDomain) return originFor(config, site.customDomain, true);
  return originFor(config, `${site.subdomain}.${config.PLATFORM_DOMAIN}`);
}
