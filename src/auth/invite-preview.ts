import { appError } from '../errors.ts';
import { oneLine } from './account-mail.ts';
import type { Db } from '../store/index.ts';
import { hashInviteToken, inviteState, maskEmail, type InviteState } from './invite-links.ts';
import type { Role } from './site-roles.ts';

/** What the person holding an invite may learn before accepting it: nothing that finds the site or its team. */
export interface InvitePreview {
  site: { name: string };
  invitedBy: { name: string };
  role: Role;
  state: Extract<InviteState, 'active' | 'pending'>;
  expiresAt: Date;
  /** The address an invitation by email was sent to, masked (`a•••@example.com`); null for an invite link. */
  sentTo: string | null;
}

/** Whom an invitee is told to ask: the person who made the invite, by the name they gave, else the site's owner. */
function whomToAsk(inviterName: string | null): string {
  const name = oneLine(inviterName ?? '');
  return name || 'the site owner';
}

/**
 * The invite behind `token`, as its holder sees it before accepting (GET /api/invites/{token}, no sign-in): the
 * site's name, who invited them, the role, the expiry and, for an invitation by email, the address masked. An
 * unknown token is INVITE_INVALID; a revoked, used-up (or already accepted) and expired one each answer their own
 * error, naming whom to ask for a new link. Nothing else about the site — no id, no address, no members.
 */
export async function previewInvite(db: Db, token: string, now: Date): Promise<InvitePreview> {
  const row = await db
    .selectFrom('invites')
    .innerJoin('sites', 'sites.id', 'invites.site_id')
    .leftJoin('user', 'user.id', 'invites.created_by')
    .select(['invites.role', 'invites.expires_at', 'invites.max_uses', 'invites.uses', 'invites.revoked_at', 'invites.email', 'sites.name as site_name', 'user.name as inviter_name'])
    .where('invites.token_hash', '=', hashInviteToken(token))
    .executeTakeFirst();
  if (!row) throw appError('INVITE_INVALID');
  const ask = whomToAsk(row.inviter_name);
  const state = inviteState(row, now);
  const isInvitation = row.email !== null;
  const what = isInvitation ? 'invitation' : 'invite link';
  if (state === 'revoked') throw appError('INVITE_REVOKED', `An owner of the site withdrew this ${what}, so it no longer works. Ask ${ask} for a new one.`);
  if (state === 'accepted') throw appError('INVITE_USED_UP', `This invitation has already been accepted. Ask ${ask} if you need a new one.`);
  if (state === 'used-up') throw appError('INVITE_USED_UP', `This invite link has been used as many times as allowed. Ask ${ask} for a new one.`);
  if (state === 'expired') throw appError('INVITE_EXPIRED', `This ${what} has expired. Ask ${ask} for a new one.`);
  return {
    site: { name: row.site_name },
    invitedBy: { name: ask === 'the site owner' ? 'The site owner' : ask },
    role: row.role,
    state,
    expiresAt: row.expires_at,
    sentTo: row.email === null ? null : maskEmail(row.email),
  };
}
