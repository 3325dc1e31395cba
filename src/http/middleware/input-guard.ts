// Every request's text passes one gate before any route reads it: path segments and query values must be valid
// percent-encoded UTF-8 without NUL or unpaired surrogates, and so must header values; a JSON body must nest no
// deeper than MAX_JSON_DEPTH, parse, and hold only such strings (keys too, and no "__proto__" key). Routes added
// later inherit it. The body is read through Hono's cache, so the route's own validator reads the same text.
import type { MiddlewareHandler } from 'hono';
import { AppError, validationError, type FieldError } from '../../errors.ts';
import type { AppContext, AppEnv } from '../app-env.ts';
import { isJsonContentType } from '../form-body.ts';
import { routeTemplate } from '../route-template.ts';
import { jsonDepthExceeds, MAX_JSON_DEPTH, unsafeTextErrors, unsafeTextReason } from '../../input-text.ts';

const BROKEN_ENCODING = 'Is not valid percent-encoded UTF-8. Encode the value with encodeURIComponent and send the request again.';

function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function pathErrors(c: AppContext, url: URL): FieldError[] {
  const segments = url.pathname.split('/');
  const template = routeTemplate(c)?.split('/') ?? [];
  const errors: FieldError[] = [];
  segments.forEach((raw, index) => {
    if (!raw.includes('%')) return;
    const name = template[index]?.startsWith(':') ? `params/${template[index]!.slice(1).replace(/\{.*$/, '')}` : `path/${index}`;
    const decoded = decodeComponent(raw);
    const reason = decoded === null ? BROKEN_ENCODING : unsafeTextReason(decoded, 'This part of the address');
    if (reason) errors.push({ path: name, message: reason });
  });
  return errors;
}

function queryErrors(url: URL): FieldError[] {
  const errors: FieldError[] = [];
  for (const pair of url.search.slice(1).split('&')) {
    if (pair === '') continue;
    const [rawName = '', ...rest] = pair.split('=');
    const name = decodeComponent(rawName.replace(/\+/g, ' '));
    const value = decodeComponent(rest.join('=').replace(/\+/g, ' '));
    const label = name !== null && unsafeTextReason(name) === null ? name : 'name';
    const reason = name === null || value === null ? BROKEN_ENCODING : (unsafeTextReason(name, 'The parameter name') ?? unsafeTextReason(value, 'The value'));
    if (reason) errors.push({ path: `query/${label}`, message: reason });
  }
  return errors;
}

function headerErrors(headers: Headers): FieldError[] {
  const errors: FieldError[] = [];
  headers.forEach((value, name) => {
    const reason = unsafeTextReason(value, 'The header');
    if (reason) errors.push({ path: `headers/${name}`, message: reason });
  });
  return errors;
}

async function bodyErrors(c: AppContext): Promise<FieldError[]> {
  const text = await c.req.text();
  if (text.trim() === '') return [];
  if (jsonDepthExceeds(text)) {
    throw new AppError('JSON_TOO_DEEP', { detail: `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, so it was not read and nothing was changed.` });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return []; // no value reaches a route from it: the route's own reader answers in its own way (MALFORMED_JSON, 413, …)
  }
  return unsafeTextErrors(value, 'body');
}

function hasBody(c: AppContext): boolean {
  return c.req.raw.body !== null && c.req.method !== 'GET' && c.req.method !== 'HEAD';
}

/** Refuses, with 400 naming the fields (422 for too deep), any request whose text PageHub could not store as sent. */
export function inputGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const errors = [...pathErrors(c, url), ...queryErrors(url), ...headerErrors(c.req.raw.headers)];
    if (errors.length === 0 && hasBody(c) && isJsonContentType(c.req.header('content-type'))) errors.push(...(await bodyErrors(c)));
    if (errors.length > 0) throw validationError(errors, 'Some of the text in this request cannot be stored as sent, so nothing was changed. Correct the fields listed in `errors` and retry.');
    await next();
  };
}
