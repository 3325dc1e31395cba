import { appError } from '../errors.ts';
import { SITE_ROLES, type Db, type SiteRole } from '../store/index.ts';

/** The site roles, least to most (src/store/member-roles.ts is their home). */
export const ROLES = SITE_ROLES;
export type Role = SiteRole;

/** owner: everything incl. delete, members, billing; editor: change content and publish; viewer: read. */
const RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** Who is acting. Platform admins act on sites only through /api/admin; on site routes they are users like any. */
export interface Actor {
  userId: string;
}

export interface SiteAccess {
  site: { id: string; subdomain: string; name: string; createdAt: Date };
  role: Role;
}

/**
 * The one gate to a site: returns the site and the actor's role when the actor is a member with at least
 * `needed`. A site the actor is not a member of answers 404 — indistinguishable from one that does not exist —
 * and a member without the role gets 403. Members whose role is in `hiddenFor` get the 404 too, for what they
 * must not even know exists (visitors' form submissions are not for viewers). Routes do not call this: they get
 * a site handle from `forSite` (src/http/site-access.ts), which calls it once. The one way around it is
 * `asSystem` (src/system-actor.ts), easy to grep for.
 */
export async function requireSiteRole(db: Db, actor: Actor, siteId: string, needed: Role, { hiddenFor = [] }: { hiddenFor?: readonly Role[] } = {}): Promise<SiteAccess> {
  const row = await db
    .selectFrom('sites')
    .innerJoin('site_members', 'site_members.site_id', 'sites.id')
    .select(['sites.id', 'sites.subdomain', 'sites.name', 'sites.created_at', 'site_members.role'])
    .where('sites.id', '=', siteId)
    .where('site_members.user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw appError('NOT_FOUND', `No site with id "${siteId}" exists, or you are not a member of it.`);
  if (hiddenFor.includes(row.role)) throw appError('NOT_FOUND', `Nothing exists at this address, or your role on this site (${row.role}) does not give access to it.`);
  if (!hasRole(row.role, needed)) {
    throw appError('FORBIDDEN', `This needs the ${needed} role on this site; you are ${row.role === 'editor' ? 'an' : 'a'} ${row.role}. Ask an owner of the site.`);
  }
  return { site: { id: row.id, subdomain: row.subdomain, name: row.name, createdAt: row.created_at }, role: row.role };
}
