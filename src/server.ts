// The PageHub server process: opens the database (PGlite in DATA_DIR, locked against a second process, or
// PostgreSQL with DATABASE_URL), creates better-auth's tables, builds the app and serves it over HTTP until
// close() — which stops accepting, lets in-flight requests finish (up to a timeout) and closes the database.
// Published sites are answered first, by Host, from memory (src/publish/site-handler.ts); every other request
// goes to the app.
import { createBilling } from './billing/index.ts';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createAuth, createMailer, resolveAuthSecret, type Mailer } from './auth/index.ts';
import { ConfigError, type Config } from './config.ts';
import { ERRORS } from './errors.ts';
import { createApp, PROBLEM_CONTENT_TYPE, problemType, type App } from './http/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { openBlobStore, pictureWork } from './assets/index.ts';
import { createDnsLookup, sendLeadDigests, type SiteServer, startDomainRechecks, startSiteServer } from './publish/index.ts';
import { createErrorLog, createMetrics, createRuntimeSettings, startTracing, sweepAndLog, type Tracing } from './admin/index.ts';
import { createHistory, type Database, openDatabase } from './store/index.ts';
import { validateMigrations } from './site/index.ts';
import { callCost, createModelRoles, createRolesForSettings, retryPolicyFor, type ModelCallRecord } from './ai/index.ts';
import { abandonStaleGenerationJobs, deleteFinishedGenerationJobs, GENERATION_QUEUE, generationQueueOn, pictureQueueOn, startGenerationWorker, startJobQueue, startPeriodicTask, startPictureWorker, type JobQueue, type PeriodicTask } from './jobs/index.ts';

export interface RunningServer {
  /** Where to open it, with the port actually bound (PORT=0 picks a free one). */
  readonly url: string;
  readonly port: number;
  readonly app: App;
  readonly database: Database;
  /** Published sites, answered by Host in front of the API (src/publish/site-handler.ts). */
  readonly siteServer: SiteServer;
  /** Graceful stop: no new connections, in-flight requests finish (at most `timeoutMs`), database closed. */
  close(timeoutMs?: number): Promise<void>;
}

export interface ServerOptions {
  logger?: Logger;
  /** Delivers account and invitation mail; default SMTP_URL's, or the log. */
  mailer?: Mailer;
}

const SHUTDOWN_TIMEOUT_MS = 10_000;

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new ConfigError(`Invalid configuration — PORT: ${port} is already in use on ${host}; stop the other program or choose another PORT`));
      else if (error.code === 'EACCES') reject(new ConfigError(`Invalid configuration — PORT: not allowed to listen on ${port}; choose a port above 1023`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new ConfigError(`Invalid configuration — HOST: ${host} is not an address of this machine`));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Stops accepting connections and waits for the requests in flight; a keep-alive connection is closed as soon as
 * its request is answered. After `timeoutMs` the remaining connections are cut.
 */
function stopAccepting(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(idleSweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** The answer while the port is bound but the app is not built yet (a second or so at start-up). */
function startingResponse(path: string): Response {
  const { status, title } = ERRORS.UNAVAILABLE;
  const body = { type: problemType('UNAVAILABLE'), title, status, detail: 'PageHub is starting. Retry in a second.', code: 'UNAVAILABLE', instance: path };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'retry-after': '1' } });
}

/** PORT=0 binds a free port; without PUBLIC_URL the links in mail must then name the port actually bound. */
function withBoundPort(config: Config, port: number): Config {
  if (config.PUBLIC_URL || config.PORT === port) return config;
  return { ...config, PORT: port, publicUrl: config.publicUrl.replace(/:0$/, `:${port}`) };
}

