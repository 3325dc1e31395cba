import { OpenAPIHono } from '@hono/zod-openapi';
import type { App, AppDeps, AppEnv, RouterDeps } from './app-env.ts';
import { bodySizeLimit, DEFAULT_MAX_BODY_BYTES } from './middleware/body-size-limit.ts';
import { inputGuard } from './middleware/input-guard.ts';
import { sameOrigin } from './middleware/same-origin.ts';
import { isUploadRequest, MAX_UPLOAD_REQUEST_BYTES } from './middleware/upload-paths.ts';
import { requestContext } from './middleware/request-context.ts';
import { requestLog } from './middleware/request-log.ts';
import { requestMetrics } from './middleware/request-metrics.ts';
import { requestTrace } from './middleware/request-trace.ts';
import { metricsEndpoint } from './middleware/metrics-endpoint.ts';
import { sessionLookup } from './middleware/session-lookup.ts';
import { createErrorHandler, notFoundHandler, validationHook } from './problem.ts';
import { ROUTERS } from './routes/index.ts';
import { DEFAULT_RATE_LIMITS } from './middleware/rate-limit-policies.ts';
import { rateLimits } from './middleware/rate-limit.ts';
import { createHistory, createSiteEvents, PRESENCE_TTL_MS } from '../store/index.ts';
import { openBlobStore, pictureWork } from '../assets/index.ts';
import { createRolesForSettings, offlineRoles, retryPolicyFor } from '../ai/index.ts';
import { inProcessGenerationQueue, inProcessPictureQueue, queueDepths } from '../jobs/index.ts';
import { webApp } from './web-app.ts';
import { createSiteAccess } from './site-access.ts';
import { trustedOrigins } from '../auth/index.ts';
import { createBilling } from '../billing/index.ts';
import { createErrorLog, createMetrics, createRuntimeSettings } from '../admin/index.ts';

/** The whole HTTP API as one Hono app; serve it with @hono/node-server, or call app.request() in tests. */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const history = deps.history ?? createHistory(deps.database, { clock });
  const roles = deps.roles ?? offlineRoles();
  const settings = deps.settings ?? createRuntimeSettings(deps.database, deps.config);
  const rolesFor = deps.rolesFor ?? createRolesForSettings(deps.config, roles, { onUnusable: (error) => deps.logger.warn({ err: error }, 'ai: the models in the admin settings can’t be called; using the ones the server started with') });
  const currentRoles = async () => rolesFor((await settings.get()).ai);
  const jobs = deps.jobs ?? inProcessGenerationQueue({ db: deps.database.db, history, roles, currentRoles, logger: deps.logger, retry: retryPolicyFor(deps.config) });
  const blobs = deps.blobs ?? openBlobStore(deps.config);
  const healthChecks = { storage: () => blobs.check(), ...(deps.jobs ? { queue: () => jobs.check() } : {}), ...deps.healthChecks };
  const pictures = deps.pictures ?? inProcessPictureQueue(pictureWork({ db: deps.database.db, blobs, clock, logger: deps.logger }));
  const siteEvents = deps.siteEvents ?? createSiteEvents(deps.database, { onError: (error) => deps.logger.warn({ err: error }, 'Live editing: the notification connection had a problem; open editors catch up by their periodic checks') });
  const presenceTtlMs = deps.live?.presenceTtlMs ?? PRESENCE_TTL_MS;
  const billing = deps.billing ?? createBilling({ db: deps.database.db, config: deps.config, logger: deps.logger, clock, mailer: deps.mailer, onHostsChanged: deps.onHostsChanged, planOverrides: async () => (await settings.get()).limits });
  const metrics = deps.metrics ?? createMetrics({ db: deps.database.db, dailyBudgetUsd: deps.config.AI_DAILY_BUDGET_USD });
  // Read at scrape time; with a queue passed in, pg-boss runs in this database and its depths can be counted.
  metrics.watch({
    dailyBudgetUsd: async () => (await settings.get()).ai.dailyBudgetUsd,
    pool: () => deps.database.pool,
    liveStreams: () => siteEvents.openStreams,
    ...(deps.jobs ? { queueDepths: () => queueDepths(deps.database) } : {}),
    ...(billing.enabled ? { meterBacklog: () => billing.meterBacklog() } : {}),
  });
  const errors = deps.errors ?? createErrorLog({ db: deps.database.db, logger: deps.logger, clock, onRecorded: (source) => metrics.countError(source) });
  const sites = createSiteAccess({ billing,  database: deps.database, history, blobs, config: deps.config, clock, pictures, onHostsChanged: deps.onHostsChanged, siteEvents, presenceTtlMs });
  // Routes get no history, blobs or deployments of their own: a site's data only through `sites` (site-access.ts).
  const { history: _history, blobs: _blobs, onHostsChanged: _onHostsChanged, pictures: _pictures, siteEvents: _siteEvents, metrics: _metrics, errors: _errors, ...shared } = deps;
  const routerDeps: RouterDeps = { ...shared, clock, roles, currentRoles, jobs, healthChecks, sites, billing, settings, metrics, errors };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(requestTrace()); // a span per request (OpenTelemetry), the parent of everything the request does
  app.use(requestContext(deps.logger));
  app.use(requestLog(deps.logger));
  app.use(requestMetrics(metrics));
  app.use(metricsEndpoint({ metrics, token: deps.config.METRICS_TOKEN })); // GET /metrics, ahead of the editor's pages
  app.use(webApp({ config: deps.config })); // the editor on the app's hosts, outside /api
  app.use('/api/*', sameOrigin(trustedOrigins(deps.config)));
  const jsonLimit = bodySizeLimit(deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const uploadLimit = bodySizeLimit(MAX_UPLOAD_REQUEST_BYTES);
  app.use((c, next) => (isUploadRequest(c.req.method, c.req.path) ? uploadLimit : jsonLimit)(c, next));
  app.use('/api/*', inputGuard());
  app.use(sessionLookup(deps.auth));
  app.use(rateLimits(deps.database, deps.rateLimits ?? DEFAULT_RATE_LIMITS));
  for (const register of ROUTERS) register(app, routerDeps);
  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(deps.logger, errors));
  return app;
}
