import { createRoute, z } from '@hono/zod-openapi';
import type { CustomDomain } from '../../publish/index.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

const DnsRecordSchema = z
  .object({ type: z.enum(['TXT', 'CNAME', 'A', 'ALIAS']), name: z.string(), value: z.string(), purpose: z.string() })
  .openapi('DnsRecord');

const DomainSchema = z
  .object({
    hostname: z.string().openapi({ example: 'shop.example.com', description: 'The IDNA ASCII form (xn--… for Unicode names).' }),
    status: z.enum(['pending', 'verified', 'failed']),
    reason: z.string().nullable().openapi({ description: 'Why the domain is not (or no longer) served, and what to do.' }),
    checkedAt: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    createdAt: z.string(),
    records: z.array(DnsRecordSchema).openapi({ description: 'The DNS records to create at the domain’s DNS provider.' }),
  })
  .openapi('CustomDomain');

const DomainParams = SiteIdParams.extend({ hostname: z.string().min(1).max(300).openapi({ param: { name: 'hostname', in: 'path' }, example: 'shop.example.com' }) });

const addDomainRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/domains', tags: ['domains'], operationId: 'addDomain', security: signedIn,
  summary: 'Attach a custom domain (owners only); answers the DNS records to create',
  request: { params: SiteIdParams, body: jsonBody(z.object({ hostname: z.string().min(1).max(300).openapi({ example: 'shop.example.com' }) })) },
  responses: { 201: jsonResponse('The pending domain and its records', z.object({ domain: DomainSchema })), ...problemResponses(400, 401, 402, 403, 404, 409, 429) },
});

const listDomainsRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/domains', tags: ['domains'], operationId: 'listDomains', security: signedIn,
  summary: 'Custom domains of a site with their state and records',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Domains', z.object({ domains: z.array(DomainSchema) })), ...problemResponses(401, 404) },
});

const verifyDomainRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/domains/{hostname}/verify', tags: ['domains'], operationId: 'verifyDomain', security: signedIn,
  summary: 'Check a domain’s DNS records now (owners and editors)',
  request: { params: DomainParams },
  responses: { 200: jsonResponse('The domain’s new state', z.object({ domain: DomainSchema })), ...problemResponses(401, 403, 404, 429) },
});

const removeDomainRoute = createRoute({
  method: 'delete', path: '/api/sites/{id}/domains/{hostname}', tags: ['domains'], operationId: 'removeDomain', security: signedIn,
  summary: 'Detach a custom domain (owners only); it stops being served at once',
  request: { params: DomainParams },
  responses: { 204: { description: 'Detached' }, ...problemResponses(401, 403, 404, 429) },
});

const serialize = (domain: CustomDomain) => ({
  hostname: domain.hostname,
  status: domain.status,
  reason: domain.reason,
  checkedAt: domain.checkedAt?.toISOString() ?? null,
  verifiedAt: domain.verifiedAt?.toISOString() ?? null,
  createdAt: domain.createdAt.toISOString(),
  records: domain.records,
});

export const registerDomainRoutes: Router = (app, { database, sites, billing }) => {
  const { db } = database;

  app.openapi(addDomainRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner', { changesContent: true });
    await billing.requireSiteWithin(id, 'customDomains');
    const domain = await site.domains.add(c.req.valid('json').hostname);
    await auditRequest(c, db, { siteId: id, action: 'domain.add', target: domain.hostname });
    return c.json({ domain: serialize(domain) }, 201);
  });

  app.openapi(listDomainsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    return c.json({ domains: (await site.domains.list()).map(serialize) }, 200);
  });

  app.openapi(verifyDomainRoute, async (c) => {
    const { id, hostname } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor');
    const { domain, previous, changes } = await site.domains.verify(hostname);
    await auditRequest(c, db, { siteId: id, action: 'domain.verify', target: domain.hostname, details: { from: previous, to: domain.status } });
    for (const change of changes.filter((entry) => entry.siteId !== id)) {
      await auditRequest(c, db, { siteId: change.siteId, action: 'domain.claim-lost', target: change.hostname, details: { from: change.from, to: change.to, winner: id } });
    }
    return c.json({ domain: serialize(domain) }, 200);
  });

  app.openapi(removeDomainRoute, async (c) => {
    const { id, hostname } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    const removed = await site.domains.remove(hostname);
    await auditRequest(c, db, { siteId: id, action: 'domain.remove', target: removed });
    return c.body(null, 204);
  });
};
