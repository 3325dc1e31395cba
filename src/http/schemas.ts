// Request and response schemas shared by several routers (OpenAPI components).
import { z } from '@hono/zod-openapi';
import { COMMIT_ACTIONS, COMMIT_SOURCES, SITE_ROLES } from '../store/index.ts';

/** The OpenAPI security scheme of the session cookie (registered in routes/openapi.ts). */
export const SESSION_COOKIE = 'sessionCookie';

type SecurityRequirement = Record<string, string[]>;

/** `security: signedIn` — the handler calls requireUser(c): without the session cookie it answers 401. */
export const signedIn: SecurityRequirement[] = [{ [SESSION_COOKIE]: [] }];

/** `security: everyone` — no sign-in needed (health, templates, visitors' form posts, signing in itself). */
export const everyone: SecurityRequirement[] = [];

export const SiteIdParams = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: '5f0c…' }) });

export const RefName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'Use 1–63 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit');

export const PatchOperationBody = z
  .object({
    op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
    path: z.string(),
    from: z.string().optional(),
    value: z.unknown().optional(),
  })
  .openapi('PatchOperation', { description: 'One RFC 6902 JSON Patch operation.' });

export const CommitSchema = z
  .object({
    id: z.string(),
    siteId: z.string(),
    seq: z.number().int(),
    parents: z.array(z.string()),
    author: z.string().nullable(),
    source: z.enum(COMMIT_SOURCES),
    action: z.enum(COMMIT_ACTIONS),
    reverts: z.string().nullable(),
    summary: z.string(),
    patch: z.array(PatchOperationBody),
    inverse: z.array(PatchOperationBody),
    isSnapshot: z.boolean(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Commit');

export const SiteSchema = z
  .object({
    id: z.string(),
    subdomain: z.string(),
    name: z.string(),
    role: z.enum(SITE_ROLES),
    createdAt: z.string(),
    unreadSubmissions: z.number().int().min(0).optional().openapi({ description: "In the list of sites: visitors' messages not yet marked read (0 for viewers)" }),
  })
  .openapi('SiteSummary');

/** The Site document in responses (validated elsewhere; described loosely here to keep the OpenAPI document small). */
export const DocumentSchema = z.record(z.string(), z.unknown()).openapi('SiteDocument', { description: 'A Site document (see src/site/site.ts).' });

export function jsonBody<Schema extends z.ZodType>(schema: Schema) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<Schema extends z.ZodType>(description: string, schema: Schema) {
  return { description, content: { 'application/json': { schema } } } as const;
}
