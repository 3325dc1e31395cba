import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { appError } from '../errors.ts';
import type { Db } from '../store/database.ts';
import { hasRole, type Role } from './site-roles.ts';

/** Invite tokens are 32 random bytes; only their SHA-256 is stored, so a database leak reveals no usable link. */
export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewInvite {
  siteId: string;
  role: Role;
  expiresInHours: number;
  maxUses: number;
  createdBy: string;
  now: Date;
}

export async function createInvite(db: Db, invite: NewInvite): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(invite.now.getTime() + invite.expiresInHours * 3_600_000);
  await db
    .insertInto('invites')
    .values({ id, site_id: invite.siteId, token_hash: hashInviteToken(token), role: invite.role, expires_at: expiresAt, max_uses: invite.maxUses, revoked_at: null, created_by: invite.createdBy })
    .execute();
  return { id, token, expiresAt };
}

export type InviteState = 'active' | 'expired' | 'used-up' | 'revoked';

export async function listInvites(db: Db, siteId: string, now: Date) {
  const rows = await db.selectFrom('invites').selectAll().where('site_id', '=', siteId).orderBy('created_at', 'desc').execute();
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    createdBy: row.created_by,
    createdAt: row.created_at,
    state: (row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : row.uses >= row.max_uses ? 'used-up' : 'active') as InviteState,
  }));
}

/** Revokes an invite of `siteId`; an unknown id (or another site's) is 404. */
export async function revokeInvite(db: Db, siteId: string, inviteId: string, now: Date): Promise<void> {
  const result = await db.updateTable('invites').set({ revoked_at: now }).where('id', '=', inviteId).where('site_id', '=', siteId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw appError('NOT_FOUND', `No invite "${inviteId}" on this site.`);
}

/**
 * Accepts an invite for `userId`: one use is taken atomically (a conditional UPDATE, so concurrent accepts never
 * exceed max_uses) and the user becomes a member with the invite's role — an existing member keeps the higher of
 * the two roles and uses no invite. Expired, used-up, revoked and unknown tokens each give their own error.
 */
export async function acceptInvite(db: Db, token: string, userId: string, now: Date): Promise<{ siteId: string; role: Role; inviteId: string; isNewMember: boolean }> {
  const tokenHash = hashInviteToken(token);
  return db.transaction().execute(async (transaction) => {
    const invite = await transaction.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
    if (!invite) throw appError('INVITE_INVALID');
    if (invite.revoked_at) throw appError('INVITE_REVOKED');
    if (invite.expires_at <= now) throw appError('INVITE_EXPIRED');
    const membership = await transaction.selectFrom('site_members').select('role').where('site_id', '=', invite.site_id).where('user_id', '=', userId).executeTakeFirst();
    if (membership && hasRole(membership.role, invite.role)) return { siteId: invite.site_id, role: membership.role, inviteId: invite.id, isNewMember: false };
    const taken = await transaction
      .updateTable('invites')
      .set({ uses: sql`uses + 1` })
      .where('id', '=', invite.id)
      .where('uses', '<', sql<number>`max_uses`)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 0) throw appError('INVITE_USED_UP');
    await transaction
      .insertInto('site_members')
      .values({ site_id: invite.site_id, user_id: userId, role: invite.role })
      .onConflict((conflict) => conflict.columns(['site_id', 'user_id']).doUpdateSet({ role: invite.role }))
      .execute();
    return { siteId: invite.site_id, role: invite.role, inviteId: invite.id, isNewMember: !membership };
  });
}
