// The operator's API (/api/admin/*): platform admins only — everyone else, signed in or not, gets 404, so the
// routes are not advertised. Every action is audited.
import { createRoute, z } from '@hono/zod-openapi';
import { auditCsv, RuntimeSettingsPatchSchema, RuntimeSettingsSchema, DASHBOARD_RANGES, dashboardFigures, listAccounts, queryAudit, type DashboardRange } from '../../admin/index.ts';
import { liftSuspension, suspendAccount } from '../../auth/index.ts';
import { pauseSites, resumeSites } from '../../publish/index.ts';
import { roleModelErrors } from '../../ai/index.ts';
import { AppError } from '../../errors.ts';
import type { AppContext, Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { everyone, jsonBody, jsonResponse, signedIn } from '../schemas.ts';

/** The signed-in platform admin; anyone else gets the 404 a wrong address gets. */
export function requireAdmin(c: AppContext) {
  const user = c.get('user');
  if (!user?.isPlatformAdmin) throw new AppError('NOT_FOUND');
  return user;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;
const Reason = z.object({ reason: z.string().trim().min(3).max(500).openapi({ example: 'Phishing pages reported by three visitors' }) });
const UserParams = z.object({ userId: z.string().min(1).max(100).openapi({ param: { name: 'userId', in: 'path' } }) });
const Page = { cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) };
export const admin = (method: 'get' | 'post' | 'put', path: string, operationId: string, summary: string) => ({ method, path, operationId, summary, tags: ['admin'], security: signedIn });
export const ADMIN_PROBLEMS = problemResponses(400, 401, 404, 429);

const AccountSchema = z
  .object({
    id: z.string(), name: z.string(), email: z.string(), createdAt: z.string(), lastSeenAt: z.string().nullable(), ownedSites: z.number().int(),
    plan: z.string().nullable(), billingStatus: z.string().nullable(), suspended: z.object({ reason: z.string(), at: z.string() }).nullable(), isPlatformAdmin: z.boolean(),
  })
  .openapi('AdminAccount');

const Latency = z.number().int().nullable();
const DashboardSchema = z
  .object({
    range: z.enum(Object.keys(DASHBOARD_RANGES) as [DashboardRange, ...DashboardRange[]]),
    since: z.string(),
    signUps: z.number().int(),
    activeSites: z.number().int(),
    generations: z.object({ total: z.number().int(), succeeded: z.number().int(), failed: z.number().int() }),
    chatEdits: z.object({ total: z.number().int(), committed: z.number().int(), questions: z.number().int(), failed: z.number().int(), successRate: z.number().nullable() }),
    ai: z.object({
      calls: z.number().int(), costUsd: z.number(), costPerEditUsd: z.number().nullable(), p50LatencyMs: Latency, p95LatencyMs: Latency,
      byModel: z.array(z.object({ role: z.string(), provider: z.string(), model: z.string(), calls: z.number().int(), failures: z.number().int(), inputTokens: z.number().int(), outputTokens: z.number().int(), costUsd: z.number(), p50LatencyMs: Latency, p95LatencyMs: Latency })),
    }),
    publishes: z.number().int(),
    formSubmissions: z.number().int(),
    daily: z.array(z.object({ day: z.string().openapi({ example: '2026-12-04' }), signUps: z.number().int(), chatEdits: z.number().int(), costUsd: z.number() })).openapi({ description: 'One entry per UTC day of the range, oldest first' }),
  })
  .openapi('AdminDashboard');

/** What the account panel shows of the account's billing: its plan, standing, limits (over-rides included) and usage this period. */
const AccountBillingSchema = z
  .object({
    plan: z.object({ id: z.string(), name: z.string() }),
    status: z.string(),
    standing: z.string(),
    limits: z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])).openapi({ description: 'null: no ceiling' }),
    usage: z.record(z.string(), z.number()),
  })
  .loose()
  .openapi('AdminAccountBilling');

