// A PageHub app on a fresh database of one backend, with logs captured as parsed JSON lines. HTTP tests call
// `app.request(new Request(…))` — no server, no port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuth, createMailer, type Auth, type Mailer } from '../../src/auth/index.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createApp, type App, type LiveTimings } from '../../src/http/index.ts';
import { createLogger } from '../../src/logger.ts';
import type { RateLimitPolicies } from '../../src/http/middleware/rate-limit-policies.ts';
import type { Database } from '../../src/store/database.ts';
import type { ModelRoles } from '../../src/ai/roles.ts';
import { offlineRoles } from '../../src/ai/offline-rules/index.ts';
import { openBlobStore, pictureWork } from '../../src/assets/index.ts';
import { generationQueueOn, pictureQueueOn, startGenerationWorker, startJobQueue, startPictureWorker, type JobQueue, type PictureQueue } from '../../src/jobs/index.ts';
import { createHistory } from '../../src/store/history/index.ts';
import { createSiteEvents, type SiteEvents } from '../../src/store/index.ts';
import { createBilling, type Billing } from '../../src/billing/index.ts';
import { createRuntimeSettings } from '../../src/admin/index.ts';
import type { Backend } from './backends.ts';
import { attachOutbox, createOutbox, outboxOf, type Outbox } from './outbox.ts';

export const TEST_PUBLIC_URL = 'http://localhost:8080';

export interface TestApp {
  app: App;
  auth: Auth;
  config: Config;
  database: Database;
  /** Every mail the app has sent (still delivered through `mailer`, or to the log). */
  outbox: Outbox;
  /** Every log line so far, parsed. */
  logs: Record<string, unknown>[];
  /** The app's live-editing events (its `openStreams` counts open live streams). */
  siteEvents: SiteEvents;
  /** The app's billing (off unless the environment has STRIPE_SECRET_KEY): dunning, usage sending. */
  billing: Billing;
  /** pg-boss, with `startQueue`. */
  queue: JobQueue | undefined;
  close(): Promise<void>;
}

/** Limits high enough that suites never meet them (every app.request() comes from the same unknown IP). */
export const GENEROUS_RATE_LIMITS: RateLimitPolicies = {
  authPerIp: { points: 100_000, duration: 60 },
  writePerUser: { points: 100_000, duration: 60 },
  writePerIp: { points: 100_000, duration: 60 },
  tlsAskPerIp: { points: 100_000, duration: 60 },
  invitationsPerUser: { points: 100_000, duration: 60 },
  invitePreviewPerIp: { points: 100_000, duration: 60 },
};

export interface TestAppOptions {
  mailer?: Mailer;
  rateLimits?: RateLimitPolicies;
  clock?: () => Date;
  /** Model roles for the AI routes and jobs (default: the offline engine). */
  roles?: ModelRoles;
  /** Start pg-boss on the test database with a generation worker, as the server does (default: jobs run in-process). */
  startQueue?: boolean;
  /** Where large photos' variant jobs go (default: pg-boss with startQueue, else in this process). */
  pictures?: PictureQueue;
  /** Shorter timings of the live streams (presence expiry, re-checks, pings). */
  live?: LiveTimings;
}

export async function openTestApp(backend: Backend, environment: Record<string, string> = {}, { mailer, rateLimits = GENEROUS_RATE_LIMITS, clock, roles, startQueue = false, pictures, live }: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pagehub-app-'));
  const config = loadConfig({ AUTH_SECRET: 'test-secret-0123456789abcdef0123456789', PUBLIC_URL: TEST_PUBLIC_URL, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...environment });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const database = await backend.open();
  const accountMailer = createOutbox(mailer ?? createMailer(config, logger));
  const auth = createAuth({ config, database, logger, mailer: accountMailer, secret: config.AUTH_SECRET ?? '' });
  await auth.migrate();
  let queue: JobQueue | undefined;
  let jobDeps: Record<string, unknown> = {};
  if (startQueue) {
    const history = createHistory(database, clock ? { clock } : {});
    const jobRoles = roles ?? offlineRoles();
    queue = await startJobQueue(database, { logger, pollingIntervalSeconds: 0.5 });
    await startGenerationWorker(queue, { db: database.db, history, roles: jobRoles, logger, retry: { attempts: 3, baseDelayMs: 10, timeoutMs: 5_000 } });
    await startPictureWorker(queue, pictureWork({ db: database.db, blobs: openBlobStore(config), clock: clock ?? (() => new Date()), logger }));
    jobDeps = { history, roles: jobRoles, jobs: await generationQueueOn(queue), pictures: await pictureQueueOn(queue), jobQueue: queue };
  } else if (roles) {
    jobDeps = { roles };
  }
  if (pictures) jobDeps = { ...jobDeps, pictures };
  const siteEvents = createSiteEvents(database);
  const settings = createRuntimeSettings(database, config);
  const billing = createBilling({ db: database.db, config, logger, mailer: accountMailer, planOverrides: async () => (await settings.get()).limits, ...(clock ? { clock } : {}) });
  const app = createApp({ config, database, auth, logger, rateLimits, mailer: accountMailer, siteEvents, billing, settings, ...(live ? { live } : {}), ...(clock ? { clock } : {}), ...jobDeps });
  attachOutbox(app, accountMailer);
  return {
    app,
    auth,
    config,
    database,
    outbox: accountMailer,
    logs,
    siteEvents,
    billing,
    queue,
    async close() {
      accountMailer.close();
      await queue?.stop(5_000);
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A request as the editor sends it: JSON body, same-origin `Origin`, optional cookie. */
export function apiRequest(path: string, { method = 'GET', body, cookie, headers = {} }: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}): Request {
  return new Request(new URL(path, TEST_PUBLIC_URL), {
    method,
    headers: {
      origin: TEST_PUBLIC_URL,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back as a Cookie header. */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/**
 * Signs up with email + password and confirms the address as a person would: follows the link of the
 * confirmation mail, which signs in. Returns that session's cookie, the user's id, and the confirmation's
 * response (the 302 that set the cookie). The app needs an outbox (openTestApp() has one).
 */
export async function signUp(app: App, email: string, password = 'correct horse battery'): Promise<{ cookie: string; userId: string; response: Response }> {
  const signedUp = await app.request(apiRequest('/api/auth/sign-up/email', { method: 'POST', body: { name: email.split('@')[0], email, password } }));
  if (signedUp.status !== 200) throw new Error(`sign-up of ${email} answered ${signedUp.status}: ${await signedUp.clone().text()}`);
  const { user } = (await signedUp.json()) as { user: { id: string } };
  const response = await confirmEmail(app, email);
  return { cookie: cookiesFrom(response), userId: user.id, response };
}

/** Opens the newest confirmation link mailed to `email`; resolves with its response (302 and the session cookie). */
export async function confirmEmail(app: App, email: string): Promise<Response> {
  const link = outboxOf(app).latestLink(email, '/api/auth/verify-email');
  const response = await app.request(new Request(link));
  if (response.status !== 302 || !/session_token=/.test(cookiesFrom(response))) throw new Error(`the confirmation link of ${email} answered ${response.status} without a session: ${await response.clone().text()}`);
  return response;
}
