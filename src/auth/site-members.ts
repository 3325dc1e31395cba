import { appError } from '../errors.ts';
import type { Db } from '../store/index.ts';
import type { Role } from './site-roles.ts';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(db: Db, siteId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('site_members')
    .leftJoin('user', 'user.id', 'site_members.user_id')
    .select(['site_members.user_id', 'site_members.role', 'site_members.created_at', 'user.name', 'user.email'])
    .where('site_members.site_id', '=', siteId)
    .orderBy('site_members.created_at')
    .orderBy('site_members.user_id')
    .execute();
  return rows.map((row) => ({ userId: row.user_id, name: row.name ?? '', email: row.email ?? '', role: row.role, joinedAt: row.created_at }));
}

/** Changes a member's role or removes them; a site always keeps at least one owner. */
export async function updateMember(db: Db, siteId: string, userId: string, change: { role: Role } | 'remove'): Promise<{ previousRole: Role }> {
  return db.transaction().execute(async (transaction) => {
    // Lock the site's memberships so two owners demoting each other at once cannot leave none.
    const members = await transaction.selectFrom('site_members').select(['user_id', 'role']).where('site_id', '=', siteId).forUpdate().execute();
    const member = members.find((entry) => entry.user_id === userId);
    if (!member) throw appError('NOT_FOUND', `User "${userId}" is not a member of this site.`);
    const owners = members.filter((entry) => entry.role === 'owner').length;
    const isLosingOwner = member.role === 'owner' && (change === 'remove' || change.role !== 'owner');
    if (isLosingOwner && owners === 1) throw appError('LAST_OWNER');
    if (change === 'remove') await transaction.deleteFrom('site_members').where('site_id', '=', siteId).where('user_id', '=', userId).execute();
    else await transaction.updateTable('site_members').set({ role: change.role }).where('site_id', '=', siteId).where('user_id', '=', userId).execute();
    return { previousRole: member.role };
  });
}
