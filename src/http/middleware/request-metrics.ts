import type { MiddlewareHandler } from 'hono';
import type { Metrics } from '../../admin/index.ts';
import type { AppEnv } from '../app-env.ts';
import { routeLabel } from '../route-template.ts';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Counts every answered request by route template (never the path: ids would make a series per site), method and
 * status, with its latency (routeLabel: `/api/auth/*` for better-auth's own answers; `unmatched` under /api and `web` elsewhere
 * when no route matched).
 */
export function requestMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const route = routeLabel(c);
      const method = METHODS.has(c.req.method) ? c.req.method : 'OTHER';
      metrics.observeRequest({ route, method, status: c.res.status }, (performance.now() - started) / 1000);
    }
  };
}
