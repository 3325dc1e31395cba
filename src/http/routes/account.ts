// The signed-in person's own account, beyond what better-auth answers under /api/auth: their signed-in devices
// (sessions, without tokens), a download of their data, and deleting the account with a decision for each site
// they alone own.
import { createRoute, z } from '@hono/zod-openapi';
import { accountProfile, checkSiteDecisions, deleteAccount, endAccountSession, endOtherAccountSessions, listAccountSessions, ROLES, soleOwnedSites, type SiteDecision } from '../../auth/index.ts';
import { appError, validationError } from '../../errors.ts';
import type { AppContext, Router } from '../app-env.ts';
import { clientIp } from '../client-ip.ts';
import type { RateLimitPolicy } from '../middleware/rate-limit-policies.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { jsonBody, jsonResponse, signedIn } from '../schemas.ts';
import type { SiteHandle } from '../site-handle.ts';

/** An export reads every commit and submission of every site: 10 an hour per person is plenty. */
export const DEFAULT_ACCOUNT_EXPORT_LIMIT: RateLimitPolicy = { points: 10, duration: 3_600 };

const PAGE = 200;

const SessionSchema = z
  .object({ id: z.string(), userAgent: z.string().nullable(), ipAddress: z.string().nullable(), createdAt: z.string(), lastActiveAt: z.string(), expiresAt: z.string(), isCurrent: z.boolean() })
  .openapi('AccountSession');

const SessionParams = z.object({ sessionId: z.string().min(1).max(200).openapi({ param: { name: 'sessionId', in: 'path' } }) });

const ExportSchema = z
  .object({
    exportedAt: z.string(),
    account: z.object({ id: z.string(), name: z.string(), email: z.string(), emailVerified: z.boolean(), createdAt: z.string() }),
    sites: z.array(
      z.object({
        id: z.string(),
        subdomain: z.string(),
        name: z.string(),
        role: z.enum(ROLES),
        createdAt: z.string(),
        commits: z.array(z.object({ id: z.string(), createdAt: z.string(), author: z.object({ id: z.string(), name: z.string() }).nullable(), source: z.string(), summary: z.string() })),
        branches: z.array(z.object({ name: z.string(), displayName: z.string(), head: z.string(), updatedAt: z.string() })),
        namedVersions: z.array(z.object({ name: z.string(), displayName: z.string(), commit: z.string(), createdAt: z.string() })),
        formSubmissions: z.array(z.object({ id: z.string(), formId: z.string(), data: z.unknown(), createdAt: z.string() })).nullable(),
      }),
    ),
  })
  .openapi('AccountExport');

const UndecidedSiteSchema = z.object({
  id: z.string(),
  name: z.string(),
  subdomain: z.string(),
  members: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(ROLES) })),
});

const SiteDecisionSchema = z.union([z.literal('delete'), z.object({ transferTo: z.string().min(1).max(100) })]);

const listSessionsRoute = createRoute({
  method: 'get', path: '/api/account/sessions', tags: ['account'], operationId: 'listAccountSessions', security: signedIn,
  summary: 'The browsers and devices signed in to the account, most recently used first; isCurrent marks this one',
  responses: { 200: jsonResponse('Sessions', z.object({ sessions: z.array(SessionSchema) })), ...problemResponses(401) },
});

const endSessionRoute = createRoute({
  method: 'delete', path: '/api/account/sessions/{sessionId}', tags: ['account'], operationId: 'endAccountSession', security: signedIn,
  summary: 'Sign out one browser or device of the account (this one included)',
  request: { params: SessionParams },
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 404) },
});

const endOtherSessionsRoute = createRoute({
  method: 'delete', path: '/api/account/sessions', tags: ['account'], operationId: 'endOtherAccountSessions', security: signedIn,
  summary: 'Sign out every browser and device of the account except this one',
  responses: { 200: jsonResponse('Signed out elsewhere', z.object({ ended: z.number().int() })), ...problemResponses(401) },
});

