// Host → what to serve, entirely in memory: every site with something live (or a verified custom domain), its
// live deployment per channel with the manifest as a Map, and its custom domains. Filled from the database at
// start-up and per site when it changes (load-hosts.ts); answering a request never touches the database.
import { type DeploymentManifest, RESERVED_SUBDOMAINS } from '../store/index.ts';
import { branchOfChannel, MAIN_BRANCH, PRODUCTION_CHANNEL, previewLabel } from './channels.ts';
import { siteContentSecurityPolicy, SVG_CONTENT_SECURITY_POLICY } from './site-headers.ts';

export interface ManifestEntry {
  hash: string;
  size: number;
  type: string;
  /** The CSP it is answered with: an SVG's own, or the sites' with the page's head stylesheet allowed by hash. */
  contentSecurityPolicy: string;
}

export interface LiveDeployment {
  id: string;
  /** Path without a leading slash (`index.html`, `about/index.html`) → file. */
  files: ReadonlyMap<string, ManifestEntry>;
}

export interface LiveSite {
  siteId: string;
  subdomain: string;
  production: LiveDeployment | null;
  /** Preview label (previewLabel(branch)) → the branch's live deployment. */
  previews: ReadonlyMap<string, LiveDeployment>;
  /** Verified custom domains. */
  domains: readonly string[];
  /** Former subdomains that answer 301 to `subdomain` until their time runs out. */
  redirects: readonly OldSubdomain[];
  /** The site's account is paused (unpaid bills): every address shows the "paused" page instead. */
  paused: boolean;
}

export interface OldSubdomain {
  subdomain: string;
  expiresAt: Date;
}

/** What one site's rows say, as load-hosts.ts reads them. */
export interface SiteHostRows {
  siteId: string;
  subdomain: string;
  pointers: { channel: string; deploymentId: string; manifest: DeploymentManifest; updatedAt: Date }[];
  domains: string[];
  redirects: OldSubdomain[];
  /** Its account is paused (default false). */
  paused?: boolean;
}

export type HostMatch =
  /** Not a site's host: the API app answers (the app's own hosts, and names outside PLATFORM_DOMAIN we do not know). */
  | { kind: 'api' }
  /** A host of the platform with nothing live behind it: the platform's 404 page. */
  | { kind: 'missing' }
  | { kind: 'site'; siteId: string; deployment: LiveDeployment; isPreview: boolean }
  /** A site whose account is paused: the platform's "paused" page, nothing of the site. */
  | { kind: 'paused' }
  /** `www.x` when `x` belongs to the same site, or a site's former subdomain: a permanent redirect to `hostname`. */
  | { kind: 'redirect'; hostname: string };

const API: HostMatch = { kind: 'api' };
const MISSING: HostMatch = { kind: 'missing' };
const PAUSED: HostMatch = { kind: 'paused' };