const AuditQuery = z.object({
  actor: z.string().max(320).optional().openapi({ description: 'An account’s id or email address' }),
  site: z.string().max(100).optional().openapi({ description: 'A site’s id or subdomain' }),
  action: z.string().max(80).optional().openapi({ description: 'An action (`site.publish`), or a prefix ending with a dot (`billing.`).' }),
  since: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const AuditEntrySchema = z
  .object({ id: z.number().int(), at: z.string(), actorId: z.string().nullable(), siteId: z.string().nullable(), action: z.string(), target: z.string().nullable(), ip: z.string().nullable(), requestId: z.string().nullable(), details: z.unknown(), actorEmail: z.string().nullable(), siteSubdomain: z.string().nullable(), targetEmail: z.string().nullable() })
  .openapi('AuditEntry');

const SettingsSchema = RuntimeSettingsSchema;

const routes = {
  jobs: createRoute({
    ...admin('get', '/api/admin/jobs', 'adminListJobs', 'Job queues with their waiting, running, retrying and failed jobs, and the failed ones'),
    responses: {
      200: jsonResponse(
        'Queues',
        z.object({
          queues: z.array(z.object({ name: z.string(), deadLetter: z.string().nullable(), created: z.number().int(), retry: z.number().int(), active: z.number().int(), completed: z.number().int(), failed: z.number().int(), cancelled: z.number().int() })),
          failed: z.array(z.object({ id: z.string(), queue: z.string(), retryCount: z.number().int(), createdAt: z.string(), failedAt: z.string().nullable(), error: z.string().nullable() })),
          inProcess: z.boolean().openapi({ description: 'true: this server runs jobs in its own process (no queue to show).' }),
        }),
      ),
      ...ADMIN_PROBLEMS,
    },
  }),
  retryJob: createRoute({
    ...admin('post', '/api/admin/jobs/{queue}/{jobId}/retry', 'adminRetryJob', 'Send a failed (or dead-lettered) job back to its queue'),
    request: { params: z.object({ queue: z.string().min(1).max(100).openapi({ param: { name: 'queue', in: 'path' } }), jobId: z.uuid().openapi({ param: { name: 'jobId', in: 'path' } }) }) },
    responses: { 200: jsonResponse('Queued again', z.object({ retried: z.literal(true) })), ...ADMIN_PROBLEMS },
  }),
  discardJob: createRoute({
    ...admin('post', '/api/admin/jobs/{queue}/{jobId}/discard', 'adminDiscardJob', 'Delete a failed or waiting job'),
    request: { params: z.object({ queue: z.string().min(1).max(100).openapi({ param: { name: 'queue', in: 'path' } }), jobId: z.uuid().openapi({ param: { name: 'jobId', in: 'path' } }) }) },
    responses: { 200: jsonResponse('Deleted', z.object({ discarded: z.literal(true) })), ...ADMIN_PROBLEMS },
  }),
  notices: createRoute({
    method: 'get', path: '/api/notices', tags: ['admin'], operationId: 'getNotices', security: everyone,
    summary: 'What every visitor of the app should know now: the maintenance banner, whether sign-ups and generation are open',
    responses: { 200: jsonResponse('Notices', z.object({ maintenanceBanner: z.string().nullable(), signUpsOpen: z.boolean(), generationOn: z.boolean() })) },
  }),
  settings: createRoute({
    ...admin('get', '/api/admin/settings', 'adminGetSettings', 'The settings in force: AI models per role, retries, timeout, daily budget and context strategy; sign-ups, generation, the banner'),
    responses: { 200: jsonResponse('Settings', z.object({ settings: SettingsSchema })), ...ADMIN_PROBLEMS },
  }),
  updateSettings: createRoute({
    ...admin('put', '/api/admin/settings', 'adminUpdateSettings', 'Change settings at runtime; in force on every process within seconds (audited). A model this server can’t call is refused with 422.'),
    request: { body: jsonBody(RuntimeSettingsPatchSchema) },
    responses: { 200: jsonResponse('Settings now', z.object({ settings: SettingsSchema })), ...problemResponses(400, 401, 404, 422, 429) },
  }),
  dashboard: createRoute({
    ...admin('get', '/api/admin/dashboard', 'adminDashboard', 'Figures of the last 24 hours, 7 or 30 days'),
    request: { query: z.object({ range: z.enum(Object.keys(DASHBOARD_RANGES) as [DashboardRange, ...DashboardRange[]]).default('24h') }) },
    responses: { 200: jsonResponse('Figures', DashboardSchema), ...ADMIN_PROBLEMS },
  }),
  accounts: createRoute({
    ...admin('get', '/api/admin/accounts', 'adminListAccounts', 'Accounts, newest first; `q` searches names and emails'),
    request: { query: z.object({ q: z.string().max(200).optional(), ...Page }) },
    responses: { 200: jsonResponse('Accounts', z.object({ accounts: z.array(AccountSchema), nextCursor: z.string().nullable() })), ...ADMIN_PROBLEMS },
  }),
  account: createRoute({
    ...admin('get', '/api/admin/accounts/{userId}', 'adminGetAccount', 'One account with its plan, limits, usage and sites'),
    request: { params: UserParams },
    responses: { 200: jsonResponse('The account', z.object({ account: AccountSchema, billing: AccountBillingSchema, sites: z.array(z.string()) })), ...ADMIN_PROBLEMS },
  }),
  suspend: createRoute({
    ...admin('post', '/api/admin/accounts/{userId}/suspend', 'adminSuspendAccount', 'Suspend an account: its sessions end, it can’t sign in, its sites show the paused page'),
    request: { params: UserParams, body: jsonBody(Reason) },
    responses: { 200: jsonResponse('Suspended', z.object({ pausedSites: z.number().int() })), ...ADMIN_PROBLEMS },
  }),
  unsuspend: createRoute({
    ...admin('post', '/api/admin/accounts/{userId}/unsuspend', 'adminUnsuspendAccount', 'Lift a suspension; the account’s sites come back'),
    request: { params: UserParams },
    responses: { 200: jsonResponse('Lifted', z.object({ resumedSites: z.number().int() })), ...ADMIN_PROBLEMS },
  }),
  limits: createRoute({
    ...admin('put', '/api/admin/accounts/{userId}/limits', 'adminSetLimits', 'Per-account limits over the plan (`{}` returns to the plan’s)'),
    request: {
      params: UserParams,
      body: jsonBody(
        z.object({
          limits: z
            .object({
              sites: z.number().int().min(0).nullable(), publishedSites: z.number().int().min(0).nullable(), customDomains: z.number().int().min(0).nullable(),
              membersPerSite: z.number().int().min(0).nullable(), aiEditsPerMonth: z.number().int().min(0).nullable(), generationsPerMonth: z.number().int().min(0).nullable(),
              imageGenerationsPerMonth: z.number().int().min(0).nullable(), storageBytes: z.number().int().min(0).nullable(), branchPreviews: z.boolean(), badge: z.boolean(),
            })
            .partial()
            .strict(),
        }),
      ),
    },
    responses: { 200: jsonResponse('The account’s limits now', z.object({ limits: z.record(z.string(), z.unknown()) })), ...ADMIN_PROBLEMS },
  }),
  passwordReset: createRoute({
    ...admin('post', '/api/admin/accounts/{userId}/password-reset', 'adminSendPasswordReset', 'Mail the account a link to choose a new password'),
    request: { params: UserParams },
    responses: { 202: jsonResponse('Sent', z.object({ sentTo: z.string() })), ...ADMIN_PROBLEMS },
  }),
  audit: createRoute({
    ...admin('get', '/api/admin/audit', 'adminQueryAudit', 'The audit log, newest first, filtered by actor, site, action and time'),
    request: { query: AuditQuery },
    responses: { 200: jsonResponse('Entries', z.object({ entries: z.array(AuditEntrySchema), nextBefore: z.number().int().nullable() })), ...ADMIN_PROBLEMS },
  }),
  auditCsv: createRoute({
    ...admin('get', '/api/admin/audit.csv', 'adminExportAudit', 'The same filters as CSV (up to 10,000 rows)'),
    request: { query: AuditQuery.omit({ limit: true }) },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...ADMIN_PROBLEMS },
  }),
  webhooks: createRoute({
    ...admin('get', '/api/admin/webhooks', 'adminListWebhooks', 'Stripe events as received, with their processing state'),
    request: { query: z.object({ before: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
    responses: {
      200: jsonResponse('Events', z.object({ events: z.array(z.object({ id: z.string(), type: z.string(), createdAt: z.string(), receivedAt: z.string(), processedAt: z.string().nullable(), attempts: z.number().int(), error: z.string().nullable() })), nextBefore: z.string().nullable() })),
      ...ADMIN_PROBLEMS,
    },
  }),
  reprocess: createRoute({
    ...admin('post', '/api/admin/webhooks/{eventId}/reprocess', 'adminReprocessWebhook', 'Act on a stored Stripe event again (its state is re-read from Stripe)'),
    request: { params: z.object({ eventId: z.string().min(1).max(100).openapi({ param: { name: 'eventId', in: 'path' } }) }) },
    responses: { 200: jsonResponse('Processed', z.object({ reprocessed: z.literal(true) })), ...problemResponses(400, 401, 404, 429, 500) },
  }),
};

const serializeAccount = (account: Awaited<ReturnType<typeof listAccounts>>['accounts'][number]) => ({
  ...account,
  createdAt: account.createdAt.toISOString(),
  lastSeenAt: iso(account.lastSeenAt),
  suspended: account.suspended ? { reason: account.suspended.reason, at: account.suspended.at.toISOString() } : null,
});

export const registerAdminRoutes: Router = (app, { database, billing, auth, config, clock, settings, jobQueue }) => {
  const { db } = database;
  const oneAccount = async (userId: string) => {
    const { accounts } = await listAccounts(db, { userId, limit: 1 });
    if (!accounts[0]) throw new AppError('NOT_FOUND', { detail: `No account with id "${userId}".` });
    return accounts[0];
  };

  app.openapi(routes.jobs, async (c) => {
    requireAdmin(c);
    if (!jobQueue) return c.json({ queues: [], failed: [], inProcess: true }, 200);
    const [queues, failed] = await Promise.all([jobQueue.figures(), jobQueue.failed()]);
    return c.json({ queues, failed: failed.map((job) => ({ ...job, createdAt: job.createdAt.toISOString(), failedAt: iso(job.failedAt) })), inProcess: false }, 200);
  });

  app.openapi(routes.retryJob, async (c) => {
    requireAdmin(c);
    const { queue, jobId } = c.req.valid('param');
    if (!jobQueue || !(await jobQueue.retry(queue, jobId))) throw new AppError('NOT_FOUND', { detail: 'No failed job with this id in this queue.' });
    await auditRequest(c, db, { siteId: null, action: 'admin.job.retry', target: jobId, details: { queue } });
    return c.json({ retried: true as const }, 200);
  });

  app.openapi(routes.discardJob, async (c) => {
    requireAdmin(c);
    const { queue, jobId } = c.req.valid('param');
    if (!jobQueue || !(await jobQueue.discard(queue, jobId))) throw new AppError('NOT_FOUND', { detail: 'No waiting or failed job with this id in this queue.' });
    await auditRequest(c, db, { siteId: null, action: 'admin.job.discard', target: jobId, details: { queue } });
    return c.json({ discarded: true as const }, 200);
  });

  app.openapi(routes.notices, async (c) => {
    const { flags } = await settings.get();
    return c.json({ maintenanceBanner: flags.maintenanceBanner, signUpsOpen: flags.signUpsOpen, generationOn: flags.generationOn }, 200);
  });

  app.openapi(routes.settings, async (c) => {
    requireAdmin(c);
    return c.json({ settings: await settings.get() }, 200);
  });

  app.openapi(routes.updateSettings, async (c) => {
    const actor = requireAdmin(c);
    const patch = c.req.valid('json');
    // A model is checked as start-up checks PAGEHUB_MODEL_*: one this server can't call is refused, and nothing changes.
    const unusable = roleModelErrors(patch.ai?.models ?? {}, config);
    if (unusable.length > 0) throw new AppError('AI_MODEL_UNUSABLE', { errors: unusable });
    const now = await settings.update(patch, actor.id, clock());
    await auditRequest(c, db, { siteId: null, action: 'admin.settings', target: null, details: { change: patch } });
    return c.json({ settings: now }, 200);
  });

  app.openapi(routes.dashboard, async (c) => {
    requireAdmin(c);
    const figures = await dashboardFigures(db, c.req.valid('query').range, clock());
    return c.json({ ...figures, since: figures.since.toISOString() }, 200);
  });

  app.openapi(routes.accounts, async (c) => {
    requireAdmin(c);
    const { q, cursor, limit } = c.req.valid('query');
    const page = await listAccounts(db, { query: q, cursor, limit });
    return c.json({ accounts: page.accounts.map(serializeAccount), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(routes.account, async (c) => {
    requireAdmin(c);
    const { userId } = c.req.valid('param');
    const account = await oneAccount(userId);
    const [overview, owned] = await Promise.all([billing.overview(userId), billing.sitesOf(userId)]);
    return c.json({ account: serializeAccount(account), billing: overview, sites: owned }, 200);
  });

  app.openapi(routes.suspend, async (c) => {
    const actor = requireAdmin(c);
    const { userId } = c.req.valid('param');
    if (userId === actor.id) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'params/userId', message: 'You can’t suspend your own account' }] });
    const { reason } = c.req.valid('json');
    if (!(await suspendAccount(db, { userId, reason, by: actor.id, now: clock() }))) throw new AppError('NOT_FOUND', { detail: `No account with id "${userId}".` });
    const paused = await pauseSites(db, await billing.sitesOf(userId), 'suspended', clock());
    await auditRequest(c, db, { siteId: null, action: 'admin.account.suspend', target: userId, details: { reason, pausedSites: paused.length } });
    return c.json({ pausedSites: paused.length }, 200);
  });

  app.openapi(routes.unsuspend, async (c) => {
    requireAdmin(c);
    const { userId } = c.req.valid('param');
    if (!(await liftSuspension(db, userId))) throw new AppError('NOT_FOUND', { detail: 'This account is not suspended.' });
    const resumed = await resumeSites(db, await billing.sitesOf(userId), 'suspended');
    await auditRequest(c, db, { siteId: null, action: 'admin.account.unsuspend', target: userId, details: { resumedSites: resumed.length } });
    return c.json({ resumedSites: resumed.length }, 200);
  });

  app.openapi(routes.limits, async (c) => {
    requireAdmin(c);
    const { userId } = c.req.valid('param');
    await oneAccount(userId);
    const { limits } = c.req.valid('json');
    await billing.setOverrides(userId, limits);
    await auditRequest(c, db, { siteId: null, action: 'admin.account.limits', target: userId, details: { limits } });
    return c.json({ limits: (await billing.overview(userId)).limits as unknown as Record<string, unknown> }, 200);
  });

  app.openapi(routes.passwordReset, async (c) => {
    requireAdmin(c);
    const { userId } = c.req.valid('param');
    const account = await oneAccount(userId);
    await auth.instance.api.requestPasswordReset({ body: { email: account.email, redirectTo: `${config.publicUrl}/reset-password` } });
    await auditRequest(c, db, { siteId: null, action: 'admin.account.password-reset', target: userId });
    return c.json({ sentTo: account.email }, 202);
  });

  const auditFilter = (query: z.infer<typeof AuditQuery> | Omit<z.infer<typeof AuditQuery>, 'limit'>) => ({
    actor: query.actor, site: query.site, action: query.action, before: query.before,
    since: query.since ? new Date(query.since) : undefined, until: query.until ? new Date(query.until) : undefined,
  });

  app.openapi(routes.audit, async (c) => {
    requireAdmin(c);
    const query = c.req.valid('query');
    const page = await queryAudit(db, { ...auditFilter(query), limit: query.limit });
    return c.json({ entries: page.entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })), nextBefore: page.nextBefore }, 200);
  });

  app.openapi(routes.auditCsv, async (c) => {
    requireAdmin(c);
    const page = await queryAudit(db, { ...auditFilter(c.req.valid('query')), limit: 10_000 });
    await auditRequest(c, db, { siteId: null, action: 'admin.audit.export', target: null, details: { rows: page.entries.length } });
    return c.body(auditCsv(page.entries), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="pagehub-audit.csv"' });
  });

  app.openapi(routes.webhooks, async (c) => {
    requireAdmin(c);
    const { before, limit } = c.req.valid('query');
    const page = await billing.listEvents({ before, limit });
    return c.json({ events: page.events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString(), receivedAt: event.receivedAt.toISOString(), processedAt: iso(event.processedAt) })), nextBefore: page.nextBefore }, 200);
  });

  app.openapi(routes.reprocess, async (c) => {
    requireAdmin(c);
    const { eventId } = c.req.valid('param');
    if (!billing.enabled || !(await billing.reprocessEvent(eventId))) throw new AppError('NOT_FOUND', { detail: `No stored Stripe event "${eventId}".` });
    await auditRequest(c, db, { siteId: null, action: 'admin.webhook.reprocess', target: eventId });
    return c.json({ reprocessed: true as const }, 200);
  });
};