const exportRoute = createRoute({
  method: 'get', path: '/api/account/export', tags: ['account'], operationId: 'exportAccount', security: signedIn,
  summary: "Download the account's data as a JSON file: the account, its sites and roles, each site's history (commit id, time, author, summary — not the documents), branches and named versions, and the form submissions of the sites it owns or edits. 10 an hour.",
  responses: { 200: jsonResponse('The export, as an attachment', ExportSchema), ...problemResponses(401, 429) },
});

const deleteRoute = createRoute({
  method: 'delete', path: '/api/account', tags: ['account'], operationId: 'deleteAccount', security: signedIn,
  summary:
    "Delete the account, confirmed by typing its email. Each site the person is the only owner of needs a decision in `sites`: `{transferTo: userId}` (a member, who becomes an owner) or 'delete'; without one, 409 ACCOUNT_SITES_UNDECIDED lists those sites (`errors`, and `sites` with their members). Other sites just lose the membership. 409 CONFLICT for the platform's only admin. All or nothing.",
  request: { body: jsonBody(z.object({ confirmEmail: z.string().max(320), sites: z.record(z.string(), SiteDecisionSchema).default({}) })) },
  responses: {
    200: jsonResponse('Deleted', z.object({ deletedSites: z.array(z.string()), transferredSites: z.array(z.object({ siteId: z.string(), to: z.string() })), leftSites: z.array(z.string()) })),
    409: {
      description: 'Some sites the person owns alone need a decision (ACCOUNT_SITES_UNDECIDED: `errors` and `sites` list them), or the person is the platform\'s only admin (CONFLICT)',
      content: { 'application/problem+json': { schema: z.object({ type: z.string(), code: z.string(), title: z.string(), status: z.number(), detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(), sites: z.array(UndecidedSiteSchema).optional() }).openapi('UndecidedSitesProblem') } },
    },
    ...problemResponses(400, 401),
  },
});

/** Every page of a paged list. */
async function allPages<Item>(read: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await read(cursor);
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
}

/** One site's part of the export: history metadata (every branch's commits, once each), refs, and submissions when the person may read them. */
async function exportSite(site: SiteHandle) {
  const branches = await site.history.listBranches();
  const commits = new Map<string, { id: string; createdAt: Date; author: string | null; source: string; summary: string }>();
  for (const branch of branches) {
    const log = await allPages(async (cursor) => {
      const page = await site.history.log({ branch: branch.name, cursor: cursor ?? null, limit: PAGE });
      return { items: page.commits, nextCursor: page.nextCursor };
    });
    for (const commit of log) commits.set(commit.id, { id: commit.id, createdAt: commit.createdAt, author: commit.author, source: commit.source, summary: commit.summary });
  }
  const authors = [...new Set([...commits.values()].map((commit) => commit.author).filter((author): author is string => author !== null))];
  const names = await site.live.names(authors);
  const tags = await site.history.listTags();
  const canReadSubmissions = site.role === 'owner' || site.role === 'editor';
  const submissions = canReadSubmissions
    ? await allPages(async (cursor) => {
        const page = await site.submissions.list({ cursor, limit: PAGE });
        return { items: page.submissions, nextCursor: page.nextCursor };
      })
    : null;
  return {
    id: site.row.id,
    subdomain: site.row.subdomain,
    name: site.row.name,
    role: site.role,
    createdAt: site.row.createdAt.toISOString(),
    commits: [...commits.values()]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((commit) => ({ id: commit.id, createdAt: commit.createdAt.toISOString(), author: commit.author === null ? null : { id: commit.author, name: names.get(commit.author) ?? '' }, source: commit.source, summary: commit.summary })),
    branches: branches.map((branch) => ({ name: branch.name, displayName: branch.displayName, head: branch.head, updatedAt: branch.updatedAt.toISOString() })),
    namedVersions: tags.map((tag) => ({ name: tag.name, displayName: tag.displayName, commit: tag.commit, createdAt: tag.createdAt.toISOString() })),
    formSubmissions: submissions?.map((submission) => ({ id: submission.id, formId: submission.formId, data: submission.data, createdAt: submission.createdAt.toISOString() })) ?? null,
  };
}

