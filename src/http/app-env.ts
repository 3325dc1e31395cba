import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ModelRoles } from '../ai/index.ts';
import type { Auth, Mailer, SessionUser } from '../auth/index.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { BlobStore } from '../publish/index.ts';
import type { GenerationQueue } from '../jobs/index.ts';
import type { Database, History } from '../store/index.ts';
import type { RateLimitPolicies, RateLimitPolicy } from './middleware/rate-limit-policies.ts';

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
  /** Where published files are stored; default the filesystem under DATA_DIR/blobs. */
  blobs?: BlobStore;
  /**
   * Called after a change to what a site serves has committed (publish, activate, unpublish, a domain verified
   * or removed, the site deleted), so this process's site server is current before the response; other
   * processes hear the NOTIFY on HOSTS_CHANNEL. Default: nothing (no site server in this process).
   */
  onHostsChanged?: (siteId: string) => Promise<void>;
  /** Delivers mail the API sends (form submissions to site owners); without one, none is sent. */
  mailer?: Mailer;
  /** Visitors' form submissions per IP per site; default DEFAULT_FORM_RATE_LIMIT (5 a minute). */
  formRateLimit?: RateLimitPolicy;
  /** The model roles of the AI routes and generation jobs; default offlineRoles(). */
  roles?: ModelRoles;
  /**
   * Where POST /api/sites/generate hands its jobs (the server passes pg-boss, and GET /api/health then checks it);
   * default: each job runs in this process, right after the response (tests, scripts).
   */
  jobs?: GenerationQueue;
}

/** What a router receives: AppDeps with every default filled in. */
export type RouterDeps = AppDeps & { clock: () => Date; history: History; blobs: BlobStore; roles: ModelRoles; jobs: GenerationQueue };

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
