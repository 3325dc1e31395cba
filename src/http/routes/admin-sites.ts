// The operator's Sites screen (/api/admin/sites/*): every site, searched; taking one down for abuse with a reason its
// owners see (mailed to them, shown on the site's screens, and in the refusal when they try to publish again);
// restoring it; and its history, to read only. Platform admins only (404 for everyone else); every action is audited.
import { createRoute, z } from '@hono/zod-openapi';
import { listSitesForAdmin } from '../../admin/index.ts';
import { createLogMailer } from '../../auth/index.ts';
import { AppError } from '../../errors.ts';
import { siteTakenDownMail } from '../../publish/index.ts';
import { COMMIT_ACTIONS, COMMIT_SOURCES } from '../../store/index.ts';
import { asSystem } from '../../system-actor.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { jsonBody, jsonResponse, RefName } from '../schemas.ts';
import { admin, ADMIN_PROBLEMS, requireAdmin } from './admin.ts';

const Reason = z.object({ reason: z.string().trim().min(3).max(500).openapi({ example: 'Phishing pages reported by three visitors' }) });
const SiteParams = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });
const TakenDownSchema = z.object({ at: z.string(), reason: z.string() }).openapi('SiteTakenDown');

const SiteSchema = z
  .object({
    id: z.string(), subdomain: z.string(), name: z.string(), createdAt: z.string(), owners: z.array(z.string()), domains: z.array(z.string()), isPublished: z.boolean(), pausedReason: z.string().nullable(),
    takenDown: TakenDownSchema.nullable().openapi({ description: 'Set while a platform admin has taken the site down for abuse: nobody can publish it.' }),
  })
  .openapi('AdminSite');

const HistoryCommitSchema = z
  .object({
    id: z.string(), summary: z.string(), source: z.enum(COMMIT_SOURCES), action: z.enum(COMMIT_ACTIONS), createdAt: z.string(),
    author: z.string().nullable(), authorName: z.string().nullable().openapi({ description: 'The author’s name as the account shows it; null for work PageHub did itself or a deleted account.' }),
  })
  .openapi('AdminHistoryCommit');

