// CSRF protection that does not rest on SameSite cookies alone: a request that changes something under /api must
// say where it comes from — its Origin, or lacking one its Referer — and that must be an origin PageHub trusts
// (PUBLIC_URL's, and on a developer machine any loopback port: the same list better-auth trusts). Such requests
// also carry JSON or no body at all, so an HTML form on another site can't reach them even where a browser omits
// Origin. Visitors' form posts come from published sites on other hosts, and Stripe's webhook from Stripe (its
// signature is checked instead): those two are the only exceptions, along with OAuth providers posting back.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { isJsonContentType } from '../form-body.ts';
import { isUploadRequest } from './upload-paths.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Paths answered for other sites on purpose; everything else under /api is for the editor and API clients. */
export const CROSS_SITE_PATHS: readonly RegExp[] = [
  /^\/api\/forms\/[^/]+\/[^/]+\/?$/, // a visitor sends a published site's contact form
  /^\/api\/billing\/webhook\/?$/, // Stripe, verified by its signature
  /^\/api\/auth\/callback\//, // an OAuth provider returning the person (better-auth checks its state parameter)
];

/** `https://app.example` or a pattern with `*` for any port or label (`http://localhost:*`), as better-auth takes them. */
function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const expressions = patterns.map((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/.]*')}$`, 'i'));
  return (origin) => expressions.some((expression) => expression.test(origin));
}

function originOf(header: string | undefined): string | null {
  if (!header || header === 'null') return null;
  try {
    return new URL(header).origin;
  } catch {
    return null;
  }
}

/** 403 CROSS_ORIGIN_REQUEST for a state-changing /api request from an untrusted or unknown origin; 415 for non-JSON bodies (multipart on the upload address). */
export function sameOrigin(trustedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const isTrusted = originMatcher(trustedOrigins);
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method) || CROSS_SITE_PATHS.some((path) => path.test(c.req.path))) return next();
    const origin = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
    if (!origin || !isTrusted(origin)) {
      throw new AppError('CROSS_ORIGIN_REQUEST', { detail: origin ? `This request came from ${origin}, which is not the PageHub editor, so it was refused and nothing was changed.` : 'This request carries no Origin or Referer header, so PageHub cannot tell it came from the editor; it was refused and nothing was changed. API clients send an Origin header with the address PageHub is served at.' });
    }
    const contentType = c.req.header('content-type');
    if (isUploadRequest(c.req.method, c.req.path)) {
      if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: `Pictures are uploaded as multipart/form-data with the file in the field "file"; this request sent ${contentType ? `"${contentType}"` : 'no Content-Type'}, so nothing was stored.` });
      }
      return next();
    }
    if (contentType && !isJsonContentType(contentType)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: `This address takes a JSON body (Content-Type: application/json) or none; this request sent "${contentType}", so nothing was changed.` });
    }
    return next();
  };
}
