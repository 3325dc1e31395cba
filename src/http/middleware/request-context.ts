import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../logger.ts';
import type { AppEnv } from '../app-env.ts';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * First on every request: the request id (the caller's `x-request-id` when it is sane, else a new UUID,
 * echoed in the response), a logger that carries it, and `user` = null until the session is looked up.
 */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('logger', logger.child({ requestId }));
    c.set('user', null);
    await next();
    c.header('x-request-id', requestId);
  };
}
