// Custom domains of a site: attach a hostname (its records to create come back), check its DNS now, detach it.
// States: `pending` (waiting for the records; re-checked every few minutes for 72 hours), `verified` (served,
// and re-checked daily), `failed` (not served; `reason` says what to fix). Several sites may claim one
// hostname while it is unproven, each with its own token; the first to prove its TXT record wins and the other
// claims fail. Callers have checked the actor's role on the site (routes reach these only through the site
// handle of src/http/site-access.ts) — these functions are scoped by the site id they are given.
import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Config } from '../config.ts';
import { appError, validationError } from '../errors.ts';
import type { Db, Tables } from '../store/index.ts';
import type { DnsLookup } from './dns-lookup.ts';
import { checkDomainDns, recordsToCreate, type DnsCheck, type DnsRecord } from './dns-verify.ts';
import { notifyHostsChanged } from './host-events.ts';
import { checkCustomHostname, isApexHostname, toAsciiHostname } from './hostname.ts';

export type DomainStatus = Tables['domains']['status'];

export interface CustomDomain {
  hostname: string;
  siteId: string;
  status: DomainStatus;
  /** Why the domain is not (or no longer) served, in words its owner can act on; null when verified. */
  reason: string | null;
  checkedAt: Date | null;
  verifiedAt: Date | null;
  createdAt: Date;
  /** The DNS records to create at the domain's DNS provider. */
  records: DnsRecord[];
}

/** What the domain functions need: the database, the platform's names, and a DNS resolver. */
export interface DomainDeps {
  db: Db;
  config: Pick<Config, 'PLATFORM_DOMAIN' | 'PLATFORM_IPV4'>;
  lookup: DnsLookup;
}

export interface DomainSite {
  id: string;
  subdomain: string;
}

/** How long a pending domain is re-checked before it fails. */
export const PENDING_WINDOW_MS = 72 * 60 * 60 * 1000;
export const MAX_DOMAINS_PER_SITE = 20;

const UNIQUE_VIOLATION = '23505';

export type DomainRow = Selectable<Tables['domains']>;

export function siteHostOf(subdomain: string, platformDomain: string): string {
  return `${subdomain}.${platformDomain}`;
}

function toDomain(row: Pick<DomainRow, 'hostname' | 'site_id' | 'token' | 'status' | 'reason' | 'checked_at' | 'verified_at' | 'created_at'>, subdomain: string, config: DomainDeps['config']): CustomDomain {
  return {
    hostname: row.hostname,
    siteId: row.site_id,
    status: row.status,
    reason: row.reason,
    checkedAt: row.checked_at,
    verifiedAt: row.verified_at,
    createdAt: row.created_at,
    records: recordsToCreate({ hostname: row.hostname, token: row.token, siteHost: siteHostOf(subdomain, config.PLATFORM_DOMAIN), platformIpv4: config.PLATFORM_IPV4, isApex: isApexHostname(row.hostname) }),
  };
}

const takenReason = (hostname: string): string =>
  `${hostname} was verified for another PageHub site, which proved control of its DNS first. If the domain is yours, remove the other site's TXT value from _pagehub.${hostname}, ask that site's owner to detach the domain, then check again.`;

/** Attaches `input` (any spelling; stored as IDNA ASCII) to the site as a pending domain. */
export async function addDomain(db: Db, config: DomainDeps['config'], site: DomainSite, input: string, createdBy: string | null, now: Date): Promise<CustomDomain> {
  const checked = checkCustomHostname(input, config.PLATFORM_DOMAIN);
  if (!checked.ok) throw validationError([{ path: 'body/hostname', message: checked.problem }], checked.problem);
  const { hostname } = checked;
  try {
    const row = await db.transaction().execute(async (transaction) => {
      const claims = await transaction.selectFrom('domains').select(['site_id', 'status']).where('hostname', '=', hostname).execute();
      if (claims.some((claim) => claim.site_id === site.id)) throw appError('DOMAIN_ALREADY_ADDED', `${hostname} is already attached to this site; GET /api/sites/${site.id}/domains shows its records and state.`);
      if (claims.some((claim) => claim.status === 'verified')) throw appError('HOSTNAME_TAKEN', `${hostname} is already verified for another PageHub site. If the domain is yours, ask that site's owner to detach it, or change its TXT record _pagehub.${hostname}.`);
      const { count } = await transaction.selectFrom('domains').select((builder) => builder.fn.countAll<number>().as('count')).where('site_id', '=', site.id).executeTakeFirstOrThrow();
      if (Number(count) >= MAX_DOMAINS_PER_SITE) throw appError('DOMAIN_LIMIT', `This site already has ${MAX_DOMAINS_PER_SITE} custom domains; detach one before adding ${hostname}.`);
      const inserted = await transaction
        .insertInto('domains')
        .values({ hostname, site_id: site.id, token: randomBytes(16).toString('hex'), status: 'pending', reason: null, checked_at: null, verified_at: null, created_by: createdBy, created_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await notifyHostsChanged(transaction, site.id);
      return inserted;
    });
    return toDomain(row, site.subdomain, config);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw appError('DOMAIN_ALREADY_ADDED', `${hostname} is already attached to this site.`);
    throw error;
  }
}

export async function listDomains(db: Db, config: DomainDeps['config'], site: DomainSite): Promise<CustomDomain[]> {
  const rows = await db.selectFrom('domains').selectAll().where('site_id', '=', site.id).orderBy('created_at').orderBy('hostname').execute();
  return rows.map((row) => toDomain(row, site.subdomain, config));
}

/** The stored form of a hostname given in a URL (`Bücher.example.com` finds `xn--bcher-kva.example.com`). */
function storedHostname(input: string): string {
  return toAsciiHostname(input) || input.toLowerCase();
}

async function findDomain(db: Db, siteId: string, input: string): Promise<DomainRow> {
  const hostname = storedHostname(input);
  const row = await db.selectFrom('domains').selectAll().where('site_id', '=', siteId).where('hostname', '=', hostname).executeTakeFirst();
  if (!row) throw appError('NOT_FOUND', `${hostname} is not attached to this site.`);
  return row;
}

/** Detaches a domain; it stops being served at once (every process hears of it). Returns the hostname. */
export async function removeDomain(db: Db, siteId: string, input: string): Promise<string> {
  const row = await findDomain(db, siteId, input);
  await db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom('domains').where('site_id', '=', siteId).where('hostname', '=', row.hostname).execute();
    await notifyHostsChanged(transaction, siteId);
  });
  return row.hostname;
}

