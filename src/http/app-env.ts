import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ErrorLog, Metrics } from '../admin/index.ts';
import type { ModelRoles, RolesForSettings } from '../ai/index.ts';
import type { Billing } from '../billing/index.ts';
import type { RuntimeSettingsStore } from '../admin/index.ts';
import type { Auth, Mailer, Role, SessionUser } from '../auth/index.ts';
import type { Config } from '../config.ts';
import type { ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { BlobStore } from '../assets/index.ts';
import type { GenerationQueue, JobQueue, PictureQueue } from '../jobs/index.ts';
import type { Site } from '../site/index.ts';
import type { SystemActor } from '../system-actor.ts';
import type { Database, History, SiteEvents, SiteSummary } from '../store/index.ts';
import type { RateLimitPolicies, RateLimitPolicy } from './middleware/rate-limit-policies.ts';
import type { SiteHandle, SystemAccess } from './site-handle.ts';

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
   * The roles for the operator's runtime settings (models per role, timeout); default: `roles` while the settings are
   * the environment's, otherwise roles built from them and kept. The server passes the one its workers use.
   */
  rolesFor?: RolesForSettings;
  /**
   * Where POST /api/sites/generate hands its jobs (the server passes pg-boss, and GET /api/health then checks it);
   * default: each job runs in this process, right after the response (tests, scripts).
   */
  jobs?: GenerationQueue;
  /** Where a large photo's variants are made after its upload is answered (the server passes pg-boss); default: in this process, right after the response. */
  pictures?: PictureQueue;
  /**
   * Branch moves and presence for the editors' live streams (GET /api/sites/{id}/live); default one per app over
   * `database`. Pass one to read its `openStreams`.
   */
  siteEvents?: SiteEvents;
  /** Timings of live editing; tests shorten them. */
  live?: LiveTimings;
  /** Plans, limits and payment; default one over `database` from the configuration (off without STRIPE_SECRET_KEY). */
  billing?: Billing;
  /** pg-boss, for the operator's Jobs screen (the server passes it); without it jobs run in this process and there is nothing to show. */
  jobQueue?: JobQueue;
  /** What an operator changes at runtime (AI retries, timeouts, budget; sign-ups, generation, banner); default one over `database`. */
  settings?: RuntimeSettingsStore;
  /**
   * The app's Prometheus registry (GET /metrics); default a new one per app. The server passes its own so that its
   * workers and site server count into the same one.
   */
  metrics?: Metrics;
  /** Where server errors, failed jobs and failed AI edits are recorded; default the error log in `database`. */
  errors?: ErrorLog;
}

/** How live streams keep time (routes/live.ts has the defaults). */
export interface LiveTimings {
  /** A tab not heard from for this long has left (default 30 s). */
  presenceTtlMs?: number;
  /** How often each stream re-reads presence, so that silent tabs drop out (default 10 s). */
  recheckMs?: number;
  /** How often each stream re-reads the branch head, in case a notification was lost (default 30 s). */
  headRecheckMs?: number;
  /** How often each stream sends a `: ping` comment (default 15 s). */
  pingMs?: number;
}

/** A new site: its id, subdomain and first commit. */
export interface CreatedSite {
  id: string;
  subdomain: string;
  head: string;
}

/**
 * The only way routes reach a site's data (src/http/site-access.ts; CONVENTIONS.md "Access"). Routes get no
 * History, BlobStore or deployments of their own: they open a handle on one site for the signed-in caller, or,
 * where no member acts, ask for system access with a reason.
 */
export interface SiteAccess {
  /**
   * The caller's handle on site `siteId`, each part bound to the site and the caller: 401 when signed out, 404 for
   * a site that does not exist, that the caller is not a member of, or when the caller's role is in `hiddenFor`,
   * 403 for a member below `minimumRole`; with `changesContent` (edits, AI, publishing, uploads), 402 while the site's
   * account is read-only for unpaid bills or the site is frozen past its plan. Recorded on the request (`siteAccess`) either way.
   */
  forSite(c: AppContext, siteId: string, minimumRole: Role, options?: { hiddenFor?: readonly Role[]; changesContent?: boolean }): Promise<SiteHandle>;
  /** Access without a member, for work no member does (`asSystem('a visitor posts a published form')`); recorded on the request. */
  forSystem(c: AppContext, system: SystemActor): SystemAccess;
  /** Creates a site owned by `ownerId` whose first commit on `main` is `document`. */
  create(ownerId: string, input: { subdomain: string; name: string; document: Site }): Promise<CreatedSite>;
  /** The sites `userId` is a member of, with their role. */
  listOf(userId: string): Promise<SiteSummary[]>;
}

/** What a request's site access was: a member's check (with its outcome: `granted` or the refusal's code), or the system's reason. */
export type SiteAccessRecord = { siteId: string; minimumRole: Role; outcome: 'granted' | ErrorCode } | { siteId: string | null; system: string };

/** What a router receives: AppDeps with every default filled in, and site data only through `sites`. */
export type RouterDeps = Omit<AppDeps, 'history' | 'blobs' | 'onHostsChanged' | 'pictures' | 'siteEvents' | 'billing' | 'settings' | 'metrics' | 'errors'> & {
  clock: () => Date;
  roles: ModelRoles;
  /** The roles in force now, from the runtime settings (models per role, timeout): what the AI routes call. */
  currentRoles: () => Promise<ModelRoles>;
  jobs: GenerationQueue;
  sites: SiteAccess;
  billing: Billing;
  settings: RuntimeSettingsStore;
  metrics: Metrics;
  errors: ErrorLog;
};

/** Per-request values, read with `c.get(…)`. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** A logger whose lines carry this request's id. */
    logger: Logger;
    /** The signed-in user, or null; use requireUser(c) in routes that need one. */
    user: SessionUser | null;
    /** Set by SiteAccess.forSite / forSystem: whose access to which site this request used (logged with the request). */
    siteAccess: SiteAccessRecord | undefined;
  };
}

export type App = OpenAPIHono<AppEnv>;
export type AppContext = Context<AppEnv>;

/** One area's routes: `src/http/routes/<area>.ts` exports one of these, listed in routes/index.ts. */
export type Router = (app: App, deps: RouterDeps) => void;
