import { createRoute, z } from '@hono/zod-openapi';
import { composeSite, listStarterTemplates, starterSiteFor } from '../../composer/index.ts';
import { appError, validationError } from '../../errors.ts';
import { validateSite } from '../../site/index.ts';
import { isSubdomainAvailable, subdomainProblem } from '../../store/index.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { CommitSchema, DocumentSchema, everyone, jsonBody, jsonResponse, signedIn, SiteIdParams, SiteSchema } from '../schemas.ts';
import { serializeCommit } from './serialize.ts';

const CreateSiteBody = z
  .object({
    subdomain: z.string().min(1).max(63).openapi({ example: 'vegan-bakery' }),
    name: z.string().trim().min(1).max(120).optional(),
    document: z.unknown().optional().openapi({ description: 'A complete Site document; validated.' }),
    template: z.string().max(60).optional().openapi({ description: 'An industry starter of the offline composer (GET /api/templates).' }),
  })
  .openapi('CreateSite');

const createSiteRoute = createRoute({
  method: 'post',
  path: '/api/sites',
  tags: ['sites'],
  operationId: 'createSite',
  security: signedIn,
  summary: 'Create a site from a document, a template or just a name',
  request: { body: jsonBody(CreateSiteBody) },
  responses: {
    201: jsonResponse('The site and its first commit', z.object({ id: z.string(), subdomain: z.string(), head: z.string() })),
    ...problemResponses(400, 401, 402, 409, 422, 429),
  },
});

const listSitesRoute = createRoute({
  method: 'get',
  path: '/api/sites',
  tags: ['sites'],
  operationId: 'listSites',
  security: signedIn,
  summary: 'Sites the caller is a member of',
  responses: { 200: jsonResponse('Sites', z.object({ sites: z.array(SiteSchema) })), ...problemResponses(401) },
});

const getSiteRoute = createRoute({
  method: 'get',
  path: '/api/sites/{id}',
  tags: ['sites'],
  operationId: 'getSite',
  security: signedIn,
  summary: 'A site with the head commit and document of a branch',
  request: { params: SiteIdParams, query: z.object({ branch: z.string().max(63).optional() }) },
  responses: {
    200: jsonResponse(
      'The site',
      z.object({
        site: SiteSchema.extend({
          takenDown: z
            .object({ at: z.string(), reason: z.string() })
            .nullable()
            .openapi({ description: 'Set while a platform admin has taken the site offline for abuse, with the reason they gave: it cannot be published until they restore it.' }),
        }),
        branch: z.string(),
        head: CommitSchema,
        document: DocumentSchema,
      }),
    ),
    ...problemResponses(401, 404),
  },
});

const UpdateSiteBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    subdomain: z.string().min(1).max(63).optional().openapi({ description: 'A new subdomain (owners only); the old address redirects here for 30 days.', example: 'green-bakery' }),
  })
  .openapi('UpdateSite');

const updateSiteRoute = createRoute({
  method: 'patch',
  path: '/api/sites/{id}',
  tags: ['sites'],
  operationId: 'updateSite',
  security: signedIn,
  summary: 'Rename a site (editors and up) or change its subdomain (owners only; the old address redirects for 30 days)',
  request: { params: SiteIdParams, body: jsonBody(UpdateSiteBody) },
  responses: { 200: jsonResponse('The site as it is now', z.object({ site: SiteSchema })), ...problemResponses(400, 401, 402, 403, 404, 409) },
});

const deleteSiteRoute = createRoute({
  method: 'delete',
  path: '/api/sites/{id}',
  tags: ['sites'],
  operationId: 'deleteSite',
  security: signedIn,
  summary: 'Delete a site and its history (owners only)',
  request: { params: SiteIdParams },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 403, 404) },
});

const availabilityRoute = createRoute({
  method: 'get',
  path: '/api/subdomains/{subdomain}',
  tags: ['sites'],
  operationId: 'checkSubdomain',
  security: signedIn,
  summary: 'Whether a subdomain can be used for a new site',
  request: { params: z.object({ subdomain: z.string().max(100) }) },
  responses: { 200: jsonResponse('Availability', z.object({ subdomain: z.string(), isAvailable: z.boolean(), problem: z.string().nullable() })), ...problemResponses(401) },
});

