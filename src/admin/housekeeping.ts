// Bounded tables: rows that only matter for a while are removed once their while is over, so no table grows
// with use alone. Expired sessions and one-time tokens (confirmation, magic and reset links), invitations that
// ended (expired, used up or withdrawn) a month ago, generation jobs nobody is working on, finished jobs after a
// month, expired rate-limit counters, and the error log's occurrences (and groups not seen since) after 30 days. What people made or may need later — sites, history, deployments,
// form submissions, the audit log, AI accounting — is never swept here.
import { sql } from 'kysely';
import { asSystem } from '../system-actor.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/index.ts';
import { sweepErrorLog } from './error-log.ts';

export interface RetentionPolicy {
  /** Ended invitations stay listed for their site's owners this long. */
  endedInvitesDays: number;
  /** An unfinished generation job not updated for this long is closed (pg-boss gives up after 3 × 10 minutes). */
  staleJobMinutes: number;
  /** Finished generation jobs (and so their Idempotency-Key) are kept this long. */
  finishedJobsDays: number;
  /** Recorded errors are kept this long (and a group not seen for as long goes with them). */
  errorLogDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { endedInvitesDays: 30, staleJobMinutes: 60, finishedJobsDays: 30, errorLogDays: 30 };

export interface HousekeepingDeps {
  db: Db;
  /** Closes unfinished jobs not updated since the date given; returns how many (jobs' abandonStaleGenerationJobs). */
  abandonStaleJobs: (staleBefore: Date) => Promise<number>;
  /** Deletes finished jobs last updated before the date given; returns how many. */
  deleteFinishedJobs: (before: Date) => Promise<number>;
}

export interface SweepReport {
  sessions: number;
  verifications: number;
  invites: number;
  staleJobs: number;
  finishedJobs: number;
  rateLimits: number;
  errorEvents: number;
  errorGroups: number;
}

const DAY_MS = 86_400_000;
/** No member acts here: ended invitations of every site are swept with the rest. The log line says so. */
const AS_HOUSEKEEPING = asSystem('housekeeping removes expired rows of every site and account');

async function deletedRows(query: Promise<{ numAffectedRows?: bigint }>): Promise<number> {
  return Number((await query).numAffectedRows ?? 0);
}

/** One sweep at `now`; returns how many rows each kind lost (or closed, for stale jobs). */
export async function sweepExpiredRows(deps: HousekeepingDeps, now: Date, retention: RetentionPolicy = DEFAULT_RETENTION): Promise<SweepReport> {
  const { db } = deps;
  const endedBefore = new Date(now.getTime() - retention.endedInvitesDays * DAY_MS);
  const sessions = await deletedRows(sql`DELETE FROM "session" WHERE "expiresAt" < ${now}`.execute(db));
  const verifications = await deletedRows(sql`DELETE FROM "verification" WHERE "expiresAt" < ${now}`.execute(db));
  const invites = await deletedRows(
    sql`DELETE FROM invites WHERE expires_at < ${endedBefore} OR revoked_at < ${endedBefore} OR (uses >= max_uses AND created_at < ${endedBefore})`.execute(db),
  );
  const staleJobs = await deps.abandonStaleJobs(new Date(now.getTime() - retention.staleJobMinutes * 60_000));
  const finishedJobs = await deps.deleteFinishedJobs(new Date(now.getTime() - retention.finishedJobsDays * DAY_MS));
  const rateLimits = await deletedRows(sql`DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < ${now.getTime()}`.execute(db));
  const { errorEvents, errorGroups } = await sweepErrorLog(db, new Date(now.getTime() - retention.errorLogDays * DAY_MS));
  return { sessions, verifications, invites, staleJobs, finishedJobs, rateLimits, errorEvents, errorGroups };
}

/** Logs a sweep that removed anything (an empty one says nothing). */
export async function sweepAndLog(deps: HousekeepingDeps & { logger: Logger }, now: Date, retention?: RetentionPolicy): Promise<SweepReport> {
  const report = await sweepExpiredRows(deps, now, retention);
  if (Object.values(report).some((count) => count > 0)) deps.logger.info({ removed: report, system: AS_HOUSEKEEPING.reason }, 'Housekeeping removed expired rows');
  return report;
}
