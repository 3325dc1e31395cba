import { createRoute, z } from '@hono/zod-openapi';
import type { Router } from '../app-env.ts';

const route = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['platform'],
  summary: 'This API as an OpenAPI 3.1 document',
  responses: { 200: { description: 'The OpenAPI document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
});

/** Registered last, but the document is built per request, so it lists every route registered on the app. */
export const registerOpenApiRoutes: Router = (app, { config }) => {
  app.openapi(route, (c) => {
    const document = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'PageHub API',
        version: '1',
        description: 'Everything under /api speaks JSON; errors are RFC 9457 application/problem+json (schema `Problem`), except /api/auth/*, which answers in better-auth\'s own format.',
      },
      servers: [{ url: config.publicUrl }],
    });
    return c.json(document as unknown as Record<string, unknown>, 200);
  });
};