const templatesRoute = createRoute({
  method: 'get',
  path: '/api/templates',
  tags: ['sites'],
  operationId: 'listTemplates',
  security: everyone,
  summary: "The offline composer's industry starters",
  responses: { 200: jsonResponse('Templates', z.object({ templates: z.array(z.object({ industry: z.string(), label: z.string(), prompt: z.string() })) })) },
});

export const registerSiteRoutes: Router = (app, { database, sites, clock, billing }) => {
  const { db } = database;

  app.openapi(createSiteRoute, async (c) => {
    const user = requireUser(c);
    const body = c.req.valid('json');
    await billing.requireAccountWritable(user.id);
    await billing.requireWithin(user.id, 'sites');
    let document;
    if (body.document !== undefined) {
      const result = validateSite(body.document);
      if (!result.ok) throw validationError(result.errors.map((error) => ({ path: `body/document/${error.path}`, message: error.message })), 'The document is not a valid Site.');
      document = result.site;
    } else {
      const template = body.template === undefined ? undefined : listStarterTemplates().find((entry) => entry.industry === body.template);
      if (body.template !== undefined && !template) throw validationError([{ path: 'body/template', message: `Unknown template "${body.template}"; see GET /api/templates.` }]);
      if (template) document = starterSiteFor(template, body.name);
      else {
        document = composeSite(body.name ?? body.subdomain).site;
        if (body.name) document = { ...document, name: body.name, business: { ...document.business, name: body.name } };
      }
    }
    const created = await sites.create(user.id, { subdomain: body.subdomain, name: body.name ?? document.name, document });
    await auditRequest(c, db, { siteId: created.id, action: 'site.create', target: created.subdomain });
    return c.json(created, 201);
  });

  app.openapi(listSitesRoute, async (c) => {
    const user = requireUser(c);
    const mine = await sites.listOf(user.id);
    return c.json({ sites: mine.map((site) => ({ ...site, createdAt: site.createdAt.toISOString() })) }, 200);
  });

  app.openapi(getSiteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const branch = c.req.valid('query').branch ?? 'main';
    const site = await sites.forSite(c, id, 'viewer');
    const [head, takedown] = await Promise.all([site.history.head(branch), site.takedown()]);
    const takenDown = takedown ? { at: takedown.at.toISOString(), reason: takedown.reason } : null;
    return c.json({ site: { ...site.row, role: site.role, createdAt: site.row.createdAt.toISOString(), takenDown }, branch, head: serializeCommit(head.commit), document: head.document as unknown as Record<string, unknown> }, 200);
  });

  app.openapi(updateSiteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const subdomain = body.subdomain !== undefined && body.subdomain !== site.row.subdomain ? body.subdomain : undefined;
    if (subdomain !== undefined && site.role !== 'owner') throw appError('FORBIDDEN', "Only the site's owners can change its address.");
    const updated = await site.update({ name: body.name, subdomain });
    if (subdomain !== undefined) await auditRequest(c, db, { siteId: id, action: 'site.subdomain', target: subdomain, details: { from: site.row.subdomain } });
    if (body.name !== undefined && body.name !== site.row.name) await auditRequest(c, db, { siteId: id, action: 'site.rename', target: body.name, details: { from: site.row.name } });
    return c.json({ site: { ...updated, role: site.role, createdAt: updated.createdAt.toISOString() } }, 200);
  });

  app.openapi(deleteSiteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    await site.delete();
    await auditRequest(c, db, { siteId: id, action: 'site.delete', target: site.row.subdomain });
    return c.body(null, 204);
  });

  app.openapi(availabilityRoute, async (c) => {
    requireUser(c);
    const { subdomain } = c.req.valid('param');
    const problem = subdomainProblem(subdomain);
    if (problem) return c.json({ subdomain, isAvailable: false, problem }, 200);
    const isAvailable = await isSubdomainAvailable(db, subdomain, clock());
    return c.json({ subdomain, isAvailable, problem: isAvailable ? null : 'Another site already uses this subdomain.' }, 200);
  });

  app.openapi(templatesRoute, (c) => c.json({ templates: listStarterTemplates() }, 200));
};

