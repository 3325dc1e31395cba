// Carries an account's standing to its sites: the read-only time is recorded when it begins, and once the account
// has been read-only for the pause period its published sites show the "paused" page; a paid bill brings them back.
// Every process's site server hears of it through the hosts channel, this one's at once.
import { pauseSites, resumeSites } from '../publish/index.ts';
import { readAccount, updateAccount } from './accounts.ts';
import type { BillingContext } from './billing-context.ts';
import { standingAt, type StandingAnswer } from './standing.ts';
import { sitesPaidBy } from './usage.ts';

export const BILLING_PAUSE = 'billing' as const;

export function periodsOf(ctx: Pick<BillingContext, 'config'>) {
  return { graceDays: ctx.config.BILLING_GRACE_DAYS, pauseDays: ctx.config.BILLING_PAUSE_DAYS };
}

/** Brings the account's recorded read-only time and its sites' pauses in line with its standing now. */
export async function reconcileStanding(ctx: BillingContext, userId: string): Promise<StandingAnswer> {
  const { db, clock } = ctx;
  const now = clock();
  const account = await readAccount(db, userId);
  const answer = standingAt(account, periodsOf(ctx), now);
  const readOnlySince = answer.readOnlySince;
  if ((readOnlySince?.getTime() ?? null) !== (account.readOnlySince?.getTime() ?? null) && (readOnlySince === null || account.readOnlySince === null)) {
    await updateAccount(db, userId, { readOnlySince }, now);
  }
  const siteIds = (await sitesPaidBy(db, userId).execute()).map((row) => row.site_id);
  const changed = answer.standing === 'paused' ? await pauseSites(db, siteIds, BILLING_PAUSE, now) : await resumeSites(db, siteIds, BILLING_PAUSE);
  for (const id of changed) await ctx.onHostsChanged?.(id);
  if (changed.length > 0) ctx.logger.info({ userId, sites: changed.length, standing: answer.standing }, answer.standing === 'paused' ? 'Billing: paused the published sites of an account with unpaid bills' : 'Billing: sites of an account brought back');
  return answer;
}
