import { createRoute, z } from '@hono/zod-openapi';
import { asSystem } from '../../system-actor.ts';
import { appError, validationError, type AppError } from '../../errors.ts';
import {
  checkSubmission,
  FORM_PAGE_HEADERS,
  invalidSubmissionPage,
  notSentPage,
  inboxUrl,
  submissionMail,
  thankYouPage,
  THANKS_PATH,
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
  description: 'Browsers (Accept: text/html) are sent on (303 See Other) to the thank-you page on the same host (`/thanks/`: the site\'s own page there, else PageHub\'s in the site\'s style), or get a page saying what to correct; API clients get JSON and problem+json. At most 64 KB, 5,000 characters per field and 20,000 in all; 5 submissions a minute per IP and site.',
  request: {
    params: z.object({ siteId: z.string().openapi({ param: { name: 'siteId', in: 'path' } }), formId: z.string().openapi({ param: { name: 'formId', in: 'path' } }) }),
    body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: FieldsBody }, 'multipart/form-data': { schema: FieldsBody }, 'application/json': { schema: FieldsBody } } },
  },
  responses: {
    200: {
      description: 'Received, for API clients (also answered, identically, when the honeypot is filled — nothing is stored then)',
      content: { 'application/json': { schema: z.object({ received: z.literal(true), message: z.string() }) } },
    },
    303: { description: "Received, for browsers: on to the page the form names (its `thanksPage`), else the thank-you page of the same host (`Location: /thanks/?from=<the page of the form>`)" },
    ...problemResponses(400, 404, 413, 415, 429),
  },
});

const thanksRoute = createRoute({
  method: 'get', path: '/api/forms/{siteId}/thanks', tags: ['forms'], operationId: 'formThanksPage', security: everyone, summary: "The thank-you page in the site's style, for a site without its own `/thanks/` page",
  description: 'The site server answers `/thanks/` on a published site\'s host with this when the site has no page of its own there. It shows the success message of the form on the page `from` (else of the site\'s first form) and links back to that page.',
  request: {
    params: z.object({ siteId: z.string().openapi({ param: { name: 'siteId', in: 'path' } }) }),
    query: z.object({ from: z.string().max(2000).optional().openapi({ description: 'The path of the page the form was sent from' }) }),
  },
  responses: { 200: { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } }, 404: { description: 'The site is not published or has no form', content: { 'text/html': { schema: { type: 'string' } } } } },
});

export const SubmissionSchema = z
  .object({
    id: z.string(),
    formId: z.string(),
    data: z.record(z.string(), z.string()),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    createdAt: z.string(),
    read: z.boolean().openapi({ description: 'Whether a member marked it read' }),
    readAt: z.string().nullable(),
    place: z.string().nullable().openapi({ description: 'Where the form is on the live site, in words ("Contact — Send us a message"); null when it is no longer published' }),
  })
  .openapi('FormSubmission');

const listRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/submissions', tags: ['forms'], operationId: 'listFormSubmissions', security: signedIn, summary: "The site's form submissions, newest first (editors and owners; 403 for viewers)",
  request: {
    params: SiteIdParams,
    query: z.object({
      formId: z.string().max(100).optional().openapi({ description: 'Only this form (its section id)' }),
      cursor: z.string().regex(/^\d{1,15}$/, 'Pass the nextCursor of the previous page').optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: { 200: jsonResponse('Submissions', z.object({ submissions: z.array(SubmissionSchema), nextCursor: z.string().nullable() })), ...problemResponses(400, 401, 403, 404) },
});

const deleteRoute = createRoute({
  method: 'delete', path: '/api/sites/{id}/submissions/{submissionId}', tags: ['forms'], operationId: 'deleteFormSubmission', security: signedIn, summary: 'Delete a form submission (owners; editors and viewers get 403)',
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

/** A form's place in words: its page's title and its heading. */
export function placeOf(form: LiveForm | undefined): string | null {
  if (!form) return null;
  return form.heading && form.heading !== form.pageTitle ? `${form.pageTitle} — ${form.heading}` : form.pageTitle || null;
}

export function submissionJson(submission: StoredSubmission, forms: ReadonlyMap<string, LiveForm>) {
  return { ...submission, createdAt: submission.createdAt.toISOString(), read: submission.readAt !== null, readAt: submission.readAt?.toISOString() ?? null, place: placeOf(forms.get(submission.formId)) };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what a path may not hold
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A path on the same host, from a query parameter: anything else (another host, `//x`, a backslash) is the home page. */
function samePath(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !CONTROL_CHARACTER.test(value) ? value : '/';
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

  /**
   * Tells the owners and editors who asked for a mail per message, after the answer (through SMTP, or the log when
   * no SMTP server is set): a mail that fails is logged, and the submission is kept regardless. Members who chose
   * the daily summary hear of it from sendLeadDigests.
   */
  const notifyMembers = (site: VisitorSite, form: LiveForm, submission: StoredSubmission, pageUrl: string | null, requestLogger: RouterDeps['logger']) => {
    const mailer = deps.mailer;
    if (!mailer) return;
    void (async () => {
      const recipients = await site.members.instantLeadRecipients();
      const link = inboxUrl(config.publicUrl, form.siteId);
      const results = await Promise.allSettled(recipients.map((to) => mailer.send(submissionMail(form, submission, to, { pageUrl, dashboardUrl: config.publicUrl, inboxUrl: link }))));
      const failed = results.filter((result) => result.status === 'rejected');
      if (failed.length > 0) requestLogger.warn({ siteId: form.siteId, submissionId: submission.id, err: failed[0]?.reason }, `Could not mail ${failed.length} of ${recipients.length} members about form submission ${submission.id}; it is stored`);
    })().catch((error: unknown) => requestLogger.warn({ err: error, siteId: form.siteId, submissionId: submission.id }, 'Could not mail the members about a form submission; it is stored'));
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
        notifyMembers(site, form, submission, back.url, c.get('logger'));
      }
      if (!isBrowser) return c.json({ received: true as const, message: form.successMessage }, 200, FORM_PAGE_HEADERS);
      // Post/Redirect/Get: a reload of the thank-you page does not send the message again.
      const thanks = form.thanksHref ?? `${THANKS_PATH}?${new URLSearchParams({ from: back.href }).toString()}`;
      return c.body(null, 303, { ...FORM_PAGE_HEADERS, location: thanks });
    } catch (error) {
      if (!isBrowser) throw error;
      const problem = toAppError(error);
      if (problem.status >= 500) c.get('logger').error({ err: error, path: c.req.path }, `${problem.code}: ${problem.message}`);
      return c.html(problemPage(problem, form, back.href), problem.status, { ...FORM_PAGE_HEADERS, ...problem.headers });
    }
  });

  app.openapi(thanksRoute, async (c) => {
    const { siteId } = c.req.valid('param');
    const from = samePath(c.req.valid('query').from);
    const forms = [...(await sites.forSystem(c, asSystem('a visitor opens the thank-you page of a published site')).site(siteId).forms.all()).values()];
    const form = forms.find((candidate) => candidate.pagePath === from.split('?')[0]) ?? forms[0];
    if (!form) return c.html(notSentPage(undefined, { title: 'Nothing was sent from here', explanation: 'This site takes no messages at the moment.' }, '/'), 404, FORM_PAGE_HEADERS);
    return c.html(thankYouPage(form, from), 200, FORM_PAGE_HEADERS);
  });

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    // Visitors' names, emails and messages are for the people who answer them: viewers are refused, naming the role.
    const site = await sites.forSite(c, id, 'editor');
    const { formId, cursor, limit } = c.req.valid('query');
    const [page, forms] = await Promise.all([site.submissions.list({ formId, cursor, limit }), site.submissions.liveForms()]);
    return c.json({ submissions: page.submissions.map((submission) => submissionJson(submission, forms)), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { id, submissionId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    const deleted = await site.submissions.delete(submissionId);
    if (!deleted) throw appError('NOT_FOUND', `Site "${id}" has no form submission ${submissionId}.`);
    await auditRequest(c, db, { siteId: id, action: 'form-submission.delete', target: submissionId, details: { formId: deleted.formId } });
    return c.body(null, 204);
  });
};
