// The operator's AI cost report (/api/admin/ai/*): model calls added up by model, person or day between two UTC
// days, a page at a time, and the same as CSV (audited). Platform admins only; everyone else gets 404.
import { createRoute, z } from '@hono/zod-openapi';
import { aiCosts, aiCostsCsv, COST_GROUPS, type CostGroup } from '../../admin/index.ts';
import { providerReadiness } from '../../ai/index.ts';
import { validationError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { jsonResponse, signedIn } from '../schemas.ts';
import { requireAdmin } from './admin.ts';

const DAY_MS = 86_400_000;
/** The longest report: a year and a day (a leap year). */
const MAX_DAYS = 366;
const CSV_ROWS = 10_000;

const Range = {
  from: z.iso.date().optional().openapi({ description: 'The first UTC day (YYYY-MM-DD); default 29 days before `to`.', example: '2026-11-01' }),
  to: z.iso.date().optional().openapi({ description: 'The last UTC day, included; default today.', example: '2026-11-30' }),
  groupBy: z.enum(COST_GROUPS).default('model').openapi({ description: 'model (provider:model), user (the person the calls were for) or day.' }),
};

const CostRowSchema = z
  .object({
    key: z.string().nullable().openapi({ description: '`provider:model`, the account id (null: background work nobody was signed in for), or the day.' }),
    label: z.string(),
    calls: z.number().int(),
    failedCalls: z.number().int(),
    inputTokens: z.number().int(),
    outputTokens: z.number().int(),
    costUsd: z.number(),
  })
  .openapi('AiCostRow');

const admin = (path: string, operationId: string, summary: string) => ({ method: 'get' as const, path, operationId, summary, tags: ['admin'], security: signedIn });

const routes = {
  providers: createRoute({
    ...admin('/api/admin/ai/providers', 'adminAiProviders', 'The model providers PageHub knows, and whether this server can call each (its key or address is set)'),
    responses: {
      200: jsonResponse('Providers', z.object({ providers: z.array(z.object({ name: z.string(), label: z.string(), isReady: z.boolean(), makesPictures: z.boolean() })) })),
      ...problemResponses(401, 404, 429),
    },
  }),
  costs: createRoute({
    ...admin('/api/admin/ai/costs', 'adminAiCosts', 'What model calls cost between two days, by model, person or day (most expensive first; days newest first)'),
    request: { query: z.object({ ...Range, cursor: z.string().regex(/^\d{1,7}$/).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
    responses: {
      200: jsonResponse(
        'The report',
        z.object({ groupBy: z.enum(COST_GROUPS), from: z.string(), to: z.string(), rows: z.array(CostRowSchema), nextCursor: z.string().nullable(), totals: z.object({ calls: z.number().int(), costUsd: z.number() }) }),
      ),
      ...problemResponses(400, 401, 404, 429),
    },
  }),
  costsCsv: createRoute({
    ...admin('/api/admin/ai/costs.csv', 'adminExportAiCosts', 'The same report as CSV (up to 10,000 rows; audited)'),
    request: { query: z.object(Range) },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problemResponses(400, 401, 404, 429) },
  }),
};

/** The report's days: defaults filled in, refused when backwards or longer than a year. */
function reportDays(query: { from?: string | undefined; to?: string | undefined }, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(`${query.to}T00:00:00Z`) : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(to.getTime() - 29 * DAY_MS);
  if (from > to) throw validationError([{ path: 'query/from', message: 'The first day comes after the last day. Swap them.' }]);
  if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_DAYS) throw validationError([{ path: 'query/from', message: 'A report covers at most a year. Choose a later first day.' }]);
  return { from, to };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export const registerAdminAiRoutes: Router = (app, { database, clock, config }) => {
  const { db } = database;

  app.openapi(routes.providers, async (c) => {
    requireAdmin(c);
    return c.json({ providers: providerReadiness(config) }, 200);
  });

  app.openapi(routes.costs, async (c) => {
    requireAdmin(c);
    const query = c.req.valid('query');
    const { from, to } = reportDays(query, clock());
    const report = await aiCosts(db, { groupBy: query.groupBy, from, to, offset: query.cursor ? Number(query.cursor) : 0, limit: query.limit });
    return c.json({ groupBy: query.groupBy, from: day(from), to: day(to), rows: report.rows, nextCursor: report.nextOffset === null ? null : String(report.nextOffset), totals: report.totals }, 200);
  });

  app.openapi(routes.costsCsv, async (c) => {
    requireAdmin(c);
    const query = c.req.valid('query');
    const { from, to } = reportDays(query, clock());
    const groupBy: CostGroup = query.groupBy;
    const report = await aiCosts(db, { groupBy, from, to, limit: CSV_ROWS });
    await auditRequest(c, db, { siteId: null, action: 'admin.ai.costs.export', target: null, details: { groupBy, from: day(from), to: day(to), rows: report.rows.length } });
    const fileName = `pagehub-ai-costs-by-${groupBy}-${day(from)}-to-${day(to)}.csv`;
    return c.body(aiCostsCsv(groupBy, report.rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` });
  });
};
