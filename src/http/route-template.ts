import { matchedRoutes } from 'hono/route';
import type { AppContext } from './app-env.ts';

/** The route template that answers (`/api/sites/:id/commits`), not the path: null when no route matches. */
export function routeTemplate(c: AppContext): string | null {
  const routes = matchedRoutes(c).filter((route) => route.method !== 'ALL' && !route.path.endsWith('*'));
  return routes.at(-1)?.path ?? null;
}

/**
 * What metrics and traces call an answered request: its route template, or `/metrics`, or `/api/auth/*` for what
 * better-auth answers beside the declared routes (sign-up, confirmation links, sessions), or — when no route
 * matched — `unmatched` under /api and `web` elsewhere (the editor's files). Never the path: ids and tokens stay out.
 */
export function routeLabel(c: AppContext): string {
  const path = c.req.path;
  const template = routeTemplate(c);
  if (template) return template;
  if (path === '/metrics') return '/metrics';
  if (path.startsWith('/api/auth/')) return '/api/auth/*';
  return path === '/api' || path.startsWith('/api/') ? 'unmatched' : 'web';
}
