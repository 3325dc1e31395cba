import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Router } from '../app-env.ts';
import { everyone } from '../schemas.ts';

const CHECK_TIMEOUT_MS = 3000;

const CheckStatus = z.enum(['ok', 'error']);
const Health = z
  .object({
    status: CheckStatus,
    checks: z.record(z.string(), CheckStatus).openapi({ example: { database: 'ok' } }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['platform'],
  operationId: 'getHealth',
  summary: 'Liveness and readiness',
  description: 'Each part PageHub depends on is checked; 503 when any of them does not answer.',
  security: everyone,
  responses: {
    200: { description: 'Every part answers', content: { 'application/json': { schema: Health } } },
    503: { description: 'At least one part does not answer', content: { 'application/json': { schema: Health } } },
  },
});

function withTimeout(check: () => Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

export const registerHealthRoutes: Router = (app, { database, healthChecks }) => {
  const checks: Record<string, () => Promise<unknown>> = { database: () => sql`SELECT 1`.execute(database.db), ...healthChecks };
  app.openapi(route, async (c) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check);
          return [name, 'ok'] as const;
        } catch (error) {
          c.get('logger').warn({ err: error, check: name }, `Health check "${name}" failed`);
          return [name, 'error'] as const;
        }
      }),
    );
    const isHealthy = results.every(([, status]) => status === 'ok');
    return c.json({ status: isHealthy ? ('ok' as const) : ('error' as const), checks: Object.fromEntries(results) }, isHealthy ? 200 : 503);
  });
};
