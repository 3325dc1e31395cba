// Keeps a HostTable current: loads every site's live pointers and verified domains at start-up, then reloads one
// site whenever a NOTIFY on HOSTS_CHANNEL names it (from this process or any other), and everything after the
// LISTEN connection was lost. Results are applied in the order their reads began, so a slow, older read never
// overwrites a newer one.
import type { Logger } from '../logger.ts';
import { type Database, type Db, listen } from '../store/index.ts';
import { HOSTS_CHANNEL } from './host-events.ts';
import { HostTable, type SiteHostRows } from './host-table.ts';

/** Every site's rows, or only `siteId`'s (an empty map when that site is gone or serves nothing). */
export async function loadHostRows(db: Db, siteId?: string): Promise<Map<string, SiteHostRows>> {
  let sites = db.selectFrom('sites').select(['id', 'subdomain', 'paused_at']);
  let pointers = db
    .selectFrom('live_pointers')
    .innerJoin('deployments', 'deployments.id', 'live_pointers.deployment_id')
    .select(['live_pointers.site_id', 'live_pointers.channel', 'live_pointers.updated_at', 'deployments.id', 'deployments.manifest']);
  let domains = db.selectFrom('domains').select(['site_id', 'hostname']).where('status', '=', 'verified');
  // Expired rows too: the table compares with its clock on every request, so a redirect ends on time without a reload.
  let redirects = db.selectFrom('subdomain_redirects').select(['site_id', 'subdomain', 'expires_at']);
  if (siteId !== undefined) {
    sites = sites.where('id', '=', siteId);
    pointers = pointers.where('live_pointers.site_id', '=', siteId);
    domains = domains.where('site_id', '=', siteId);
    redirects = redirects.where('site_id', '=', siteId);
  }
  const [siteRows, pointerRows, domainRows, redirectRows] = await Promise.all([sites.execute(), pointers.execute(), domains.orderBy('hostname').execute(), redirects.orderBy('subdomain').execute()]);
  const subdomains = new Map(siteRows.map((row) => [row.id, row.subdomain]));
  const paused = new Set(siteRows.filter((row) => row.paused_at !== null).map((row) => row.id));
  const result = new Map<string, SiteHostRows>();
  const entry = (id: string): SiteHostRows | undefined => {
    const subdomain = subdomains.get(id);
    if (subdomain === undefined) return undefined;
    let rows = result.get(id);
    if (!rows) result.set(id, (rows = { siteId: id, subdomain, pointers: [], domains: [], redirects: [], paused: paused.has(id) }));
    return rows;
  };
  for (const row of pointerRows) entry(row.site_id)?.pointers.push({ channel: row.channel, deploymentId: row.id, manifest: row.manifest, updatedAt: row.updated_at });
  for (const row of domainRows) entry(row.site_id)?.domains.push(row.hostname);
  for (const row of redirectRows) result.get(row.site_id)?.redirects.push({ subdomain: row.subdomain, expiresAt: row.expires_at });
  return result;
}

export interface LiveHosts {
  readonly table: HostTable;
  /** Re-reads one site now; resolves once the table shows what the database holds. */
  refresh(siteId: string): Promise<void>;
  /** Re-reads every site. */
  reloadAll(): Promise<void>;
  close(): Promise<void>;
}

/** Loads the table and starts listening; `listenForChanges: false` leaves refreshing to the caller (tests, benches). */
export async function startLiveHosts({
  database,
  platformDomain,
  logger,
  listenForChanges = true,
  clock,
}: {
  database: Database;
  platformDomain: string;
  logger?: Logger;
  listenForChanges?: boolean;
  /** When former subdomains stop redirecting; default the real time. */
  clock?: () => Date;
}): Promise<LiveHosts> {
  const table = new HostTable(platformDomain, clock);
  let ticket = 0;
  /** Per site, the ticket of the read last applied to it. */
  const applied = new Map<string, number>();
  let reloadedAt = 0;

  const refresh = async (siteId: string) => {
    const mine = (ticket += 1);
    const rows = await loadHostRows(database.db, siteId);
    if ((applied.get(siteId) ?? reloadedAt) > mine) return;
    applied.set(siteId, mine);
    table.setSite(siteId, rows.get(siteId));
  };

  const reloadAll = async () => {
    const mine = (ticket += 1);
    const rows = await loadHostRows(database.db);
    for (const siteId of [...table.siteIds(), ...rows.keys()]) {
      if ((applied.get(siteId) ?? reloadedAt) > mine) continue;
      applied.set(siteId, mine);
      table.setSite(siteId, rows.get(siteId));
    }
    reloadedAt = Math.max(reloadedAt, mine);
  };

  const onFailure = (siteId: string | null) => (error: unknown) => logger?.error({ err: error, siteId }, 'site server: reloading hosts failed; the previous state stays until the next change');

  let stopListening = async () => {};
  if (listenForChanges) {
    stopListening = await listen(database, HOSTS_CHANNEL, (siteId) => void refresh(siteId).catch(onFailure(siteId)), {
      onReconnect: () => void reloadAll().catch(onFailure(null)),
      onError: (error) => logger?.warn({ err: error }, 'site server: lost the LISTEN connection; reconnecting'),
    });
  }
  await reloadAll();
  return { table, refresh, reloadAll, close: () => stopListening() };
}
