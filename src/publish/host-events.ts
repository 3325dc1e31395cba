import { sql } from 'kysely';
import type { Db } from '../store/index.ts';

/** The PostgreSQL channel on which every process hears that a site's hosts or live deployments changed. */
export const HOSTS_CHANNEL = 'pagehub_hosts';

/**
 * Tells every PageHub process (LISTEN on HOSTS_CHANNEL) that what `siteId` serves changed: a deployment went
 * live, a branch preview moved, a domain was verified or removed, the site was deleted. Call it inside the
 * transaction that made the change: PostgreSQL delivers the notification only if that transaction commits.
 */
export async function notifyHostsChanged(db: Db, siteId: string): Promise<void> {
  await sql`SELECT pg_notify(${HOSTS_CHANNEL}, ${siteId})`.execute(db);
}
