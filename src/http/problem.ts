// The one place errors become responses: RFC 9457 application/problem+json, for AppError, Zod errors, Hono's
// HTTPException (malformed JSON, wrong media type, …) and anything unexpected (500, logged, no stack sent).
import { z } from '@hono/zod-openapi';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, fieldErrorsFromZod, validationError, type ErrorCode } from '../errors.ts';
import type { ErrorLog } from '../admin/index.ts';
import type { Logger } from '../logger.ts';
import type { AppContext, AppEnv } from './app-env.ts';
import { routeTemplate } from './route-template.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'requestId', 'errors']);

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() }).openapi('FieldError');

/** SAMPLES_LEFT lists them: an example PageHub wrote that is still on the site (findSamples in src/site). */
const SampleItemSchema = z
  .object({
    pageId: z.string(),
    pageTitle: z.string(),
    sectionId: z.string(),
    sectionLabel: z.string().openapi({ example: 'Testimonials' }),
    path: z.string().openapi({ description: 'JSON Pointer of the item in the document.' }),
    name: z.string().openapi({ example: 'Jordan P.' }),
  })
  .openapi('SampleItem');

/** ALT_TEXT_MISSING lists them: a picture on the site without a description (findPicturesWithoutAlt in src/site). */
const PictureWithoutAltSchema = z
  .object({
    pageId: z.string(),
    pageTitle: z.string(),
    sectionId: z.string(),
    sectionLabel: z.string().openapi({ example: 'Hero' }),
    path: z.string().openapi({ description: 'JSON Pointer of the picture’s `alt` in the document.' }),
    src: z.string().openapi({ example: 'asset:0f3c…' }),
  })
  .openapi('PictureWithoutAlt');

/** PLAN_LIMIT names it: what the plan includes of a feature, what is used, and the cheapest plan that allows more. */
const PlanLimitSchema = z
  .object({
    feature: z.string().openapi({ example: 'customDomains' }),
    included: z.union([z.number().int(), z.boolean()]).openapi({ description: 'The ceiling (a number) or whether the plan has the feature (branch previews).' }),
    used: z.number().int(),
    plan: z.string().openapi({ example: 'free' }),
    upgrade: z.object({ plan: z.string(), name: z.string(), included: z.union([z.number().int(), z.boolean()]).nullable() }).nullable().openapi({ description: 'null: no plan on sale allows more.' }),
  })
  .openapi('PlanLimit');

export const ProblemSchema = z
  .looseObject({
    type: z.url().openapi({ example: 'https://pagehub.dev/errors/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
    instance: z.string().openapi({ example: '/api/sites' }),
    requestId: z.string(),
    errors: z.array(FieldErrorSchema).optional(),
    samples: z.array(SampleItemSchema).optional().openapi({ description: 'SAMPLES_LEFT: the samples still on the site.' }),
    pictures: z.array(PictureWithoutAltSchema).optional().openapi({ description: 'ALT_TEXT_MISSING: the pictures without a description.' }),
    limit: PlanLimitSchema.optional().openapi({ description: 'PLAN_LIMIT: what the plan includes and the plan that allows more.' }),
    standing: z.enum(['good', 'grace', 'read-only', 'paused']).optional().openapi({ description: 'ACCOUNT_READ_ONLY: the account’s standing.' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details; extra members depend on `code`.' });

/** `responses: { 200: …, ...problemResponses(400, 401, 404) }` in a createRoute() call. */
export function problemResponses<Status extends number>(...statuses: Status[]) {
  const content = { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } };
  return Object.fromEntries(statuses.map((status) => [status, { description: `Problem (${status})`, content }])) as Record<Status, { description: string; content: typeof content }>;
}

export function problemType(code: ErrorCode): string {
  return `https://pagehub.dev/errors/${code.toLowerCase().replaceAll('_', '-')}`;
}

export function problemResponse(c: AppContext, error: AppError): Response {
  const extra = Object.fromEntries(Object.entries(error.extra ?? {}).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
  const body = {
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...(error.errors ? { errors: error.errors } : {}),
    ...extra,
  };
  return c.body(JSON.stringify(body), error.status, { 'content-type': PROBLEM_CONTENT_TYPE, ...error.headers });
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

function isZodError(error: unknown): error is z.ZodError {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as z.ZodError).issues);
}

function fromHttpException(error: HTTPException): AppError {
  if (error.status === 400 && /malformed json/i.test(error.message)) return new AppError('MALFORMED_JSON', { cause: error });
  const code = CODE_BY_STATUS[error.status] ?? (error.status < 500 ? 'BAD_REQUEST' : 'INTERNAL');
  return new AppError(code, { cause: error });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isZodError(error)) return validationError(fieldErrorsFromZod(error.issues));
  if (error instanceof HTTPException) return fromHttpException(error);
  return new AppError('INTERNAL', { cause: error });
}

/** The answer waits this long at most for the error log (a database in trouble must not hold error answers back). */
const RECORDING_WAIT_MS = 1_000;

async function atMost(milliseconds: number, work: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, milliseconds)))]);
  clearTimeout(timer);
}

/**
 * app.onError: every thrown error ends here. Server faults are logged with their stack and recorded in the error
 * log (by route template, with the request id and the ids of who and which site); the client gets no stack.
 */
export function createErrorHandler(fallbackLogger: Logger, errorLog?: ErrorLog): ErrorHandler<AppEnv> {
  return async (error, c) => {
    const problem = toAppError(error);
    if (problem.status >= 500) {
      (c.get('logger') ?? fallbackLogger).error({ err: error, path: c.req.path }, `${problem.code}: ${error.message}`);
      const route = `${c.req.method} ${routeTemplate(c) ?? 'unmatched'}`;
      const context = { code: problem.code, userId: c.get('user')?.id, siteId: c.get('siteAccess')?.siteId };
      if (errorLog) await atMost(RECORDING_WAIT_MS, errorLog.record({ source: 'http', error, route, requestId: c.get('requestId') ?? null, context }));
    }
    return problemResponse(c, problem);
  };
}

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new AppError('NOT_FOUND', { detail: `Nothing answers ${c.req.method} ${c.req.path}. See GET /api/openapi.json for every route.` }));

const LOCATIONS: Record<string, string> = { json: 'body', form: 'body', query: 'query', param: 'params', header: 'headers', cookie: 'cookies' };

/** OpenAPIHono's defaultHook: a request that fails its route's schemas becomes 400 VALIDATION_FAILED. */
export function validationHook(result: { target: string } & ({ success: true } | { success: false; error: z.ZodError })): void {
  if (!result.success) throw validationError(fieldErrorsFromZod(result.error.issues, LOCATIONS[result.target] ?? result.target));
}
