// The site's inbox of visitors' messages, for its editors and owners (viewers get 403 naming the role): marking a
// message read or unread, exporting them all as CSV, and each member's own choice of how they hear of new ones.
// Listing and deleting messages, and the visitors' side, are in forms.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { appError } from '../../errors.ts';
import { LEAD_MAIL_MODES, submissionsCsv } from '../../publish/index.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';
import { SubmissionSchema, submissionJson } from './forms.ts';

const SubmissionParams = SiteIdParams.extend({ submissionId: z.string().regex(/^\d{1,15}$/, 'A submission id is a number') });

const markRoute = createRoute({
  method: 'patch', path: '/api/sites/{id}/submissions/{submissionId}', tags: ['forms'], operationId: 'markFormSubmission', security: signedIn, summary: 'Mark a visitor’s message read or unread (editors and owners)',
  request: { params: SubmissionParams, body: jsonBody(z.object({ read: z.boolean() }).strict()) },
  responses: { 200: jsonResponse('The message as it is now', z.object({ submission: SubmissionSchema })), ...problemResponses(400, 401, 403, 404) },
});

const exportRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/submissions.csv', tags: ['forms'], operationId: 'exportFormSubmissions', security: signedIn, summary: 'Every visitor’s message as a CSV file (editors and owners)',
  description: 'RFC 4180 CSV in UTF-8 with a byte order mark: one row per message, newest first; the columns are every field name any message used, then "Received (UTC)" and "Read". Cells that start with = + - or @ get a leading apostrophe so spreadsheets never run them as formulas.',
  request: { params: SiteIdParams },
  responses: { 200: { description: 'The file', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problemResponses(401, 403, 404) },
});

const LeadNotifications = z
  .object({
    leadMail: z.enum(LEAD_MAIL_MODES).openapi({ description: 'instant: a mail for each message; daily: one summary a day of the unread ones; off: none' }),
    isDefault: z.boolean().openapi({ description: 'True while the member has not chosen (owners start at instant, editors at off)' }),
  })
  .openapi('LeadNotifications');

const getNotificationsRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/lead-notifications', tags: ['forms'], operationId: 'getLeadNotifications', security: signedIn, summary: 'How the caller hears of visitors’ messages to this site (editors and owners)',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('The caller’s setting', LeadNotifications), ...problemResponses(401, 403, 404) },
});

const putNotificationsRoute = createRoute({
  method: 'put', path: '/api/sites/{id}/lead-notifications', tags: ['forms'], operationId: 'setLeadNotifications', security: signedIn, summary: 'Choose how the caller hears of visitors’ messages to this site (editors and owners)',
  request: { params: SiteIdParams, body: jsonBody(z.object({ leadMail: z.enum(LEAD_MAIL_MODES) }).strict()) },
  responses: { 200: jsonResponse('The caller’s setting now', LeadNotifications), ...problemResponses(400, 401, 403, 404) },
});

/** A file name people recognise: the site's address and the day. */
function exportFileName(subdomain: string, now: Date): string {
  return `messages-${subdomain.replace(/[^a-z0-9-]/g, '')}-${now.toISOString().slice(0, 10)}.csv`;
}

export const registerInboxRoutes: Router = (app, deps) => {
  const { sites, database } = deps;

  app.openapi(markRoute, async (c) => {
    const { id, submissionId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor');
    const marked = await site.submissions.mark(submissionId, c.req.valid('json').read);
    if (!marked) throw appError('NOT_FOUND', `Site "${id}" has no form submission ${submissionId}.`);
    return c.json({ submission: submissionJson(marked, await site.submissions.liveForms()) }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor');
    const submissions = await site.submissions.export();
    await auditRequest(c, database.db, { siteId: id, action: 'form-submission.export', target: String(submissions.length) });
    return c.body(submissionsCsv(submissions), 200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${exportFileName(site.row.subdomain, new Date())}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  app.openapi(getNotificationsRoute, async (c) => {
    const site = await sites.forSite(c, c.req.valid('param').id, 'editor');
    return c.json(await site.submissions.leadMail(), 200);
  });

  app.openapi(putNotificationsRoute, async (c) => {
    const site = await sites.forSite(c, c.req.valid('param').id, 'editor');
    await site.submissions.setLeadMail(c.req.valid('json').leadMail);
    return c.json(await site.submissions.leadMail(), 200);
  });
};