export async function startServer(config: Config, { logger = createLogger(config.LOG_LEVEL), mailer: givenMailer }: ServerOptions = {}): Promise<RunningServer> {
  validateMigrations(); // a gap in the site document's migrations stops start-up here, in one line
  const roles = createModelRoles(config); // a role that cannot be called stops start-up here, naming its variable
  const secret = resolveAuthSecret(config);
  // Traces only with a collector to send them to; without one the spans below are the API's no-ops.
  const tracing: Tracing | undefined = config.OTEL_EXPORTER_OTLP_ENDPOINT ? startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: config.OTEL_SERVICE_NAME }) : undefined;
  let database: Database;
  try {
    database = await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      traceQueries: tracing !== undefined,
      onConnectionLost: (error) => logger.warn({ err: error }, 'A database connection was closed by the server; the next query opens a new one'),
    });
  } catch (error) {
    await tracing?.shutdown();
    throw error;
  }
  const mailer = givenMailer ?? createMailer(config, logger);
  let app: App | undefined;
  let siteServer: SiteServer | undefined;
  let queue: JobQueue | undefined;
  const apiListener = getRequestListener((request, env) => app?.fetch(request, env) ?? startingResponse(new URL(request.url).pathname));
  // Until the site server has loaded its hosts, everything goes to the API; then published sites are answered
  // first, by Host, and the rest handed to the API.
  let listener: RequestListener = apiListener;
  const server = createServer((incoming, outgoing) => listener(incoming, outgoing));
  try {
    const port = await listen(server, config.PORT, config.HOST);
    const boundConfig = withBoundPort(config, port);
    const auth = createAuth({ config: boundConfig, database, mailer, logger, secret });
    await auth.migrate();
    const blobs = openBlobStore(config);
    const sites = (siteServer = await startSiteServer({ database, blobs, config: boundConfig, logger }));
    // One registry and one error log for the app, its workers and the site server (GET /metrics).
    const metrics = createMetrics({ db: database.db, dailyBudgetUsd: config.AI_DAILY_BUDGET_USD });
    // The operator's runtime settings: a change on any process reaches this one through NOTIFY. The models they name
    // are built into roles once per set, shared by the routes and this process's workers.
    const settings = createRuntimeSettings(database, config);
    const stopSettings = await settings.listen();
    const rolesFor = createRolesForSettings(config, roles, { onUnusable: (error) => logger.warn({ err: error }, 'ai: the models in the admin settings can’t be called; using the ones the server started with') });
    const currentRoles = async () => rolesFor((await settings.get()).ai);
    const errors = createErrorLog({ db: database.db, logger, onRecorded: (source) => metrics.countError(source) });
    metrics.watch({ siteTraffic: () => sites.traffic });
    // Background jobs: pg-boss in this database, and this process works the generation queue.
    const history = createHistory(database);
    const jobQueue = (queue = await startJobQueue(database, {
      logger,
      onJobDone: ({ queue: name, jobId, data, attempt, seconds, error }) => {
        metrics.observeJob(name, error === undefined ? 'completed' : 'failed', seconds);
        if (error !== undefined) void errors.record({ source: 'job', error, route: `job ${name}`, context: { queueJobId: jobId, ...(data as Record<string, string>), queue: name, attempt } });
      },
    }));
    const workerDeps = {
      db: database.db,
      history,
      roles,
      currentRoles,
      logger,
      retry: retryPolicyFor(config),
      onModelCall: (call: ModelCallRecord) => metrics.countModelCalls([{ ...call, costUsd: callCost(call.provider, call.model, call.usage) }]),
      onFailure: (error: unknown, { jobId }: { jobId: string }) => void errors.record({ source: 'job', error, route: `job ${GENERATION_QUEUE}`, context: { jobId, queue: GENERATION_QUEUE } }),
    };
    await startGenerationWorker(jobQueue, workerDeps);
    const jobs = await generationQueueOn(jobQueue);
    // …and the picture queue: a large photo's variants, made after its upload is answered.
    await startPictureWorker(jobQueue, pictureWork({ db: database.db, blobs, clock: () => new Date(), logger }));
    const pictures = await pictureQueueOn(jobQueue);
    const onHostsChanged = (siteId: string) => sites.refresh(siteId);
    const billing = createBilling({ db: database.db, config: boundConfig, logger, mailer, onHostsChanged, planOverrides: async () => (await settings.get()).limits });
    app = createApp({ config: boundConfig, database, auth, logger, mailer, blobs, history, roles, jobs, pictures, onHostsChanged, billing, settings, rolesFor, jobQueue, metrics, errors });
    listener = sites.handler(apiListener);
    const domainRechecks: PeriodicTask | undefined =
      config.DOMAIN_RECHECK_SECONDS > 0 ? startDomainRechecks({ db: database.db, config, lookup: createDnsLookup(config.DNS_SERVERS), logger }, config.DOMAIN_RECHECK_SECONDS * 1000) : undefined;
    const housekeeping: PeriodicTask | undefined =
      config.HOUSEKEEPING_SECONDS > 0
        ? startPeriodicTask({
            name: 'Housekeeping',
            intervalMs: config.HOUSEKEEPING_SECONDS * 1000,
            logger,
            run: async () => {
              await sweepAndLog({ db: database.db, logger, abandonStaleJobs: (before) => abandonStaleGenerationJobs(workerDeps, before), deleteFinishedJobs: (before) => deleteFinishedGenerationJobs(workerDeps, before) }, new Date());
              // The daily summaries of visitors' messages: due once a UTC day has ended; one per member and day.
              const digests = await sendLeadDigests({ db: database.db, mailer, publicUrl: boundConfig.publicUrl, logger }, new Date());
              if (digests > 0) logger.info({ digests }, "Mailed the daily summaries of visitors' messages");
            },
          })
        : undefined;
    // Billing: usage to Stripe's meters every minute, storage once an hour, and dunning moved on with the clock.
    let lastStorageSnapshot = 0;
    const billingTask: PeriodicTask | undefined = billing.enabled
      ? startPeriodicTask({
          name: 'Billing',
          intervalMs: 60_000,
          logger,
          run: async () => {
            await billing.reconcileStandings();
            if (Date.now() - lastStorageSnapshot >= 3_600_000) {
              await billing.snapshotStorage();
              lastStorageSnapshot = Date.now();
            }
            await billing.sendUsage();
          },
        })
      : undefined;
    const url = `http://${displayHost(config.HOST)}:${port}`;
    logger.info({ url, database: database.kind, publicUrl: boundConfig.publicUrl }, 'PageHub started');
    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      app,
      database,
      siteServer: sites,
      close: (timeoutMs = SHUTDOWN_TIMEOUT_MS) =>
        (closing ??= (async () => {
          logger.info('PageHub is stopping: finishing requests in flight');
          await stopAccepting(server, timeoutMs);
          await jobQueue.stop(timeoutMs);
          await domainRechecks?.stop();
          await housekeeping?.stop();
          await billingTask?.stop();
          await stopSettings();
          await sites.close();
          mailer.close();
          await database.close();
          await tracing?.shutdown(); // the last spans are sent before the process may exit
          logger.info('PageHub stopped');
        })()),
    };
  } catch (error) {
    if (server.listening) await stopAccepting(server, 0);
    await queue?.stop(0);
    await siteServer?.close();
    mailer.close();
    await database.close();
    await tracing?.shutdown();
    throw error;
  }
}
