// A site's former subdomains. Renaming keeps the old name pointing at the site for REDIRECT_DAYS, so links and
// bookmarks keep working (the site server answers 301) and nobody else can take the name in the meantime.
import { appError, validationError } from '../errors.ts';
import type { Db } from './database.ts';
import { subdomainProblem } from './subdomain.ts';

/** How long an old subdomain forwards visitors to the new one. */
export const REDIRECT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const UNIQUE_VIOLATION = '23505';

/** Whether `subdomain` is an old name of a site other than `exceptSiteId` whose redirect still runs at `now`. */
export async function isHeldByRedirect(db: Db, subdomain: string, now: Date, exceptSiteId?: string): Promise<boolean> {
  let query = db.selectFrom('subdomain_redirects').select('site_id').where('subdomain', '=', subdomain).where('expires_at', '>', now);
  if (exceptSiteId !== undefined) query = query.where('site_id', '<>', exceptSiteId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** A site's old subdomains that still redirect at `now`. */
export async function activeRedirects(db: Db, siteId: string, now: Date): Promise<{ subdomain: string; expiresAt: Date }[]> {
  const rows = await db.selectFrom('subdomain_redirects').select(['subdomain', 'expires_at']).where('site_id', '=', siteId).where('expires_at', '>', now).orderBy('subdomain').execute();
  return rows.map((row) => ({ subdomain: row.subdomain, expiresAt: row.expires_at }));
}

/**
 * Moves a site to `subdomain`; its current subdomain then redirects for REDIRECT_DAYS. Renaming back to one of
 * the site's own old names ends that redirect. 400 for a malformed name, 409 when another site uses or holds it.
 * Returns the old subdomain, or null when nothing changed.
 */
export async function renameSubdomain(db: Db, siteId: string, subdomain: string, now: Date): Promise<string | null> {
  const problem = subdomainProblem(subdomain);
  if (problem) throw validationError([{ path: 'body/subdomain', message: problem }], problem);
  const taken = () => appError('SUBDOMAIN_TAKEN', `The subdomain "${subdomain}" is taken; choose another one.`);
  try {
    return await db.transaction().execute(async (transaction) => {
      const current = await transaction.selectFrom('sites').select('subdomain').where('id', '=', siteId).forUpdate().executeTakeFirstOrThrow();
      if (current.subdomain === subdomain) return null;
      if (await isHeldByRedirect(transaction, subdomain, now, siteId)) throw taken();
      // Ours (renaming back) or someone's expired redirect: either way the name is free now.
      await transaction.deleteFrom('subdomain_redirects').where('subdomain', '=', subdomain).execute();
      await transaction.updateTable('sites').set({ subdomain }).where('id', '=', siteId).execute();
      const expiresAt = new Date(now.getTime() + REDIRECT_DAYS * DAY_MS);
      await transaction
        .insertInto('subdomain_redirects')
        .values({ subdomain: current.subdomain, site_id: siteId, expires_at: expiresAt })
        .onConflict((conflict) => conflict.column('subdomain').doUpdateSet({ site_id: siteId, expires_at: expiresAt }))
        .execute();
      return current.subdomain;
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw taken();
    throw error;
  }
}

/** Renames a site (what people read; the subdomain is unchanged). */
export async function renameSite(db: Db, siteId: string, name: string): Promise<void> {
  await db.updateTable('sites').set({ name }).where('id', '=', siteId).execute();
}