export const registerAccountRoutes: Router = (app, { database, auth, sites, clock, rateLimits }) => {
  const { db } = database;
  const exportLimiter = createLimiter(database, 'account-export-user', rateLimits?.accountExportsPerUser ?? DEFAULT_ACCOUNT_EXPORT_LIMIT);

  /** The id of the session this request is signed in with. */
  const currentSessionId = async (c: AppContext) => (await auth.instance.api.getSession({ headers: c.req.raw.headers }))?.session.id ?? null;

  app.openapi(listSessionsRoute, async (c) => {
    const user = requireUser(c);
    const current = await currentSessionId(c);
    const sessions = await listAccountSessions(db, user.id, clock());
    return c.json(
      {
        sessions: sessions.map((session) => ({
          id: session.id,
          userAgent: session.userAgent,
          ipAddress: session.ipAddress,
          createdAt: session.createdAt.toISOString(),
          lastActiveAt: session.updatedAt.toISOString(),
          expiresAt: session.expiresAt.toISOString(),
          isCurrent: session.id === current,
        })),
      },
      200,
    );
  });

  app.openapi(endSessionRoute, async (c) => {
    const user = requireUser(c);
    const { sessionId } = c.req.valid('param');
    if (!(await endAccountSession(db, user.id, sessionId))) throw appError('NOT_FOUND', 'This device is not signed in to your account any more. Reload the list.');
    return c.body(null, 204);
  });

  app.openapi(endOtherSessionsRoute, async (c) => {
    const user = requireUser(c);
    const current = await currentSessionId(c);
    if (current === null) throw appError('UNAUTHENTICATED');
    return c.json({ ended: await endOtherAccountSessions(db, user.id, current) }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const user = requireUser(c);
    await consumeOrThrow(exportLimiter, user.id, (seconds) => `You downloaded your data several times in the last hour. Try again in ${Math.ceil(seconds / 60)} minutes.`);
    const profile = await accountProfile(db, user.id);
    if (!profile) throw appError('UNAUTHENTICATED');
    const exported = [];
    for (const summary of await sites.listOf(user.id)) exported.push(await exportSite(await sites.forSite(c, summary.id, 'viewer')));
    const now = clock();
    const body = {
      exportedAt: now.toISOString(),
      account: { id: profile.id, name: profile.name, email: profile.email, emailVerified: profile.emailVerified, createdAt: profile.createdAt.toISOString() },
      sites: exported,
    };
    return c.json(body, 200, { 'Content-Disposition': `attachment; filename="pagehub-account-${now.toISOString().slice(0, 10)}.json"`, 'Cache-Control': 'no-store' });
  });

  app.openapi(deleteRoute, async (c) => {
    const user = requireUser(c);
    const { confirmEmail, sites: decisions } = c.req.valid('json');
    if (confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw validationError([{ path: 'body/confirmEmail', message: `Type your account's email address, ${user.email}, to confirm.` }], 'The email typed does not match this account, so nothing was deleted.');
    }
    const typed = decisions as Record<string, SiteDecision>;
    // Checked here first so the answer lists every undecided site; checked again, locked, inside the deletion.
    const soleOwned = await soleOwnedSites(db, user.id);
    checkSiteDecisions(soleOwned, typed);
    const handles = new Map<string, SiteHandle>();
    for (const site of soleOwned) if (typed[site.id] === 'delete') handles.set(site.id, await sites.forSite(c, site.id, 'owner'));
    const outcome = await deleteAccount(db, {
      userId: user.id,
      decisions: typed,
      deleteSite: async (transaction, siteId) => {
        const handle = handles.get(siteId);
        if (!handle) throw appError('CONFLICT', 'Your sites changed while the account was being deleted, so nothing was deleted. Reload and try again.');
        return handle.deleteWithin(transaction);
      },
      audit: { ip: clientIp(c), requestId: c.get('requestId') },
    });
    return c.json(outcome, 200);
  });
};
