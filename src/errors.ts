// The one error catalog. Every error PageHub reports to a client has a permanent code here — names are
// permanent: never rename or reuse one, add a new code instead. Each entry says what happened, why, and what
// to do. src/http/problem.ts is the only place that turns them into responses (RFC 9457 problem+json).
import type { z } from 'zod';

export interface ErrorDefinition {
  /** HTTP status the error is answered with. */
  readonly status: 400 | 401 | 402 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;
  /** Short, constant summary of the kind of problem (RFC 9457 `title`). */
  readonly title: string;
  /** Default `detail`: what happened, why, and what to do about it. */
  readonly message: string;
}

export const ERRORS = {
  BAD_REQUEST: {
    status: 400,
    title: 'Bad request',
    message: 'The request could not be understood. Check the method, the URL and the headers against GET /api/openapi.json.',
  },
  MALFORMED_JSON: {
    status: 400,
    title: 'Malformed JSON',
    message: 'The request body is not valid JSON, so nothing was changed. Send a JSON document with Content-Type: application/json.',
  },
  VALIDATION_FAILED: {
    status: 400,
    title: 'Validation failed',
    message: 'Some fields of the request are missing or invalid, so nothing was changed. Correct the fields listed in `errors` and retry.',
  },
  INVALID_DOCUMENT: {
    status: 422,
    title: 'Invalid document',
    message: 'The change would leave the site document invalid, so nothing was stored. Fix the problems listed in `errors` and retry.',
  },
  UNAUTHENTICATED: {
    status: 401,
    title: 'Sign-in required',
    message: 'This needs a signed-in account and the request carries no valid session. Sign in (POST /api/auth/sign-in/email or a magic link) and retry.',
  },
  FORBIDDEN: {
    status: 403,
    title: 'Not allowed',
    message: 'Your account is signed in but does not have the role this action needs. Ask an owner of the site (or a platform admin) for access.',
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    message: 'Nothing exists at this address, or you do not have access to it. Check the URL and the id.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: 'Method not allowed',
    message: 'This address does not accept this HTTP method. See GET /api/openapi.json for the methods it accepts.',
  },
  CONFLICT: {
    status: 409,
    title: 'Conflict',
    message: 'The request conflicts with the current state, so nothing was changed. Reload the current state and retry.',
  },
  EDIT_CONFLICT: {
    status: 409,
    title: 'Someone else changed the same thing',
    message:
      'Someone else changed the same part of the site while you were editing it, so your change was not saved. Look at their version and yours, choose what to keep, and make your change again.',
  },
  ALT_TEXT_MISSING: {
    status: 409,
    title: 'Pictures without a description',
    message:
      'Some pictures on the site have no description (listed in `pictures`, each with the JSON Pointer of its `alt`). People who can’t see a picture hear its description, so every picture needs one before the site goes live. Nothing was published.',
  },
  SAMPLES_LEFT: {
    status: 409,
    title: 'Samples left on the site',
    message:
      'The site still shows examples PageHub wrote (listed in `samples`): sample testimonials, example prices or services. Replace or remove them, or publish anyway with `confirmSamples: true`. Nothing was published.',
  },
  SUBDOMAIN_TAKEN: {
    status: 409,
    title: 'Subdomain taken',
    message: 'Another site already uses this subdomain. Choose another one.',
  },
  INVITE_INVALID: {
    status: 404,
    title: 'Invite link not valid',
    message: 'This invite link is not one PageHub issued. Check that the whole link was copied, or ask the site owner for a new one.',
  },
  INVITE_EXPIRED: {
    status: 410,
    title: 'Invite link expired',
    message: 'This invite link has expired. Ask the site owner for a new one.',
  },
  INVITE_USED_UP: {
    status: 410,
    title: 'Invite link used up',
    message: 'This invite link has been used as many times as its owner allowed. Ask the site owner for a new one.',
  },
  INVITE_REVOKED: {
    status: 410,
    title: 'Invite link revoked',
    message: 'The site owner revoked this invite link. Ask them for a new one.',
  },
  INVITE_WRONG_ACCOUNT: {
    status: 403,
    title: 'Invitation for another address',
    message: 'This invitation was sent to another email address, so it was not used. Sign in with the address it was sent to and open the link again.',
  },
  LAST_OWNER: {
    status: 409,
    title: 'Last owner',
    message: 'A site must keep at least one owner. Make another member an owner first.',
  },
  ACCOUNT_SITES_UNDECIDED: {
    status: 409,
    title: 'Sites need a decision',
    message: 'You are the only owner of some sites, so the account was not deleted. For each site listed in `errors`, choose a member to hand it to or delete it, then try again.',
  },
  FORM_NOT_FOUND: {
    status: 404,
    title: 'Form not found',
    message: 'The published site has no form at this address, so the message was not sent. The page may have changed since it was loaded: reload it and send the form again.',
  },
  HOSTNAME_TAKEN: {
    status: 409,
    title: 'Hostname taken',
    message: 'This hostname is already verified for another PageHub site. If the domain is yours, ask that site\'s owner to detach it, or change its TXT record and check again.',
  },
  DOMAIN_ALREADY_ADDED: {
    status: 409,
    title: 'Domain already added',
    message: 'This hostname is already attached to this site. List the site\'s domains to see its records and state.',
  },
  DOMAIN_LIMIT: {
    status: 409,
    title: 'Too many domains',
    message: 'This site has as many custom domains as a site may have. Detach one before adding another.',
  },
  AI_LIMIT_REACHED: {
    status: 429,
    title: 'AI allowance used up',
    message: 'You have used your AI requests for this hour. Wait for the number of seconds in the Retry-After header; changes by hand are not limited.',
  },
  AI_BUDGET_EXHAUSTED: {
    status: 429,
    title: 'AI budget reached for today',
    message: "PageHub has reached today's spending limit for AI models, so AI requests pause until midnight UTC. Changes by hand still work; an operator can raise the budget.",
  },
  AI_MODEL_REQUIRED: {
    status: 422,
    title: 'The AI assistant is off',
    message: "This needs the AI assistant, which isn't switched on here — you can make the change yourself in the editor. `open` names the part of the site to open; `intent` is how the request was read.",
  },
  AI_OUTPUT_REJECTED: {
    status: 422,
    title: 'AI change refused',
    message: 'The AI proposed a change that failed validation even after being corrected, so nothing was changed. Rephrase the request, or make the change by hand. `errors` lists what was wrong.',
  },
  AI_GENERATION_REJECTED: {
    status: 422,
    title: 'Generated site refused',
    message: 'The AI model wrote a site that failed validation even after being corrected, so nothing was created. Try again, or rephrase the description. `errors` lists what was wrong.',
  },
  AI_CONFIRMATION_REQUIRED: {
    status: 409,
    title: 'Confirmation required',
    message: 'This change deletes content (for example a whole page). Nothing was changed: send the same request again with "confirm": true to go ahead.',
  },
  AI_PROVIDER_UNAVAILABLE: {
    status: 503,
    title: 'AI provider unavailable',
    message: 'The AI provider did not answer after several attempts (rate-limited, failing or too slow), so nothing was changed. Retry in a minute.',
  },
  AI_MODEL_UNUSABLE: {
    status: 422,
    title: 'Model can’t be used',
    message: 'A model chosen for an AI role can’t be called by this server (the name is not understood, the provider is unknown, or the server has no key for it), so no setting was changed. Fix the fields listed in `errors`, or keep the model in use.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: 'Payload too large',
    message: 'The request body is larger than the server accepts, so it was not read. Send a smaller body.',
  },
  FILE_TOO_LARGE: {
    status: 413,
    title: 'File too large',
    message: 'The uploaded file is larger than PageHub accepts, so nothing was stored. Upload a smaller copy.',
  },
  IMAGE_REFUSED: {
    status: 422,
    title: 'Picture refused',
    message: 'The uploaded file is not a picture PageHub can use (or it is damaged), so nothing was stored. Upload a JPEG, PNG, WebP, AVIF or GIF.',
  },
  ASSET_IN_USE: {
    status: 409,
    title: 'Picture in use',
    message: 'This picture is used on the site, so it was not deleted. Replace it where it is used (listed in `usedIn`) and delete it again.',
  },
  PICTURE_NOT_READY: {
    status: 409,
    title: 'Picture still being prepared',
    message: 'A picture the site shows is still being prepared, so nothing was published. Try again in a moment.',
  },
  JSON_TOO_DEEP: {
    status: 422,
    title: 'JSON nested too deeply',
    message: 'The request body nests arrays and objects more deeply than PageHub accepts, so it was not read and nothing was changed. Send a flatter document.',
  },
  CROSS_ORIGIN_REQUEST: {
    status: 403,
    title: 'Request from another site refused',
    message: 'This request changes something but did not come from the PageHub editor (its Origin or Referer is missing or belongs to another site), so it was refused to protect your account. Make the change from the editor; API clients send an Origin header with the address PageHub is served at.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    message: 'The request body has a Content-Type this address does not accept. Send application/json.',
  },
  PLAN_LIMIT: {
    status: 402,
    title: 'Not included in your plan',
    message: 'Your plan does not include this, so nothing was changed. Choose a plan that includes it on the Billing page, or make room within your plan.',
  },
  ACCOUNT_READ_ONLY: {
    status: 402,
    title: 'Account on hold',
    message: 'The last payment for this account did not go through, so its sites can be viewed but not changed or published. Update the payment method on the Billing page; everything comes back as soon as the bill is paid. Nothing has been deleted.',
  },
  SITE_TAKEN_DOWN: {
    status: 403,
    title: 'Site taken down',
    message:
      'PageHub took this site offline because it broke the rules for sites on PageHub, so it cannot be published again for now. You can still open and change it. To have the decision reviewed, reply to the email we sent the site’s owners, or contact PageHub support.',
  },
  PAYMENT_REQUIRED: {
    status: 402,
    title: 'Payment needed',
    message: 'This site has not been paid for yet, so it cannot be published. Pay for it on the Publish page; publishing unlocks as soon as the payment is confirmed.',
  },
  BILLING_OFF: {
    status: 404,
    title: 'Billing is not switched on',
    message: 'This PageHub does not take payments, so there is nothing to buy or manage. Every account has the same plan.',
  },
  WEBHOOK_SIGNATURE_INVALID: {
    status: 400,
    title: 'Webhook signature not valid',
    message: 'The request did not carry a valid, recent Stripe-Signature for this endpoint, so it was ignored.',
  },
  RATE_LIMITED: {
    status: 429,
    title: 'Too many requests',
    message: 'Too many requests in a short time, so this one was refused. Wait for the number of seconds in the Retry-After header and retry.',
  },
  SIGN_IN_THROTTLED: {
    status: 429,
    title: 'Too many failed sign-ins',
    message: 'There were too many failed sign-ins for this account, so password sign-in is paused for it for a while. Wait for the number of seconds in the Retry-After header, or sign in with a link by email, or reset your password.',
  },
  INTERNAL: {
    status: 500,
    title: 'Internal error',
    message: 'Something went wrong on our side and the request did not complete. Retry later; if it keeps happening, report the requestId.',
  },
  UNAVAILABLE: {
    status: 503,
    title: 'Service unavailable',
    message: 'A part PageHub depends on is not answering right now. Retry in a moment.',
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** One problem with one field: `path` is slash-separated (`body/subdomain`, `pages/0/title`). */
export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** What happened in this case; defaults to the catalog message. */
  detail?: string;
  errors?: FieldError[];
  /** Extra members of the problem document (e.g. `{ head }` on a stale base). */
  extra?: Record<string, unknown>;
  /** Extra response headers (e.g. `Retry-After`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** An error meant for the client: thrown anywhere, answered by the one handler in src/http/problem.ts. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: ErrorDefinition['status'];
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    const definition: ErrorDefinition = ERRORS[code];
    const detail = options.detail ?? definition.message;
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = definition.status;
    this.title = definition.title;
    this.detail = detail;
    this.errors = options.errors;
    this.extra = options.extra;
    this.headers = options.headers;
  }
}

/** `throw appError('NOT_FOUND', 'No site with id "abc".')` */
export function appError(code: ErrorCode, detail?: string, extra?: Record<string, unknown>): AppError {
  return new AppError(code, { ...(detail === undefined ? {} : { detail }), ...(extra === undefined ? {} : { extra }) });
}

/** Zod issues as field errors, each path prefixed with where the value came from (`body`, `query`, …). */
export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], location?: string): FieldError[] {
  return issues.map((issue) => ({
    path: [...(location ? [location] : []), ...issue.path.map(String)].join('/'),
    message: issue.message,
  }));
}

/** A 400 VALIDATION_FAILED listing each invalid field. */
export function validationError(errors: FieldError[], detail?: string): AppError {
  return new AppError('VALIDATION_FAILED', { errors, ...(detail === undefined ? {} : { detail }) });
}

/** When to try again, in words for a limit's message: "in 40 seconds", "in 1 minute", "in 43 minutes". */
export function tryAgainIn(seconds: number): string {
  if (seconds < 60) return `in ${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
