import { createRoute, z } from '@hono/zod-openapi';
import { asSystem } from '../../system-actor.ts';
import { appError, validationError, type AppError } from '../../errors.ts';
import {
  checkSubmission,
  FORM_PAGE_HEADERS,
  invalidSubmissionPage,
  notSentPage,
  submissionMail,
  thankYouPage,
  type FormLook,
  type LiveForm,
  type StoredSubmission,
} from '../../publish/index.ts';
import type { AppContext, Router, RouterDeps } from '../app-env.ts';
import type { SystemAccess } from '../site-handle.ts';
import { auditRequest } from '../audit.ts';
import { clientIp } from '../client-ip.ts';
import { isJsonContentType, readFormEntries, refuseDeclaredOversize } from '../form-body.ts';
import type { RateLimitPolicy } from '../middleware/rate-limit-policies.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { problemResponses, toAppError } from '../problem.ts';
import { everyone, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

/** A site as a visitor's form post reaches it (system access). */
type VisitorSite = ReturnType<SystemAccess['site']>;

/** Visitors' submissions per IP per site. */
export const DEFAULT_FORM_RATE_LIMIT: RateLimitPolicy = { points: 5, duration: 60 };
/** Largest form body read, in bytes. */
export const MAX_FORM_BODY_BYTES = 64 * 1024;

const FieldsBody = { type: 'object', additionalProperties: { type: 'string' }, description: "The form's fields by name; unknown names are dropped. `_hp` is the honeypot: leave it empty." } as const;

const submitRoute = createRoute({
  method: 'post', path: '/api/forms/{siteId}/{formId}', tags: ['forms'], operationId: 'submitForm', security: everyone, summary: "A visitor sends a published contact form (no sign-in); `formId` is the form section's id",
  description: 'Browsers (Accept: text/html) get a thank-you page, or a page saying what to correct; API clients get JSON and problem+json. At most 64 KB, 5,000 characters per field and 20,000 in all; 5 submissions a minute per IP and site.',
  request: {
    params: z.object({ siteId: z.string().openapi({ param: { name: 'siteId', in: 'path' } }), formId: z.string().openapi({ param: { name: 'formId', in: 'path' } }) }),
    body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: FieldsBody }, 'multipart/form-data': { schema: FieldsBody }, 'application/json': { schema: FieldsBody } } },
  },
  responses: {
    200: {
      description: 'Received (also answered, identically, when the honeypot is filled — nothing is stored then)',
      content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: z.object({ received: z.literal(true), message: z.string() }) } },
    },
    ...problemResponses(400, 404, 413, 415, 429),
  },
});

const SubmissionSchema = z
  .object({ id: z.string(), formId: z.string(), data: z.record(z.string(), z.string()), ip: z.string().nullable(), userAgent: z.string().nullable(), createdAt: z.string() })
  .openapi('FormSubmission');

const listRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/submissions', tags: ['forms'], operationId: 'listFormSubmissions', security: signedIn, summary: "The site's form submissions, newest first (editors and owners)",
  request: {
    params: SiteIdParams,
    query: z.object({
      formId: z.string().max(100).optional().openapi({ description: 'Only this form (its section id)' }),
      cursor: z.string().regex(/^\d{1,15}$/, 'Pass the nextCursor of the previous page').optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: { 200: jsonResponse('Submissions', z.object({ submissions: z.array(SubmissionSchema), nextCursor: z.string().nullable() })), ...problemResponses(400, 401, 404) },
});

const deleteRoute = createRoute({
  method: 'delete', path: '/api/sites/{id}/submissions/{submissionId}', tags: ['forms'], operationId: 'deleteFormSubmission', security: signedIn, summary: 'Delete a form submission (owners)',
  request: { params: SiteIdParams.extend({ submissionId: z.string().regex(/^\d{1,15}$/, 'A submission id is a number') }) },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404) },
});

/** Browsers get pages, API clients JSON: by Accept, else by how the body was sent. */
function prefersHtml(c: AppContext): boolean {
  const accept = (c.req.header('accept') ?? '').toLowerCase();
  if (accept.includes('text/html')) return true;
  if (accept.includes('json')) return false;
  return !isJsonContentType(c.req.header('content-type'));
}

/** The page the form was sent from when it is on this host (path only), else the home page. */
function pageOfForm(c: AppContext): { href: string; url: string | null } {
  const referer = c.req.header('referer');
  if (!referer) return { href: '/', url: null };
  try {
    const from = new URL(referer);
    const here = new URL(c.req.url);
    if (from.host !== here.host || (from.protocol !== 'http:' && from.protocol !== 'https:')) return { href: '/', url: null };
    return { href: `${from.pathname}${from.search}`, url: `${from.origin}${from.pathname}` };
  } catch {
    return { href: '/', url: null };
  }
}

function submissionJson(submission: StoredSubmission) {
  return { ...submission, createdAt: submission.createdAt.toISOString() };
}

