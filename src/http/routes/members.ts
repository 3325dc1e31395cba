import { createRoute, z } from '@hono/zod-openapi';
import { listMembers, requireSiteRole, ROLES, updateMember } from '../../auth/index.ts';
import { appError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

const RoleSchema = z.enum(ROLES);
const MemberSchema = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: RoleSchema, joinedAt: z.string() }).openapi('Member');
const MemberParams = SiteIdParams.extend({ userId: z.string().min(1).max(100) });

const listRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/members', tags: ['members'], operationId: 'listMembers', security: signedIn, summary: 'Members of a site and their roles',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Members', z.object({ members: z.array(MemberSchema) })), ...problemResponses(401, 404) },
});

const addRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/members', tags: ['members'], operationId: 'addMember', security: signedIn, summary: 'Add an existing account by email (owners only); others join through invite links',
  request: { params: SiteIdParams, body: jsonBody(z.object({ email: z.email(), role: RoleSchema })) },
  responses: { 201: jsonResponse('The member', z.object({ member: MemberSchema })), ...problemResponses(400, 401, 403, 404, 409) },
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

export const registerMemberRoutes: Router = (app, { database }) => {
  const { db } = database;

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    await requireSiteRole(db, { userId: requireUser(c).id }, id, 'viewer');
    const members = await listMembers(db, id);
    return c.json({ members: members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() })) }, 200);
  });

  app.openapi(addRoute, async (c) => {
    const { id } = c.req.valid('param');
    await requireSiteRole(db, { userId: requireUser(c).id }, id, 'owner');
    const { email, role } = c.req.valid('json');
    const account = await db.selectFrom('user').select(['id']).where('email', '=', email.toLowerCase()).executeTakeFirst();
    if (!account) throw appError('NOT_FOUND', `No PageHub account uses ${email}. Send them an invite link instead (POST /api/sites/${id}/invites).`);
    const existing = await db.selectFrom('site_members').select('role').where('site_id', '=', id).where('user_id', '=', account.id).executeTakeFirst();
    if (existing) throw appError('CONFLICT', `${email} is already a member (${existing.role}); change their role instead.`);
    await db.insertInto('site_members').values({ site_id: id, user_id: account.id, role }).execute();
    await auditRequest(c, db, { siteId: id, action: 'member.add', target: account.id, details: { role } });
    const member = (await listMembers(db, id)).find((entry) => entry.userId === account.id)!;
    return c.json({ member: { ...member, joinedAt: member.joinedAt.toISOString() } }, 201);
  });

  app.openapi(patchRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    await requireSiteRole(db, { userId: requireUser(c).id }, id, 'owner');
    const { role } = c.req.valid('json');
    const { previousRole } = await updateMember(db, id, userId, { role });
    await auditRequest(c, db, { siteId: id, action: 'member.role', target: userId, details: { from: previousRole, to: role } });
    return c.json({ userId, role }, 200);
  });

  app.openapi(removeRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    const user = requireUser(c);
    await requireSiteRole(db, { userId: user.id }, id, userId === user.id ? 'viewer' : 'owner');
    const { previousRole } = await updateMember(db, id, userId, 'remove');
    await auditRequest(c, db, { siteId: id, action: userId === user.id ? 'member.leave' : 'member.remove', target: userId, details: { role: previousRole } });
    return c.body(null, 204);
  });
};
