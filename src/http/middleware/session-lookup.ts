import type { MiddlewareHandler } from 'hono';
import type { Auth } from '../../auth/index.ts';
import type { AppEnv } from '../app-env.ts';

/** Paths that never need the session: better-auth reads its own, and probes must not touch the sessions. */
function isSessionless(path: string): boolean {
  return path.startsWith('/api/auth/') || path === '/api/health' || path === '/api/openapi.json';
}

/** Puts the signed-in user (better-auth's getSession + platform admin flag) on the context as `user`. */
export function sessionLookup(auth: Auth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const hasCredentials = Boolean(c.req.header('cookie') ?? c.req.header('authorization'));
    if (hasCredentials && !isSessionless(c.req.path)) c.set('user', await auth.getSessionUser(c.req.raw.headers));
    await next();
  };
}
