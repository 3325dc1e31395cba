import { createRoute, z } from '@hono/zod-openapi';
import { createLogMailer, invitationMail, ROLES, type EmailInvitation } from '../../auth/index.ts';
import { appError } from '../../errors.ts';
import type { AppContext, Router } from '../app-env.ts';
import { DEFAULT_INVITATION_LIMIT } from '../middleware/rate-limit-policies.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

const RoleSchema = z.enum(ROLES);
const MemberSchema = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: RoleSchema, joinedAt: z.string() }).openapi('Member');
const InvitationSchema = z.object({ id: z.string(), email: z.string(), role: RoleSchema, expiresAt: z.string() }).openapi('Invitation');
const MemberParams = SiteIdParams.extend({ userId: z.string().min(1).max(100) });

const listRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/members', tags: ['members'], operationId: 'listMembers', security: signedIn, summary: 'Members of a site and their roles',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Members', z.object({ members: z.array(MemberSchema) })), ...problemResponses(401, 404) },
});

const addRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/members', tags: ['members'], operationId: 'addMember', security: signedIn, summary: 'Invite someone by email (owners only): they get a single-use link and join when they accept it. The answer is the same whether or not the address has an account.',
  request: { params: SiteIdParams, body: jsonBody(z.object({ email: z.email(), role: RoleSchema })) },
  responses: { 202: jsonResponse('Invitation sent', z.object({ invitation: InvitationSchema })), ...problemResponses(400, 401, 402, 403, 404, 409, 429, 503) },
});

const resendRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/invites/{inviteId}/resend', tags: ['invites'], operationId: 'resendInvitation', security: signedIn,
  summary: 'Send a pending or expired invitation by email again (owners only): a new single-use link is mailed and the old one stops working',
  request: { params: SiteIdParams.extend({ inviteId: z.string().min(1).max(100) }) },
  responses: { 202: jsonResponse('Invitation sent again', z.object({ invitation: InvitationSchema })), ...problemResponses(401, 403, 404, 409, 429, 503) },
});

const patchRoute = createRoute({
  method: 'patch', path: '/api/sites/{id}/members/{userId}', tags: ['members'], operationId: 'changeMemberRole', security: signedIn, summary: "Change a member's role (owners only)",
  request: { params: MemberParams, body: jsonBody(z.object({ role: RoleSchema })) },
  responses: { 200: jsonResponse('Updated', z.object({ userId: z.string(), role: RoleSchema })), ...problemResponses(400, 401, 403, 404, 409) },
});

const removeRoute = createRoute({
  method: 'delete', path: '/api/sites/{id}/members/{userId}', tags: ['members'], operationId: 'removeMember', security: signedIn, summary: 'Remove a member (owners), or leave a site (yourself)',
  request: { params: MemberParams },
  responses: { 204: { description: 'Removed' }, ...problemResponses(401, 403, 404, 409) },
});

export const registerMemberRoutes: Router = (app, { database, sites, config, mailer, logger, rateLimits, billing }) => {
  const { db } = database;
  const invitationMailer = mailer ?? createLogMailer(logger);
  // Each invitation mails someone who never asked for it: an owner may send only so many.
  const invitationLimiter = createLimiter(database, 'invitations-user', rateLimits?.invitationsPerUser ?? DEFAULT_INVITATION_LIMIT);

  /** Mails an invitation; one that cannot be mailed is not kept (503, and the caller's store step undoes it). */
  const deliverer = (c: AppContext, site: { id: string; name: string }, inviterName: string) => async (created: EmailInvitation) => {
    try {
      await invitationMailer.send(invitationMail({ to: created.email, url: `${config.publicUrl}/invite/${created.token}`, siteName: site.name, inviterName, role: created.role }));
    } catch (error) {
      c.get('logger').warn({ err: error, siteId: site.id }, 'Could not mail an invitation; it was not kept');
      throw appError('UNAVAILABLE', `The invitation mail to ${created.email} could not be sent, so no invitation was made. Try again in a few minutes.`);
    }
  };

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const members = await site.members.list();
    return c.json({ members: members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() })) }, 200);
  });

  app.openapi(addRoute, async (c) => {
    const { id } = c.req.valid('param');
    const user = requireUser(c);
    const site = await sites.forSite(c, id, 'owner');
    const { email, role } = c.req.valid('json');
    // Nobody is added here and nothing about the address's account is read back: whether or not it has one, the
    // invitation is stored, mailed and answered alike. The person joins by accepting it, signed in as that address.
    await consumeOrThrow(invitationLimiter, user.id);
    await billing.requireRoomForMember(id);
    const invitation = await site.members.invite({ email, role }, deliverer(c, site.row, user.name));
    await auditRequest(c, db, { siteId: id, action: 'member.invite', target: invitation.id, details: { email: invitation.email, role } });
    return c.json({ invitation: { id: invitation.id, email: invitation.email, role, expiresAt: invitation.expiresAt.toISOString() } }, 202);
  });

  app.openapi(resendRoute, async (c) => {
    const { id, inviteId } = c.req.valid('param');
    const user = requireUser(c);
    const site = await sites.forSite(c, id, 'owner');
    await consumeOrThrow(invitationLimiter, user.id);
    const invitation = await site.members.resendInvitation(inviteId, deliverer(c, site.row, user.name));
    await auditRequest(c, db, { siteId: id, action: 'member.invite-resend', target: invitation.id, details: { email: invitation.email, role: invitation.role, replaces: inviteId } });
    return c.json({ invitation: { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() } }, 202);
  });

  app.openapi(patchRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    const { role } = c.req.valid('json');
    const { previousRole } = await site.members.changeRole(userId, role);
    await auditRequest(c, db, { siteId: id, action: 'member.role', target: userId, details: { from: previousRole, to: role } });
    return c.json({ userId, role }, 200);
  });

  app.openapi(removeRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    const user = requireUser(c);
    const site = await sites.forSite(c, id, userId === user.id ? 'viewer' : 'owner');
    const { previousRole } = await site.members.remove(userId);
    await auditRequest(c, db, { siteId: id, action: userId === user.id ? 'member.leave' : 'member.remove', target: userId, details: { role: previousRole } });
    return c.body(null, 204);
  });
};
