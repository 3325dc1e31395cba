import { createRoute, z } from '@hono/zod-openapi';
import { appError } from '../../errors.ts';
import { asSystem } from '../../system-actor.ts';
import type { Router } from '../app-env.ts';
import { clientIp } from '../client-ip.ts';
import { DEFAULT_TLS_ASK_LIMIT } from '../middleware/rate-limit-policies.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { problemResponses } from '../problem.ts';
import { everyone } from '../schemas.ts';

const askRoute = createRoute({
  method: 'get',
  path: '/api/tls/ask',
  tags: ['platform'],
  operationId: 'checkTlsHostname',
  summary: 'Whether PageHub serves a hostname (Caddy on-demand TLS asks before obtaining a certificate)',
  description:
    'No authentication: the TLS terminator (deploy/Caddyfile) calls it. 200 with an empty body for app.{PLATFORM_DOMAIN}, a published site’s platform host, a live branch preview host, a former subdomain while it redirects (30 days) and verified custom domains; 404 for anything else. Rate-limited per client IP.',
  security: everyone,
  request: { query: z.object({ domain: z.string().min(1).max(300).openapi({ example: 'shop.example.com' }) }) },
  responses: { 200: { description: 'PageHub serves this hostname: a certificate may be obtained' }, ...problemResponses(400, 404, 429) },
});

export const registerTlsRoutes: Router = (app, { database, sites, rateLimits }) => {
  const limiter = createLimiter(database, 'tls-ask-ip', rateLimits?.tlsAskPerIp ?? DEFAULT_TLS_ASK_LIMIT);

  app.openapi(askRoute, async (c) => {
    await consumeOrThrow(limiter, clientIp(c) ?? 'unknown');
    const { domain } = c.req.valid('query');
    const system = sites.forSystem(c, asSystem('Caddy asks whether PageHub serves a hostname before obtaining its certificate'));
    if (!(await system.isHostnameServed(domain))) throw appError('NOT_FOUND', `PageHub does not serve ${domain}; no certificate should be obtained for it.`);
    return c.body(null, 200);
  });
};
