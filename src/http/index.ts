// The HTTP API: one Hono app (createApp) with request ids, JSON request logs, the session user, a body size
// limit, one error handler (RFC 9457 problem+json, src/http/problem.ts) and an OpenAPI 3.1 document built
// from the routes themselves (GET /api/openapi.json).
//
// Adding an area's routes (sites, history, invites, …):
//   1. Create `src/http/routes/<area>.ts` exporting `export const register<Area>Routes: Router = (app, deps) => {…}`.
//   2. Declare each route with `createRoute({ method, path: '/api/sites/{id}', tags: ['<area>'], operationId:
//      'getSite', security: signedIn, request: { params, query, body: jsonBody(schema) }, responses: { 201: {…},
//      ...problemResponses(401, 404) } })` and register it with `app.openapi(route, handler)` — only routes
//      declared this way are validated by their schemas and listed in the OpenAPI document. `operationId` is
//      permanent (clients are generated from it); `security` is `signedIn` when the handler calls requireUser,
//      else `everyone` (src/http/schemas.ts). List what the handler answers; what the middleware answers before
//      it (400, 403, 413, 415, 422, 429) is added by guard-responses.ts. The openapi-lint test runs Redocly on it.
//      Import `z` and `createRoute` from '@hono/zod-openapi'.
//   3. In the handler read input with `c.req.valid('json' | 'param' | 'query')` (already validated: a failure
//      has answered 400 VALIDATION_FAILED with `errors: [{ path: 'body/subdomain', message }]`), the user with
//      `requireUser(c)` (401 when signed out), the request's logger with `c.get('logger')`, and the
//      infrastructure from `deps` (database, auth, config, clock, logger) — never from module globals. A site's
//      data only through its handle: `const site = await deps.sites.forSite(c, id, 'editor')` (401/404/403 as the
//      caller's role says), then `site.history`, `site.deployments`, `site.members`, … (site-access.ts; lint
//      keeps the unbound functions out of routes/, and test/api/site-access.test.ts calls every site route).
//      Where no member acts, `deps.sites.forSystem(c, asSystem('why'))`.
//   4. Fail by throwing `appError('NOT_FOUND', 'No site "x".')` or `new AppError(code, { detail, errors, extra,
//      headers })` with a code from src/errors.ts (add new codes there, never rename one); never build an error
//      response yourself.
//   5. Add the function to ROUTERS in `src/http/routes/index.ts`.
//   6. Run `npm run api:types`: the web app's request and response types are generated from the OpenAPI document
//      (web/src/api/generated/openapi.ts; test/api/api-types-current.test.ts fails until it is current).
export { createApp } from './create-app.ts';
export type { App, AppContext, AppDeps, AppEnv, LiveTimings, Router, RouterDeps, SiteAccess, SiteAccessRecord } from './app-env.ts';
export type { SiteHandle, SystemAccess } from './site-handle.ts';
export { requirePlatformAdmin, requireUser } from './require-user.ts';
export { PROBLEM_CONTENT_TYPE, ProblemSchema, problemResponse, problemResponses, problemType, toAppError } from './problem.ts';
