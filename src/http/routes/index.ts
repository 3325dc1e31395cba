import type { Router } from '../app-env.ts';
import { registerAuthRoutes } from './auth.ts';
import { registerHealthRoutes } from './health.ts';
import { registerOpenApiRoutes } from './openapi.ts';

/** Every area's routes, registered in this order by createApp(). Add yours above the OpenAPI document. */
export const ROUTERS: readonly Router[] = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerOpenApiRoutes,
];
