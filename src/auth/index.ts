// Accounts and sessions: better-auth mounted at /api/auth/* on the platform database (email + password, magic
// links, Google / Facebook / GitHub), the mailer that delivers account mail, the session secret, and platform
// admins (the first account created runs the platform); site roles, members, invite links and invitations by
// email. A new account confirms its address before it is signed in
// (docs/decisions/2026-12-03-sign-up-confirms-email.md).
export { createAuth, type Auth, type BetterAuthInstance, type SessionUser } from './create-auth.ts';
export { authOptions, trustedOrigins, type AuthDeps } from './auth-options.ts';
export { resolveAuthSecret } from './auth-secret.ts';
export { createLogMailer, createMailer, createSmtpMailer, type Mail, type Mailer } from './mailer.ts';
export { claimFirstPlatformAdmin, hasAnyAccount, isPlatformAdmin } from './platform-admins.ts';
export { hasRole, requireSiteRole, ROLES, type Actor, type Role, type SiteAccess } from './site-roles.ts';
export { listMembers, updateMember, type Member } from './site-members.ts';
export { acceptInvite, createInvite, hashInviteToken, inviteSiteOf, inviteByEmail, listInvites, maskEmail, revokeInvite, type EmailInvitation, type InviteState } from './invite-links.ts';
export { INVITATION_HOURS, invitationMail, oneLine } from './account-mail.ts';
export { previewInvite, type InvitePreview } from './invite-preview.ts';
export { resendInvitation } from './resend-invitation.ts';
export { accountProfile, type AccountProfile } from './account-profile.ts';
export { endAccountSession, endOtherAccountSessions, listAccountSessions, type AccountSession } from './account-sessions.ts';
export { checkSiteDecisions, deleteAccount, soleOwnedSites, type DeletedAccount, type SiteDecision, type SoleOwnedSite } from './delete-account.ts';
export { isAddressSuspended, liftSuspension, suspendAccount, suspensionOf, type Suspension } from './suspensions.ts';
