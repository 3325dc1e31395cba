import { appError } from '../errors.ts';
import type { Db } from '../store/index.ts';
import { inviteByEmail, inviteState, type EmailInvitation } from './invite-links.ts';

/**
 * Sends an invitation by email of `siteId` again: a new single-use link for the same address and role, mailed by
 * `deliver`; once it is delivered the old link stops working (inviteByEmail revokes it). Only a pending or expired
 * invitation by email is resent; an invite link, an accepted or a withdrawn invitation is 409, and an id that is not
 * one of this site's invites is 404.
 */
export async function resendInvitation(
  db: Db,
  resend: { siteId: string; inviteId: string; invitedBy: string; expiresInHours: number; now: Date },
  deliver: (created: EmailInvitation) => Promise<void>,
): Promise<EmailInvitation> {
  const row = await db.selectFrom('invites').selectAll().where('id', '=', resend.inviteId).where('site_id', '=', resend.siteId).executeTakeFirst();
  if (!row) throw appError('NOT_FOUND', 'This invitation does not exist on this site; it may have been removed.');
  if (row.email === null) throw appError('CONFLICT', 'Only an invitation by email can be sent again; make a new invite link instead.');
  const state = inviteState(row, resend.now);
  if (state === 'accepted') throw appError('CONFLICT', `${row.email} has already accepted this invitation.`);
  if (state === 'revoked') throw appError('CONFLICT', `This invitation to ${row.email} was withdrawn or replaced; invite the address again instead.`);
  return inviteByEmail(db, { siteId: resend.siteId, email: row.email, role: row.role, invitedBy: resend.invitedBy, expiresInHours: resend.expiresInHours, now: resend.now }, deliver);
}