/** The hostname of a Host header: lowercased, without port or final dot; '' when absent. */
export function hostnameOf(header: string | undefined): string {
  if (!header) return '';
  let host = header;
  if (host.charCodeAt(0) === 91 /* [ */) {
    const end = host.indexOf(']');
    host = end === -1 ? host : host.slice(0, end + 1);
  } else {
    const colon = host.indexOf(':');
    if (colon !== -1) host = host.slice(0, colon);
  }
  host = host.toLowerCase();
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

export class HostTable {
  readonly #platformSuffix: string;
  readonly #appHosts: Set<string>;
  readonly #sites = new Map<string, LiveSite>();
  readonly #bySubdomain = new Map<string, LiveSite>();
  readonly #byDomain = new Map<string, LiveSite>();
  /** A former subdomain → its site and when it stops redirecting. */
  readonly #byOldSubdomain = new Map<string, { site: LiveSite; expiresAt: Date }>();

  /** `clock` decides when a former subdomain stops redirecting (tests pass a fake one). */
  constructor(
    readonly platformDomain: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.#platformSuffix = `.${platformDomain}`;
    this.#appHosts = new Set([platformDomain, `app.${platformDomain}`, 'localhost', '127.0.0.1', '[::1]']);
  }

  /** Number of sites with something to serve. */
  get size(): number {
    return this.#sites.size;
  }

  site(siteId: string): LiveSite | undefined {
    return this.#sites.get(siteId);
  }

  siteIds(): IterableIterator<string> {
    return this.#sites.keys();
  }

  match(hostHeader: string | undefined): HostMatch {
    const host = hostnameOf(hostHeader);
    if (host === '' || this.#appHosts.has(host)) return API;
    if (host.endsWith(this.#platformSuffix)) return this.#matchPlatformHost(host.slice(0, -this.#platformSuffix.length));
    const site = this.#byDomain.get(host);
    if (!site) return API;
    if (host.startsWith('www.')) {
      const apex = host.slice(4);
      if (this.#byDomain.get(apex) === site) return { kind: 'redirect', hostname: apex };
    }
    if (site.paused) return PAUSED;
    return site.production ? { kind: 'site', siteId: site.siteId, deployment: site.production, isPreview: false } : MISSING;
  }

  #matchPlatformHost(label: string): HostMatch {
    if (label.includes('.')) return MISSING;
    if (RESERVED_SUBDOMAINS.has(label)) return API;
    const separator = label.lastIndexOf('--');
    if (separator === -1) {
      const site = this.#bySubdomain.get(label);
      if (!site) return this.#redirectFrom(label, label);
      if (site.paused) return site.production ? PAUSED : MISSING;
      return site.production ? { kind: 'site', siteId: site.siteId, deployment: site.production, isPreview: false } : MISSING;
    }
    const site = this.#bySubdomain.get(label.slice(separator + 2));
    if (!site) return this.#redirectFrom(label.slice(separator + 2), label.slice(0, separator + 2));
    const branch = label.slice(0, separator);
    const isPreview = branch !== MAIN_BRANCH;
    const deployment = isPreview ? site.previews.get(branch) : site.production;
    if (site.paused && deployment) return PAUSED;
    return deployment ? { kind: 'site', siteId: site.siteId, deployment, isPreview } : MISSING;
  }

  /** A former subdomain still redirecting: to `{prefix}{current subdomain}` (prefix `branch--` for a preview). */
  #redirectFrom(old: string, hostLabel: string): HostMatch {
    const entry = this.#byOldSubdomain.get(old);
    if (!entry || entry.expiresAt.getTime() <= this.clock().getTime()) return MISSING;
    const prefix = hostLabel === old ? '' : hostLabel;
    return { kind: 'redirect', hostname: `${prefix}${entry.site.subdomain}${this.#platformSuffix}` };
  }

  /** Replaces what is known of one site (`rows` undefined: the site is gone or serves nothing). */
  setSite(siteId: string, rows: SiteHostRows | undefined): void {
    const previous = this.#sites.get(siteId);
    if (previous) {
      if (this.#bySubdomain.get(previous.subdomain) === previous) this.#bySubdomain.delete(previous.subdomain);
      for (const domain of previous.domains) if (this.#byDomain.get(domain) === previous) this.#byDomain.delete(domain);
      for (const old of previous.redirects) if (this.#byOldSubdomain.get(old.subdomain)?.site === previous) this.#byOldSubdomain.delete(old.subdomain);
      this.#sites.delete(siteId);
    }
    if (!rows || (rows.pointers.length === 0 && rows.domains.length === 0)) return;
    const site = toLiveSite(rows, previous);
    this.#sites.set(siteId, site);
    this.#bySubdomain.set(site.subdomain, site);
    for (const domain of site.domains) this.#byDomain.set(domain, site);
    for (const old of site.redirects) this.#byOldSubdomain.set(old.subdomain, { site, expiresAt: old.expiresAt });
  }
}

function toLiveSite(rows: SiteHostRows, previous: LiveSite | undefined): LiveSite {
  const known = new Map<string, LiveDeployment>();
  if (previous?.production) known.set(previous.production.id, previous.production);
  for (const deployment of previous?.previews.values() ?? []) known.set(deployment.id, deployment);
  const live = (id: string, manifest: DeploymentManifest): LiveDeployment => {
    let deployment = known.get(id);
    if (!deployment) {
      deployment = { id, files: new Map(Object.entries(manifest).map(([path, entry]) => [path.replace(/^\/+/, ''), { hash: entry.hash, size: entry.size, type: entry.type, contentSecurityPolicy: entry.type === 'image/svg+xml' ? SVG_CONTENT_SECURITY_POLICY : siteContentSecurityPolicy(entry.styles) }])) };
      known.set(id, deployment);
    }
    return deployment;
  };
  let production: LiveDeployment | null = null;
  const previews = new Map<string, LiveDeployment>();
  const byRecency = [...rows.pointers].sort((first, second) => first.updatedAt.getTime() - second.updatedAt.getTime());
  for (const pointer of byRecency) {
    if (pointer.channel === PRODUCTION_CHANNEL) production = live(pointer.deploymentId, pointer.manifest);
    const branch = branchOfChannel(pointer.channel);
    if (branch !== null) previews.set(previewLabel(branch), live(pointer.deploymentId, pointer.manifest));
  }
  return { siteId: rows.siteId, subdomain: rows.subdomain, production, previews, domains: [...rows.domains], redirects: rows.redirects.map((old) => ({ ...old })), paused: rows.paused ?? false };
}
