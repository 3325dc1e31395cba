import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Auth, SessionUser } from '../auth/index.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/database.ts';
import type { History } from '../store/history/index.ts';
import type { RateLimitPolicies } from './middleware/rate-limit.ts';

/** The infrastructure the app runs on, passed in so tests use fakes or throw-away parts. */
export interface AppDeps {
  config: Config;
  database: Database;
  auth: Auth;
  logger: Logger;
  clock?: () => Date;
  /** Extra readiness checks for GET /api/health (queue, storage, …): each resolves when its part answers. */
  healthChecks?: Record<string, () => Promise<unknown>>;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Sites' versioned history; default: one over `database`. */
  history?: History;
  /** Rate limits on auth and write routes; default DEFAULT_RATE_LIMITS. */
  rateLimits?: RateLimitPolicies;
}

/** What a router receives: AppDeps with every default filled in. */
export type RouterDeps = AppDeps & { clock: () => Date; history: History };

/** Per-request values, read with `c.get(…)`. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** A logger whose lines carry this request's id. */
    logger: Logger;
    /** The signed-in user, or null; use requireUser(c) in routes that need one. */
    user: SessionUser | null;
  };
}

export type App = OpenAPIHono<AppEnv>;
export type AppContext = Context<AppEnv>;

/** One area's routes: `src/http/routes/<area>.ts` exports one of these, listed in routes/index.ts. */
export type Router = (app: App, deps: RouterDeps) => void;