interface NextState {
  status: DomainStatus;
  reason: string | null;
  verifiedAt: Date | null;
}

/** The state a domain moves to after a DNS check (see the file comment). */
export function nextDomainState(row: Pick<DomainRow, 'hostname' | 'status' | 'verified_at' | 'created_at'>, check: DnsCheck, now: Date): NextState {
  if (check.outcome === 'verified') return { status: 'verified', reason: null, verifiedAt: row.status === 'verified' ? row.verified_at : now };
  if (row.status === 'verified') {
    // A resolver that does not answer says nothing about the domain: keep serving it.
    if (check.outcome === 'unavailable') return { status: 'verified', reason: null, verifiedAt: row.verified_at };
    return { status: 'failed', reason: `PageHub stopped serving ${row.hostname} because its DNS records changed. ${check.reason}`, verifiedAt: row.verified_at };
  }
  if (check.outcome === 'wrong') return { status: 'failed', reason: check.reason, verifiedAt: row.verified_at };
  if (now.getTime() - row.created_at.getTime() < PENDING_WINDOW_MS) return { status: 'pending', reason: check.reason, verifiedAt: row.verified_at };
  return { status: 'failed', reason: `Not verified within 72 hours of being added. ${check.reason}`, verifiedAt: row.verified_at };
}

export interface DomainChange {
  hostname: string;
  siteId: string;
  from: DomainStatus;
  to: DomainStatus;
}

/**
 * Checks one domain's DNS now and stores the outcome. On verification every other site's claim on the hostname
 * fails; each site whose served hosts changed is notified. Returns the new row and the status changes made.
 */
export async function checkAndStore(deps: DomainDeps, row: DomainRow, subdomain: string, now: Date): Promise<{ row: DomainRow; changes: DomainChange[] }> {
  const { db, config, lookup } = deps;
  const holder = await db.selectFrom('domains').select('site_id').where('hostname', '=', row.hostname).where('status', '=', 'verified').where('site_id', '<>', row.site_id).executeTakeFirst();
  const check: DnsCheck = holder
    ? { outcome: 'wrong', reason: takenReason(row.hostname) }
    : await checkDomainDns(lookup, { hostname: row.hostname, token: row.token, siteHost: siteHostOf(subdomain, config.PLATFORM_DOMAIN), platformIpv4: config.PLATFORM_IPV4, isApex: isApexHostname(row.hostname) });
  const next = nextDomainState(row, check, now);
  try {
    return await store(db, row, next, now);
  } catch (error) {
    // Another site's claim was verified between our read and our write: the first proof wins.
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    return store(db, row, { status: 'failed', reason: takenReason(row.hostname), verifiedAt: row.verified_at }, now);
  }
}

async function store(db: Db, row: DomainRow, next: NextState, now: Date): Promise<{ row: DomainRow; changes: DomainChange[] }> {
  return db.transaction().execute(async (transaction) => {
    const updated = await transaction
      .updateTable('domains')
      .set({ status: next.status, reason: next.reason, verified_at: next.verifiedAt, checked_at: now })
      .where('site_id', '=', row.site_id)
      .where('hostname', '=', row.hostname)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw appError('NOT_FOUND', `${row.hostname} was detached from this site while it was being checked.`);
    const changes: DomainChange[] = [];
    if (row.status !== next.status) changes.push({ hostname: row.hostname, siteId: row.site_id, from: row.status, to: next.status });
    if (next.status === 'verified' && row.status !== 'verified') {
      // The other claims were pending or failed (one site at most is verified), so none was being served.
      const others = await transaction.selectFrom('domains').select(['site_id', 'status']).where('hostname', '=', row.hostname).where('site_id', '<>', row.site_id).execute();
      await transaction.updateTable('domains').set({ status: 'failed', reason: takenReason(row.hostname), checked_at: now }).where('hostname', '=', row.hostname).where('site_id', '<>', row.site_id).execute();
      for (const other of others) if (other.status !== 'failed') changes.push({ hostname: row.hostname, siteId: other.site_id, from: other.status, to: 'failed' });
    }
    for (const siteId of new Set(changes.map((change) => change.siteId))) await notifyHostsChanged(transaction, siteId);
    return { row: updated, changes };
  });
}

/** Checks a domain of the site now ("Check again"); returns its new state. */
export async function verifyDomain(deps: DomainDeps, site: DomainSite, input: string, now: Date): Promise<{ domain: CustomDomain; changes: DomainChange[]; previous: DomainStatus }> {
  const row = await findDomain(deps.db, site.id, input);
  const { row: updated, changes } = await checkAndStore(deps, row, site.subdomain, now);
  return { domain: toDomain(updated, site.subdomain, deps.config), changes, previous: row.status };
}
