import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../logger.ts';
import type { AppEnv } from '../app-env.ts';

/** One JSON line per request: method, path, status, ms, requestId, userId, and the site access it used (site-access.ts), if any. */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId: c.get('requestId'),
      userId: c.get('user')?.id ?? null,
      ...(c.get('siteAccess') ? { siteAccess: c.get('siteAccess') } : {}),
    };
    logger[status >= 500 ? 'error' : 'info'](line, 'request');
  };
}
