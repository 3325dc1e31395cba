// Periodic re-checks of custom domains: pending ones (and ones that failed before ever being verified) every few
// minutes until 72 hours after they were added, verified ones daily — a verified domain whose proof or routing
// is gone fails and stops being served. Several processes may run this at once: each domain is claimed by a
// conditional update of `checked_at`, so only one of them checks it.
import { sql } from 'kysely';
import { recordAudit } from '../admin/index.ts';
import { asSystem } from '../system-actor.ts';
import { startPeriodicTask, type PeriodicTask } from '../jobs/index.ts';
import type { Logger } from '../logger.ts';
import { checkAndStore, PENDING_WINDOW_MS, type DomainChange, type DomainDeps } from './domains.ts';

/** A pending domain is checked again this long after its last check. */
export const PENDING_RECHECK_MS = 5 * 60 * 1000;
/** A verified domain is checked again this long after its last check. */
export const VERIFIED_RECHECK_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;
/** No member acts here: every site's due domains are checked. Log lines say so; audit entries have no actor. */
const AS_RECHECK = asSystem('the periodic re-check of every site\'s custom domains');
const CONCURRENCY = 8;

export interface RecheckResult {
  checked: number;
  changes: DomainChange[];
}

/** Re-checks every domain that is due at `now`; returns how many were checked and the status changes. */
export async function recheckDomains(deps: DomainDeps & { logger?: Logger }, now: Date): Promise<RecheckResult> {
  const { db } = deps;
  const pendingBefore = new Date(now.getTime() - PENDING_RECHECK_MS);
  const verifiedBefore = new Date(now.getTime() - VERIFIED_RECHECK_MS);
  const windowStart = new Date(now.getTime() - PENDING_WINDOW_MS);
  const due = await db
    .selectFrom('domains')
    .innerJoin('sites', 'sites.id', 'domains.site_id')
    .selectAll('domains')
    .select('sites.subdomain')
    .where((where) =>
      where.or([
        // Pending: every few minutes; once past the window, one last check turns it to failed.
        where.and([where('domains.status', '=', 'pending'), where.or([where('domains.checked_at', 'is', null), where('domains.checked_at', '<', pendingBefore)])]),
        // Failed before ever being verified, still inside the window: records may be being fixed.
        where.and([where('domains.status', '=', 'failed'), where('domains.verified_at', 'is', null), where('domains.created_at', '>', windowStart), where.or([where('domains.checked_at', 'is', null), where('domains.checked_at', '<', pendingBefore)])]),
        where.and([where('domains.status', '=', 'verified'), where.or([where('domains.checked_at', 'is', null), where('domains.checked_at', '<', verifiedBefore)])]),
      ]),
    )
    .orderBy(sql`domains.checked_at NULLS FIRST`)
    .limit(BATCH)
    .execute();

  let checked = 0;
  const changes: DomainChange[] = [];
  const queue = [...due];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const { subdomain, ...row } = entry;
      // Claim: only the process whose update matches the checked_at it read goes on.
      const claimed = await db
        .updateTable('domains')
        .set({ checked_at: now })
        .where('site_id', '=', row.site_id)
        .where('hostname', '=', row.hostname)
        .where(row.checked_at === null ? sql<boolean>`checked_at IS NULL` : sql<boolean>`checked_at = ${row.checked_at}`)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      try {
        const result = await checkAndStore(deps, row, subdomain, now);
        checked += 1;
        for (const change of result.changes) {
          changes.push(change);
          await recordAudit(db, { actorId: null, siteId: change.siteId, action: 'domain.recheck', target: change.hostname, details: { from: change.from, to: change.to } });
        }
      } catch (error) {
        deps.logger?.error({ err: error, hostname: row.hostname, system: AS_RECHECK.reason }, 'Re-checking a custom domain failed');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { checked, changes };
}

/** Runs recheckDomains every `intervalMs` (see startPeriodicTask). */
export function startDomainRechecks(deps: DomainDeps & { logger: Logger; clock?: () => Date }, intervalMs: number): PeriodicTask {
  return startPeriodicTask({
    name: 'Re-checking custom domains',
    intervalMs,
    logger: deps.logger,
    run: async () => {
      const { checked, changes } = await recheckDomains(deps, (deps.clock ?? (() => new Date()))());
      if (checked > 0) deps.logger.info({ checked, changes, system: AS_RECHECK.reason }, 'Custom domains re-checked');
    },
  });
}
