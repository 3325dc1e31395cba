import { matchedRoutes } from 'hono/route';
import type { AppContext } from './app-env.ts';

/** The route template that answers (`/api/sites/:id/commits`), not the path: null when no route matches. */
export function routeTemplate(c: AppContext): string | null {
  const routes = matchedRoutes(c).filter((route) => route.method !== 'ALL' && !route.path.endsWith('*'));
  return routes.at(-1)?.path ?? null;
}