/** A problem as a page a person can act on. */
function problemPage(problem: AppError, look: FormLook | undefined, backHref: string): string {
  switch (problem.code) {
    case 'VALIDATION_FAILED':
      return invalidSubmissionPage(look, problem.errors ?? [{ path: 'body', message: problem.detail }], backHref);
    case 'FORM_NOT_FOUND':
      return notSentPage(look, { title: 'This form is not available', explanation: problem.detail }, backHref);
    case 'RATE_LIMITED':
      return notSentPage(look, { title: 'Please wait a moment', explanation: `You sent several messages in a short time, so this one was not sent. Wait ${problem.headers?.['Retry-After'] ?? '60'} seconds, then go back and send it again.` }, backHref);
    case 'PAYLOAD_TOO_LARGE':
      return notSentPage(look, { title: 'Your message is too long', explanation: `Your message was not sent. ${problem.detail}` }, backHref);
    default:
      return notSentPage(look, { title: 'Your message was not sent', explanation: problem.status >= 500 ? 'Something went wrong on our side. Wait a minute, then go back and send it again.' : problem.detail }, backHref);
  }
}

export const registerFormRoutes: Router = (app, deps) => {
  const { database, sites, config } = deps;
  const { db } = database;
  const limiter = createLimiter(database, 'form-ip', deps.formRateLimit ?? DEFAULT_FORM_RATE_LIMIT);

  /** Tells the owners, after the answer: a mail that fails is logged, and the submission is kept regardless. */
  const notifyOwners = (site: VisitorSite, form: LiveForm, submission: StoredSubmission, pageUrl: string | null, requestLogger: RouterDeps['logger']) => {
    const mailer = deps.mailer;
    if (!mailer || !config.SMTP_URL) return;
    void (async () => {
      const recipients = await site.members.ownerEmails();
      const results = await Promise.allSettled(recipients.map((to) => mailer.send(submissionMail(form, submission, to, { pageUrl, dashboardUrl: config.publicUrl }))));
      const failed = results.filter((result) => result.status === 'rejected');
      if (failed.length > 0) requestLogger.warn({ siteId: form.siteId, submissionId: submission.id, err: failed[0]?.reason }, `Could not mail ${failed.length} of ${recipients.length} owners about form submission ${submission.id}; it is stored`);
    })().catch((error: unknown) => requestLogger.warn({ err: error, siteId: form.siteId, submissionId: submission.id }, 'Could not mail the owners about a form submission; it is stored'));
  };

  app.openapi(submitRoute, async (c) => {
    const isBrowser = prefersHtml(c);
    const { siteId, formId } = c.req.valid('param');
    const back = pageOfForm(c);
    let form: LiveForm | undefined;
    // Visitors are nobody's members: the site's live forms, and storing what they send, are system access.
    const site = sites.forSystem(c, asSystem('a visitor posts a published form')).site(siteId);
    try {
      form = await site.forms.find(formId);
      refuseDeclaredOversize(c.req.raw, MAX_FORM_BODY_BYTES);
      const ip = clientIp(c);
      await consumeOrThrow(limiter, `${siteId}:${ip ?? 'unknown'}`);
      const check = checkSubmission(form, await readFormEntries(c.req, MAX_FORM_BODY_BYTES));
      if (check.kind === 'invalid') throw validationError(check.errors, 'Some fields of the form are missing or invalid, so the message was not sent. Correct the fields listed in `errors` and send it again.');
      if (check.kind === 'spam') {
        c.get('logger').info({ siteId, formId }, 'Form submission with the honeypot filled: answered as received, not stored');
      } else {
        const submission = await site.submissions.store({ formId, data: check.data, ip, userAgent: c.req.header('user-agent') ?? null });
        notifyOwners(site, form, submission, back.url, c.get('logger'));
      }
      if (!isBrowser) return c.json({ received: true as const, message: form.successMessage }, 200, FORM_PAGE_HEADERS);
      return c.html(thankYouPage(form, back.href), 200, FORM_PAGE_HEADERS);
    } catch (error) {
      if (!isBrowser) throw error;
      const problem = toAppError(error);
      if (problem.status >= 500) c.get('logger').error({ err: error, path: c.req.path }, `${problem.code}: ${problem.message}`);
      return c.html(problemPage(problem, form, back.href), problem.status, { ...FORM_PAGE_HEADERS, ...problem.headers });
    }
  });

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    // Visitors' names, emails and messages are for the people who answer them: viewers don't see that the list exists.
    const site = await sites.forSite(c, id, 'editor', { hiddenFor: ['viewer'] });
    const { formId, cursor, limit } = c.req.valid('query');
    const page = await site.submissions.list({ formId, cursor, limit });
    return c.json({ submissions: page.submissions.map(submissionJson), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { id, submissionId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner', { hiddenFor: ['viewer'] });
    const deleted = await site.submissions.delete(submissionId);
    if (!deleted) throw appError('NOT_FOUND', `Site "${id}" has no form submission ${submissionId}.`);
    await auditRequest(c, db, { siteId: id, action: 'form-submission.delete', target: submissionId, details: { formId: deleted.formId } });
    return c.body(null, 204);
  });
};
