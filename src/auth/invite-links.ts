import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AppError, appError } from '../errors.ts';
import type { Db } from '../store/index.ts';
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
  /** Binds the invite to one address: only the account signed in with it may accept. */
  email?: string;
}

export async function createInvite(db: Db, invite: NewInvite): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(invite.now.getTime() + invite.expiresInHours * 3_600_000);
  await db
    .insertInto('invites')
    .values({ id, site_id: invite.siteId, token_hash: hashInviteToken(token), role: invite.role, expires_at: expiresAt, max_uses: invite.maxUses, revoked_at: null, created_by: invite.createdBy, email: invite.email?.toLowerCase() ?? null })
    .execute();
  return { id, token, expiresAt };
}

/** An invite link is active until used up; an invitation by email is pending until accepted. */
export type InviteState = 'active' | 'used-up' | 'pending' | 'accepted' | 'expired' | 'revoked';

export function inviteState(row: { revoked_at: Date | null; expires_at: Date; uses: number; max_uses: number; email: string | null }, now: Date): InviteState {
  if (row.revoked_at) return 'revoked';
  const isUsedUp = row.uses >= row.max_uses;
  if (row.email !== null) return isUsedUp ? 'accepted' : row.expires_at <= now ? 'expired' : 'pending';
  return row.expires_at <= now ? 'expired' : isUsedUp ? 'used-up' : 'active';
}

export async function listInvites(db: Db, siteId: string, now: Date) {
  const rows = await db.selectFrom('invites').selectAll().where('site_id', '=', siteId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    createdBy: row.created_by,
    createdAt: row.created_at,
    state: inviteState(row, now),
  }));
}

/** `ada@example.com` → `a•••@example.com`: enough for its owner to recognise, too little to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

export interface EmailInvitation {
  id: string;
  token: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/**
 * Invites `email` to `siteId` with `role`: a single-use invite bound to that address. Answers the same whether or
 * not the address has an account; only a current member is refused (409) — the owner asking can list the members
 * anyway. `deliver` mails the link; only once it has, the new invitation replaces any pending one for the address.
 * If it fails, the new invitation is deleted and the pending one stays: nothing is left that nobody was told of.
 */
export async function inviteByEmail(
  db: Db,
  invitation: { siteId: string; email: string; role: Role; invitedBy: string; expiresInHours: number; now: Date },
  deliver: (created: EmailInvitation) => Promise<void>,
): Promise<EmailInvitation> {
  const email = invitation.email.toLowerCase();
  const member = await db
    .selectFrom('site_members')
    .innerJoin('user', 'user.id', 'site_members.user_id')
    .select('site_members.role')
    .where('site_members.site_id', '=', invitation.siteId)
    .where('user.email', '=', email)
    .executeTakeFirst();
  if (member) throw appError('CONFLICT', `${email} is already a member of this site (${member.role}); change their role instead.`);
  const created = await createInvite(db, { siteId: invitation.siteId, role: invitation.role, expiresInHours: invitation.expiresInHours, maxUses: 1, createdBy: invitation.invitedBy, now: invitation.now, email });
  const sent = { ...created, email, role: invitation.role };
  try {
    await deliver(sent);
  } catch (error) {
    await db.deleteFrom('invites').where('id', '=', created.id).execute();
    throw error;
  }
  await db
    .updateTable('invites')
    .set({ revoked_at: invitation.now })
    .where('site_id', '=', invitation.siteId)
    .where('email', '=', email)
    .where('id', '<>', created.id)
    .where('revoked_at', 'is', null)
    .where('uses', '<', sql<number>`max_uses`)
    .execute();
  return sent;
}

/** Revokes an invite of `siteId`; an unknown id (or another site's) is 404. */
export async function revokeInvite(db: Db, siteId: string, inviteId: string, now: Date): Promise<void> {
  const result = await db.updateTable('invites').set({ revoked_at: now }).where('id', '=', inviteId).where('site_id', '=', siteId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw appError('NOT_FOUND', `No invite "${inviteId}" on this site.`);
}

/**
 * Accepts an invite for `userId`: one use is taken atomically (a conditional UPDATE, so concurrent accepts never
 * exceed max_uses) and the user becomes a member with the invite's role — an existing member keeps the higher of
 * the two roles and uses no link. An invitation by email opens only for the confirmed account of that address
 * (another account gets 403 naming the address, masked, and uses nothing) and is used up when accepted.
 * Expired, used-up, revoked and unknown tokens each give their own error.
 */
/** The site an invite link or invitation is for, or null for an unknown token (nothing else is revealed). */
export async function inviteSiteOf(db: Db, token: string): Promise<string | null> {
  const row = await db.selectFrom('invites').select('site_id').where('token_hash', '=', hashInviteToken(token)).executeTakeFirst();
  return row?.site_id ?? null;
}

export async function acceptInvite(db: Db, token: string, userId: string, now: Date): Promise<{ siteId: string; role: Role; inviteId: string; isNewMember: boolean }> {
  const tokenHash = hashInviteToken(token);
  return db.transaction().execute(async (transaction) => {
    const invite = await transaction.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
    if (!invite) throw appError('INVITE_INVALID');
    const isForOneAddress = invite.email !== null;
    if (isForOneAddress) {
      const account = await transaction.selectFrom('user').select(['email', 'emailVerified']).where('id', '=', userId).executeTakeFirst();
      if (account?.email.toLowerCase() !== invite.email || !account.emailVerified) {
        const sentTo = maskEmail(invite.email ?? '');
        throw new AppError('INVITE_WRONG_ACCOUNT', { detail: `This invitation was sent to ${sentTo}. Sign in with that address to accept it; it was not used.`, extra: { sentTo } });
      }
    }
    if (invite.revoked_at) throw appError('INVITE_REVOKED');
    if (isForOneAddress && invite.uses >= invite.max_uses) throw appError('INVITE_USED_UP', 'This invitation has already been accepted. Ask the site owner for a new one if you need it.');
    if (invite.expires_at <= now) throw appError('INVITE_EXPIRED');
    const membership = await transaction.selectFrom('site_members').select('role').where('site_id', '=', invite.site_id).where('user_id', '=', userId).executeTakeFirst();
    const keepsRole = membership !== undefined && hasRole(membership.role, invite.role);
    if (keepsRole && !isForOneAddress) return { siteId: invite.site_id, role: membership.role, inviteId: invite.id, isNewMember: false };
    const taken = await transaction
      .updateTable('invites')
      .set({ uses: sql`uses + 1` })
      .where('id', '=', invite.id)
      .where('uses', '<', sql<number>`max_uses`)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 0) throw appError('INVITE_USED_UP');
    if (keepsRole) return { siteId: invite.site_id, role: membership.role, inviteId: invite.id, isNewMember: false };
    await transaction
      .insertInto('site_members')
      .values({ site_id: invite.site_id, user_id: userId, role: invite.role })
      .onConflict((conflict) => conflict.columns(['site_id', 'user_id']).doUpdateSet({ role: invite.role }))
      .execute();
    return { siteId: invite.site_id, role: invite.role, inviteId: invite.id, isNewMember: !membership };
  });
}
