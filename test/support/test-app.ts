// A PageHub app on a fresh database of one backend, with logs captured as parsed JSON lines. HTTP tests call
// `app.request(new Request(…))` — no server, no port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuth, createMailer, type Auth, type Mailer } from '../../src/auth/index.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createApp, type App } from '../../src/http/index.ts';
import { createLogger } from '../../src/logger.ts';
import type { RateLimitPolicies } from '../../src/http/middleware/rate-limit.ts';
import type { Database } from '../../src/store/database.ts';
import type { ModelRoles } from '../../src/ai/roles.ts';
import { offlineRoles } from '../../src/ai/offline-engine/index.ts';
import { generationQueueOn, startGenerationWorker, startJobQueue, type JobQueue } from '../../src/jobs/index.ts';
import { createHistory } from '../../src/store/history/index.ts';
import type { Backend } from './backends.ts';

export const TEST_PUBLIC_URL = 'http://localhost:8080';

export interface TestApp {
  app: App;
  auth: Auth;
  config: Config;
  database: Database;
  /** Every log line so far, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** Limits high enough that suites never meet them (every app.request() comes from the same unknown IP). */
export const GENEROUS_RATE_LIMITS: RateLimitPolicies = {
  authPerIp: { points: 100_000, duration: 60 },
  writePerUser: { points: 100_000, duration: 60 },
  writePerIp: { points: 100_000, duration: 60 },
  tlsAskPerIp: { points: 100_000, duration: 60 },
};

export interface TestAppOptions {
  mailer?: Mailer;
  rateLimits?: RateLimitPolicies;
  clock?: () => Date;
  /** Model roles for the AI routes and jobs (default: the offline engine). */
  roles?: ModelRoles;
  /** Start pg-boss on the test database with a generation worker, as the server does (default: jobs run in-process). */
  startQueue?: boolean;
}

export async function openTestApp(backend: Backend, environment: Record<string, string> = {}, { mailer, rateLimits = GENEROUS_RATE_LIMITS, clock, roles, startQueue = false }: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pagehub-app-'));
  const config = loadConfig({ AUTH_SECRET: 'test-secret-0123456789abcdef0123456789', PUBLIC_URL: TEST_PUBLIC_URL, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...environment });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const database = await backend.open();
  const accountMailer = mailer ?? createMailer(config, logger);
  const auth = createAuth({ config, database, logger, mailer: accountMailer, secret: config.AUTH_SECRET ?? '' });
  await auth.migrate();
  let queue: JobQueue | undefined;
  let jobDeps = {};
  if (startQueue) {
    const history = createHistory(database, clock ? { clock } : {});
    const jobRoles = roles ?? offlineRoles();
    queue = await startJobQueue(database, { logger, pollingIntervalSeconds: 0.5 });
    await startGenerationWorker(queue, { db: database.db, history, roles: jobRoles, logger, retry: { attempts: 3, baseDelayMs: 10, timeoutMs: 5_000 } });
    jobDeps = { history, roles: jobRoles, jobs: await generationQueueOn(queue) };
  } else if (roles) {
    jobDeps = { roles };
  }
  const app = createApp({ config, database, auth, logger, rateLimits, mailer: accountMailer, ...(clock ? { clock } : {}), ...jobDeps });
  return {
    app,
    auth,
    config,
    database,
    logs,
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

/** Signs up with email + password; returns the session cookie and the user's id. */
export async function signUp(app: App, email: string, password = 'correct horse battery'): Promise<{ cookie: string; userId: string; response: Response }> {
  const response = await app.request(apiRequest('/api/auth/sign-up/email', { method: 'POST', body: { name: email.split('@')[0], email, password } }));
  if (response.status !== 200) throw new Error(`sign-up of ${email} answered ${response.status}: ${await response.clone().text()}`);
  const { user } = (await response.clone().json()) as { user: { id: string } };
  return { cookie: cookiesFrom(response), userId: user.id, response };
}