const routes = {
  sites: createRoute({
    ...admin('get', '/api/admin/sites', 'adminListSites', 'Sites, newest first; `q` searches subdomains, names, custom domains and owners’ emails'),
    request: { query: z.object({ q: z.string().max(200).optional(), cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
    responses: { 200: jsonResponse('Sites', z.object({ sites: z.array(SiteSchema), nextCursor: z.string().nullable() })), ...ADMIN_PROBLEMS },
  }),
  unpublish: createRoute({
    ...admin('post', '/api/admin/sites/{id}/unpublish', 'adminUnpublishSite', 'Take a site down for abuse, with a reason (audited): every address goes offline, nobody can publish it until it is restored, and its owners are mailed the reason'),
    request: { params: SiteParams, body: jsonBody(Reason) },
    responses: {
      200: jsonResponse('Taken down', z.object({ wasLive: z.boolean(), mailedTo: z.array(z.string()).openapi({ description: 'The owners who were mailed the reason.' }) })),
      ...ADMIN_PROBLEMS,
    },
  }),
  restore: createRoute({
    ...admin('post', '/api/admin/sites/{id}/restore', 'adminRestoreSite', 'Lift a takedown (audited): the owners may publish again; nothing is published now'),
    request: { params: SiteParams },
    responses: { 200: jsonResponse('Restored', z.object({ restored: z.literal(true) })), ...ADMIN_PROBLEMS },
  }),
  history: createRoute({
    ...admin('get', '/api/admin/sites/{id}/history', 'adminSiteHistory', 'A site’s branches and the versions along one of them (main unless `branch`), newest first — to read only'),
    request: { params: SiteParams, query: z.object({ branch: RefName.optional(), cursor: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
    responses: {
      200: jsonResponse(
        'History',
        z.object({
          site: z.object({ id: z.string(), subdomain: z.string(), name: z.string() }),
          branch: z.string(),
          branches: z.array(z.object({ name: z.string(), displayName: z.string(), head: z.string(), updatedAt: z.string() })),
          commits: z.array(HistoryCommitSchema),
          nextCursor: z.string().nullable(),
        }),
      ),
      ...ADMIN_PROBLEMS,
    },
  }),
};

export const registerAdminSiteRoutes: Router = (app, { database, sites, config, mailer, logger }) => {
  const { db } = database;
  const takedownMailer = mailer ?? createLogMailer(logger);
  const oneSite = async (id: string) => {
    const { sites: found } = await listSitesForAdmin(db, { query: undefined, limit: 1, siteId: id });
    if (!found[0]) throw new AppError('NOT_FOUND', { detail: `No site with id "${id}".` });
    return found[0];
  };

  app.openapi(routes.sites, async (c) => {
    requireAdmin(c);
    const { q, cursor, limit } = c.req.valid('query');
    const page = await listSitesForAdmin(db, { query: q, cursor, limit });
    return c.json({
      sites: page.sites.map((site) => ({ ...site, createdAt: site.createdAt.toISOString(), takenDown: site.takenDown ? { at: site.takenDown.at.toISOString(), reason: site.takenDown.reason } : null })),
      nextCursor: page.nextCursor,
    }, 200);
  });

  app.openapi(routes.unpublish, async (c) => {
    const actor = requireAdmin(c);
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const site = await oneSite(id);
    const result = await sites.forSystem(c, asSystem('a platform admin takes a site down for abuse')).site(id).deployments.takeDown({ reason, by: actor.id });
    if (!result) throw new AppError('NOT_FOUND', { detail: `No site with id "${id}".` });
    // The takedown stands whatever happens to the mail; one that can't be sent is logged and left out of `mailedTo`.
    const mailedTo: string[] = [];
    for (const owner of result.owners) {
      try {
        await takedownMailer.send(siteTakenDownMail({ to: owner.email, siteName: site.name, address: site.subdomain, reason, siteUrl: `${config.publicUrl}/sites/${id}/publish` }));
        mailedTo.push(owner.email);
      } catch (error) {
        c.get('logger').warn({ err: error, siteId: id }, 'The mail telling an owner their site was taken down could not be sent');
      }
    }
    await auditRequest(c, db, { siteId: id, action: 'admin.site.unpublish', target: id, details: { reason, wasLive: result.wasLive, mailedTo } });
    return c.json({ wasLive: result.wasLive, mailedTo }, 200);
  });

  app.openapi(routes.restore, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid('param');
    await oneSite(id);
    if (!(await sites.forSystem(c, asSystem('a platform admin lifts a takedown')).site(id).deployments.restore())) throw new AppError('NOT_FOUND', { detail: 'This site is not taken down.' });
    await auditRequest(c, db, { siteId: id, action: 'admin.site.restore', target: id });
    return c.json({ restored: true as const }, 200);
  });

  app.openapi(routes.history, async (c) => {
    requireAdmin(c);
    const { id } = c.req.valid('param');
    const { branch = 'main', cursor, limit } = c.req.valid('query');
    const site = await oneSite(id);
    const history = sites.forSystem(c, asSystem('a platform admin reads a site’s history')).site(id).history;
    const [branches, page] = await Promise.all([history.listBranches(), history.log({ branch, cursor: cursor ?? null, limit })]);
    const names = await history.names([...new Set(page.commits.flatMap((commit) => (commit.author ? [commit.author] : [])))]);
    return c.json({
      site: { id: site.id, subdomain: site.subdomain, name: site.name },
      branch,
      branches: branches.map((entry) => ({ name: entry.name, displayName: entry.displayName, head: entry.head, updatedAt: entry.updatedAt.toISOString() })),
      commits: page.commits.map((commit) => ({
        id: commit.id, summary: commit.summary, source: commit.source, action: commit.action, createdAt: commit.createdAt.toISOString(),
        author: commit.author, authorName: commit.author ? (names.get(commit.author) ?? null) : null,
      })),
      nextCursor: page.nextCursor,
    }, 200);
  });
};
