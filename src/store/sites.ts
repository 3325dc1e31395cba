import { randomUUID } from 'node:crypto';
import type { Site } from '../site/index.ts';
import { appError, validationError } from '../errors.ts';
import type { Db } from './database.ts';
import type { CommitSource, History } from './history/index.ts';
import { subdomainProblem } from './subdomain.ts';
import { isHeldByRedirect } from './subdomain-redirects.ts';
import type { SiteRole } from './member-roles.ts';

export interface SiteSummary {
  id: string;
  subdomain: string;
  name: string;
  role: SiteRole;
  createdAt: Date;
  /** Visitors' messages nobody has marked read yet; 0 for viewers, who do not see them. */
  unreadSubmissions: number;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Creates a site owned by `ownerId` with `document` as its first commit on `main`. The site row and the
 * membership are one transaction; should the first commit fail, the site is removed again, so a failed create
 * leaves nothing behind.
 */
export async function createSite(
  db: Db,
  history: History,
  input: { ownerId: string; subdomain: string; name: string; document: Site; /** For the check against other sites' old names; default the current time. */ now?: Date; /** The first commit's source and summary; default api, "Created the site". */ commit?: { source: CommitSource; summary: string } },
): Promise<{ id: string; subdomain: string; head: string }> {
  const problem = subdomainProblem(input.subdomain);
  if (problem) throw validationError([{ path: 'body/subdomain', message: problem }], problem);
  if (await isHeldByRedirect(db, input.subdomain, input.now ?? new Date())) throw appError('SUBDOMAIN_TAKEN', `The subdomain "${input.subdomain}" is taken; choose another one.`);
  const id = randomUUID();
  try {
    await db.transaction().execute(async (transaction) => {
      await transaction.insertInto('sites').values({ id, subdomain: input.subdomain, name: input.name, created_by: input.ownerId }).execute();
      await transaction.insertInto('site_members').values({ site_id: id, user_id: input.ownerId, role: 'owner' }).execute();
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw appError('SUBDOMAIN_TAKEN', `The subdomain "${input.subdomain}" is taken; choose another one.`);
    throw error;
  }
  try {
    const root = await history.initialize(id, input.document, input.ownerId, input.commit ?? { source: 'api', summary: 'Created the site' });
    return { id, subdomain: input.subdomain, head: root.id };
  } catch (error) {
    await db.deleteFrom('sites').where('id', '=', id).execute();
    throw error;
  }
}

/** The sites `userId` is a member of, newest first. */
export async function listSitesOf(db: Db, userId: string): Promise<SiteSummary[]> {
  const rows = await db
    .selectFrom('sites')
    .innerJoin('site_members', 'site_members.site_id', 'sites.id')
    .select(['sites.id', 'sites.subdomain', 'sites.name', 'sites.created_at', 'site_members.role'])
    // One query for the dashboard's badges: a correlated count over the partial index of unread rows.
    .select((eb) =>
      eb
        .selectFrom('form_submissions')
        .select((inner) => inner.fn.countAll<string | number>().as('count'))
        .whereRef('form_submissions.site_id', '=', 'sites.id')
        .where('form_submissions.read_at', 'is', null)
        .as('unread'),
    )
    .where('site_members.user_id', '=', userId)
    .orderBy('sites.created_at', 'desc')
    .orderBy('sites.id')
    .execute();
  return rows.map((row) => ({ id: row.id, subdomain: row.subdomain, name: row.name, role: row.role, createdAt: row.created_at, unreadSubmissions: row.role === 'viewer' ? 0 : Number(row.unread ?? 0) }));
}

/** Deletes a site and, through ON DELETE CASCADE, its members, invites and history. */
export async function deleteSite(db: Db, siteId: string): Promise<void> {
  await db.deleteFrom('sites').where('id', '=', siteId).execute();
}

/** Whether a new site (or a rename) may take `subdomain` at `now`: well-formed, unused, and no other site's old name still redirecting. */
export async function isSubdomainAvailable(db: Db, subdomain: string, now: Date = new Date()): Promise<boolean> {
  if (subdomainProblem(subdomain)) return false;
  if (await isHeldByRedirect(db, subdomain, now)) return false;
  return (await db.selectFrom('sites').select('id').where('subdomain', '=', subdomain).executeTakeFirst()) === undefined;
}
