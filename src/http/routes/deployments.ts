import { createRoute, z } from '@hono/zod-openapi';
import type { Deployment } from '../../publish/index.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { jsonResponse, RefName, signedIn, SiteIdParams } from '../schemas.ts';

const DeploymentSchema = z
  .object({
    id: z.string(),
    siteId: z.string(),
    commit: z.string(),
    branch: z.string().nullable().openapi({ description: 'The branch it was first published from.' }),
    createdBy: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    files: z.number().int(),
    bytes: z.number().int(),
  })
  .openapi('Deployment');

const ListedDeploymentSchema = DeploymentSchema.extend({ live: z.array(z.string()).openapi({ description: 'Channels it is live on: `production`, `branch:<name>`.' }) }).openapi('ListedDeployment');

const LiveSchema = z.object({ deployment: DeploymentSchema, channel: z.string(), url: z.string() });

const DeploymentParams = SiteIdParams.extend({ deployId: z.string().min(1).max(100).openapi({ param: { name: 'deployId', in: 'path' } }) });

const publishRoute = createRoute({
  method: 'post',
  path: '/api/sites/{id}/publish',
  tags: ['publishing'],
  operationId: 'publishSite',
  security: signedIn,
  summary: 'Publish the head of a branch (or a commit) and make it live',
  description:
    'Refuses (409 ALT_TEXT_MISSING with the list in `pictures`) while a picture on the site has no description. Asks first (409 SAMPLES_LEFT with the list in `samples`) while the site still shows samples PageHub wrote, unless `confirmSamples` is true. Refuses (409 PICTURE_NOT_READY, naming the picture in `assetId`) while a large photo the site shows is still being prepared, or could not be. Renders the commit and stores its files, unless that commit was published before (then the same deployment is reused), and moves the live pointer: `production` for main, `branch:<name>` for any other branch (served at `{branch}--{subdomain}.{PLATFORM_DOMAIN}`).',
  request: {
    params: SiteIdParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z.object({
            branch: RefName.optional(),
            commit: z.string().min(1).max(80).optional(),
            confirmSamples: z.boolean().optional().openapi({ description: 'Publish although the site still shows samples PageHub wrote (without it: 409 SAMPLES_LEFT listing them).' }),
          }),
        },
      },
    },
  },
  responses: { 200: jsonResponse('Live', LiveSchema.extend({ isReused: z.boolean() })), ...problemResponses(400, 401, 402, 403, 404, 409, 429) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/sites/{id}/deployments',
  tags: ['publishing'],
  operationId: 'listDeployments',
  security: signedIn,
  summary: 'Deployments of a site, newest first, with what is live on each channel',
  request: { params: SiteIdParams, query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), before: z.string().max(100).optional() }) },
  responses: {
    200: jsonResponse('Deployments', z.object({ deployments: z.array(ListedDeploymentSchema), live: z.record(z.string(), z.string()), url: z.string(), nextCursor: z.string().nullable() })),
    ...problemResponses(400, 401, 404),
  },
});

const activateRoute = createRoute({
  method: 'post',
  path: '/api/sites/{id}/deployments/{deployId}/activate',
  tags: ['publishing'],
  operationId: 'activateDeployment',
  security: signedIn,
  summary: 'Make an earlier deployment live in production again (instant rollback)',
  request: { params: DeploymentParams },
  responses: { 200: jsonResponse('Live', LiveSchema), ...problemResponses(401, 402, 403, 404, 429) },
});

const unpublishRoute = createRoute({
  method: 'post',
  path: '/api/sites/{id}/unpublish',
  tags: ['publishing'],
  operationId: 'unpublishSite',
  security: signedIn,
  summary: 'Take the site offline (its addresses answer 404); deployments and branch previews stay',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Offline', z.object({ wasLive: z.boolean() })), ...problemResponses(401, 403, 404, 429) },
});

const serialize = (deployment: Deployment) => ({ ...deployment, createdAt: deployment.createdAt.toISOString() });

export const registerDeploymentRoutes: Router = (app, { database, sites, billing }) => {
  const { db } = database;

  app.openapi(publishRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const body = c.req.valid('json');
    await billing.requirePublishable(id, body.branch);
    const result = await site.deployments.publish({ ...(body.branch ? { branch: body.branch } : {}), ...(body.commit ? { commit: body.commit } : {}), confirmSamples: body.confirmSamples === true, badge: await billing.badgeFor(id) });
    await auditRequest(c, db, { siteId: id, action: 'site.publish', target: result.deployment.id, details: { channel: result.channel, commit: result.deployment.commit, isReused: result.isReused } });
    return c.json({ deployment: serialize(result.deployment), channel: result.channel, url: result.url, isReused: result.isReused }, 200);
  });

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const { limit, before } = c.req.valid('query');
    const [page, url] = await Promise.all([site.deployments.list({ limit, ...(before ? { before } : {}) }), site.deployments.url()]);
    return c.json({ deployments: page.deployments.map((deployment) => ({ ...serialize(deployment), live: deployment.live })), live: page.live, url, nextCursor: page.nextCursor }, 200);
  });

  app.openapi(activateRoute, async (c) => {
    const { id, deployId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    await billing.requirePublishable(id, undefined);
    const result = await site.deployments.activate(deployId);
    await auditRequest(c, db, { siteId: id, action: 'deployment.activate', target: deployId, details: { channel: result.channel, commit: result.deployment.commit } });
    return c.json({ deployment: serialize(result.deployment), channel: result.channel, url: result.url }, 200);
  });

  app.openapi(unpublishRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor');
    const result = await site.deployments.unpublish();
    await auditRequest(c, db, { siteId: id, action: 'site.unpublish', target: id, details: { wasLive: result.wasLive } });
    return c.json(result, 200);
  });
};
