import { createRoute, z } from '@hono/zod-openapi';
import { getCookies } from 'better-auth/cookies';
import type { Router } from '../app-env.ts';
import { withGuardResponses } from '../guard-responses.ts';
import { everyone, SESSION_COOKIE } from '../schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['platform'],
  operationId: 'getOpenApiDocument',
  summary: 'This API as an OpenAPI 3.1 document',
  security: everyone,
  responses: { 200: { description: 'The OpenAPI document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
});

/** Registered last, but the document is built per request, so it lists every route registered on the app. */
export const registerOpenApiRoutes: Router = (app, { config, auth }) => {
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_COOKIE, {
    type: 'apiKey',
    in: 'cookie',
    // better-auth's own rule: `__Secure-better-auth.session_token` when PUBLIC_URL is https, without the prefix on http.
    name: getCookies(auth.instance.options).sessionToken.name,
    description: 'The session cookie set by sign-up, sign-in and magic links (POST /api/auth/…). Browsers send it by themselves; changes must also come from a trusted Origin.',
  });
  app.openapi(route, (c) => {
    const document = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'PageHub API',
        version: '1',
        description: 'Everything under /api speaks JSON; errors are RFC 9457 application/problem+json (schema `Problem`), except better-auth\'s own answers under /api/auth/* (schema `AuthError`).',
      },
      servers: [{ url: config.publicUrl }],
    });
    return c.json(withGuardResponses(document) as unknown as Record<string, unknown>, 200);
  });
};
