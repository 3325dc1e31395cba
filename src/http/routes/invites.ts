import { createRoute, z } from '@hono/zod-openapi';
import { acceptInvite, inviteSiteOf, previewInvite, ROLES } from '../../auth/index.ts';
import { AppError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { clientIp } from '../client-ip.ts';
import { DEFAULT_INVITE_PREVIEW_LIMIT } from '../middleware/rate-limit-policies.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { everyone, jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

const RoleSchema = z.enum(ROLES);
const InviteSchema = z
  .object({
    id: z.string(),
    /** Set for an invitation by email (POST /api/sites/{id}/members); null for an invite link. */
    email: z.string().nullable(),
    role: RoleSchema,
    expiresAt: z.string(),
    maxUses: z.number().int(),
    uses: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    state: z.enum(['active', 'used-up', 'pending', 'accepted', 'expired', 'revoked']).openapi({ description: 'Links: active, used-up, expired, revoked. Invitations by email: pending, accepted, expired, revoked.' }),
  })
  .openapi('Invite');

const createInviteRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/invites', tags: ['invites'], operationId: 'createInvite', security: signedIn, summary: 'Create an invite link (owners only); the URL is shown once',
  request: {
    params: SiteIdParams,
    body: jsonBody(z.object({ role: RoleSchema.default('editor'), expiresInHours: z.number().int().min(1).max(24 * 90).default(72), maxUses: z.number().int().min(1).max(1000).default(1) })),
  },
  responses: { 201: jsonResponse('The invite', z.object({ id: z.string(), url: z.string(), token: z.string(), expiresAt: z.string() })), ...problemResponses(400, 401, 402, 403, 404, 429) },
});

const listInvitesRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/invites', tags: ['invites'], operationId: 'listInvites', security: signedIn, summary: 'Invite links and invitations by email of a site (owners only); tokens are never shown again',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Invites', z.object({ invites: z.array(InviteSchema) })), ...problemResponses(401, 403, 404) },
});

const revokeInviteRoute = createRoute({
  method: 'delete', path: '/api/sites/{id}/invites/{inviteId}', tags: ['invites'], operationId: 'revokeInvite', security: signedIn, summary: 'Revoke an invite link, or withdraw an invitation by email (owners only)',
  request: { params: SiteIdParams.extend({ inviteId: z.string().min(1).max(100) }) },
  responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403, 404) },
});

const InviteTokenParams = z.object({ token: z.string().min(1).max(200) });

const InvitePreviewSchema = z
  .object({
    site: z.object({ name: z.string() }),
    invitedBy: z.object({ name: z.string() }),
    role: RoleSchema,
    state: z.enum(['active', 'pending']).openapi({ description: 'active: an invite link; pending: an invitation by email. Any other state answers its error.' }),
    expiresAt: z.string(),
    sentTo: z.string().nullable().openapi({ description: 'The address an invitation by email was sent to, masked (a•••@example.com); null for an invite link.' }),
  })
  .openapi('InvitePreview');

const previewInviteRoute = createRoute({
  method: 'get', path: '/api/invites/{token}', tags: ['invites'], operationId: 'previewInvite', security: everyone,
  summary: 'What an invite offers, before accepting it (no sign-in): the site’s name, who invited, the role and expiry',
  description: 'Rate-limited per client IP. Unknown tokens are 404 INVITE_INVALID; revoked, used-up (or accepted) and expired invites answer 410 with their own code and a detail naming whom to ask for a new one.',
  request: { params: InviteTokenParams },
  responses: { 200: jsonResponse('The invite', InvitePreviewSchema), ...problemResponses(400, 404, 410, 429) },
});

const acceptInviteRoute = createRoute({
  method: 'post', path: '/api/invites/{token}/accept', tags: ['invites'], operationId: 'acceptInvite', security: signedIn, summary: 'Accept an invite link as the signed-in user',
  request: { params: InviteTokenParams },
  responses: { 200: jsonResponse('Membership', z.object({ siteId: z.string(), role: RoleSchema, isNewMember: z.boolean() })), ...problemResponses(401, 402, 403, 404, 410, 429) },
});

export const registerInviteRoutes: Router = (app, { database, sites, config, clock, rateLimits, billing }) => {
  const { db } = database;
  const previewLimiter = createLimiter(database, 'invite-preview-ip', rateLimits?.invitePreviewPerIp ?? DEFAULT_INVITE_PREVIEW_LIMIT);

  app.openapi(previewInviteRoute, async (c) => {
    await consumeOrThrow(previewLimiter, clientIp(c) ?? 'unknown');
    const { token } = c.req.valid('param');
    const preview = await previewInvite(db, token, clock());
    return c.json({ ...preview, expiresAt: preview.expiresAt.toISOString() }, 200);
  });

  app.openapi(createInviteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    const body = c.req.valid('json');
    await billing.requireRoomForMember(id);
    const invite = await site.invites.create({ role: body.role, expiresInHours: body.expiresInHours, maxUses: body.maxUses });
    await auditRequest(c, db, { siteId: id, action: 'invite.create', target: invite.id, details: { role: body.role, expiresInHours: body.expiresInHours, maxUses: body.maxUses } });
    return c.json({ id: invite.id, token: invite.token, url: `${config.publicUrl}/invite/${invite.token}`, expiresAt: invite.expiresAt.toISOString() }, 201);
  });

  app.openapi(listInvitesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    const invites = await site.invites.list();
    return c.json({ invites: invites.map((invite) => ({ ...invite, expiresAt: invite.expiresAt.toISOString(), createdAt: invite.createdAt.toISOString() })) }, 200);
  });

  app.openapi(revokeInviteRoute, async (c) => {
    const { id, inviteId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    await site.invites.revoke(inviteId);
    await auditRequest(c, db, { siteId: id, action: 'invite.revoke', target: inviteId });
    return c.body(null, 204);
  });

  app.openapi(acceptInviteRoute, async (c) => {
    const user = requireUser(c);
    const { token } = c.req.valid('param');
    let accepted;
    try {
      const siteId = await inviteSiteOf(db, token);
      if (siteId) await billing.requireRoomForMember(siteId, user.id);
      accepted = await acceptInvite(db, token, user.id, clock());
    } catch (error) {
      // Failed attempts are kept too: a run of forged tokens is worth seeing in the audit log.
      if (error instanceof AppError) await auditRequest(c, db, { siteId: null, action: 'invite.accept-failed', target: null, details: { code: error.code } });
      throw error;
    }
    await auditRequest(c, db, { siteId: accepted.siteId, action: 'invite.accept', target: accepted.inviteId, details: { role: accepted.role, isNewMember: accepted.isNewMember } });
    return c.json({ siteId: accepted.siteId, role: accepted.role, isNewMember: accepted.isNewMember }, 200);
  });
};
