// Sites that show the platform's "paused" page instead of their pages (site-handler.ts): an account with unpaid bills
// (billing), or one a platform admin suspended. Each pause carries its reason, so lifting one reason never lifts
// another; every process's site server hears of it through the hosts channel.
import type { Db } from '../store/index.ts';
import { notifyHostsChanged } from './host-events.ts';

export type PauseReason = 'billing' | 'suspended';

/** Pauses the sites not paused yet; returns the ids it paused (notified). */
export async function pauseSites(db: Db, siteIds: readonly string[], reason: PauseReason, now: Date): Promise<string[]> {
  if (siteIds.length === 0) return [];
  const rows = await db.updateTable('sites').set({ paused_at: now, paused_reason: reason }).where('id', 'in', siteIds).where('paused_at', 'is', null).returning('id').execute();
  for (const { id } of rows) await notifyHostsChanged(db, id);
  return rows.map((row) => row.id);
}

/** Lifts the pauses made for `reason`; returns the ids it brought back (notified). */
export async function resumeSites(db: Db, siteIds: readonly string[], reason: PauseReason): Promise<string[]> {
  if (siteIds.length === 0) return [];
  const rows = await db.updateTable('sites').set({ paused_at: null, paused_reason: null }).where('id', 'in', siteIds).where('paused_reason', '=', reason).returning('id').execute();
  for (const { id } of rows) await notifyHostsChanged(db, id);
  return rows.map((row) => row.id);
}
