// The operator's Errors screen (/api/admin/errors): the in-house error log grouped by fingerprint — server errors
// (5xx), failed jobs and failed AI edits — with counts, first and last seen, a sample request id and stack, and the
// latest occurrence's ids and codes (a failed AI edit's intent, attempts and what failed validation); and one
// group's latest occurrences. Platform admins only (404 to everyone else), like the rest of /api/admin.
import { createRoute, z } from '@hono/zod-openapi';
import { errorGroupDetail, listErrorGroups, type ErrorGroup, type ErrorOccurrence } from '../../admin/index.ts';
import { AppError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { jsonResponse } from '../schemas.ts';
import { admin, ADMIN_PROBLEMS, requireAdmin } from './admin.ts';

const KINDS = ['http', 'job', 'ai_edit'] as const;

const OccurrenceFields = {
  id: z.number().int(),
  at: z.string(),
  requestId: z.string().nullable(),
  route: z.string().nullable(),
  message: z.string(),
  context: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).openapi({ description: 'Ids and codes only: siteId, userId, code, intent, attempts, calls, queue…' }),
  validationErrors: z.array(z.object({ path: z.string(), message: z.string() })).nullable().openapi({ description: 'What failed validation (a failed AI edit’s last answer)' }),
};
const OccurrenceSchema = z.object(OccurrenceFields).openapi('ErrorOccurrence');

const GroupFields = {
  fingerprint: z.string(),
  kind: z.enum(KINDS).openapi({ description: 'http: a server error (5xx); job: a failed job; ai_edit: a failed AI edit' }),
  name: z.string(),
  message: z.string(),
  route: z.string().nullable().openapi({ description: 'The route template, or `job {queue}`' }),
  stack: z.string(),
  count: z.number().int(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  sampleRequestId: z.string().nullable(),
};
const ErrorGroupSchema = z.object(GroupFields).openapi('ErrorGroup');
const ErrorGroupListingSchema = z.object({ ...GroupFields, latest: z.object(OccurrenceFields).nullable().openapi({ description: 'The latest occurrence' }) }).openapi('ErrorGroupListing');

const Fingerprint = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'A fingerprint is 32 hexadecimal characters')
  .openapi({ param: { name: 'fingerprint', in: 'path' } });

const routes = {
  errors: createRoute({
    ...admin('get', '/api/admin/errors', 'adminListErrors', 'The error log grouped by fingerprint, seen most recently first'),
    request: {
      query: z.object({
        kind: z.enum(KINDS).optional(),
        since: z.iso.datetime().optional().openapi({ description: 'Only groups seen at or after this time' }),
        cursor: z.string().max(200).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    responses: { 200: jsonResponse('Groups', z.object({ groups: z.array(ErrorGroupListingSchema), nextCursor: z.string().nullable() })), ...ADMIN_PROBLEMS },
  }),
  error: createRoute({
    ...admin('get', '/api/admin/errors/{fingerprint}', 'adminGetError', 'One group of the error log with its latest occurrences, newest first'),
    request: { params: z.object({ fingerprint: Fingerprint }), query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
    responses: { 200: jsonResponse('The group', z.object({ group: ErrorGroupSchema, occurrences: z.array(OccurrenceSchema) })), ...ADMIN_PROBLEMS },
  }),
};

const serializeGroup = (group: ErrorGroup) => ({
  fingerprint: group.fingerprint, kind: group.source, name: group.name, message: group.message, route: group.route, stack: group.stack,
  count: group.count, firstSeen: group.firstSeen.toISOString(), lastSeen: group.lastSeen.toISOString(), sampleRequestId: group.lastRequestId,
});
const serializeOccurrence = (occurrence: ErrorOccurrence) => ({ ...occurrence, at: occurrence.at.toISOString() });

export const registerAdminErrorRoutes: Router = (app, { database }) => {
  const { db } = database;

  app.openapi(routes.errors, async (c) => {
    requireAdmin(c);
    const { kind, since, cursor, limit } = c.req.valid('query');
    const page = await listErrorGroups(db, { source: kind, since: since ? new Date(since) : undefined, cursor, limit });
    return c.json({ groups: page.groups.map((group) => ({ ...serializeGroup(group), latest: group.latest ? serializeOccurrence(group.latest) : null })), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(routes.error, async (c) => {
    requireAdmin(c);
    const { fingerprint } = c.req.valid('param');
    const found = await errorGroupDetail(db, fingerprint, { limit: c.req.valid('query').limit });
    if (!found) throw new AppError('NOT_FOUND', { detail: 'No error with this fingerprint in the last 30 days.' });
    return c.json({ group: serializeGroup(found.group), occurrences: found.occurrences.map(serializeOccurrence) }, 200);
  });
};
