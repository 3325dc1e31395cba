// Errors in Stripe's wire shape: `{ error: { type, message, code?, param?, doc_url? } }` with Stripe's status codes.
// Handlers throw a StripeFailure; the server answers it (the SDK turns 400/404 into StripeInvalidRequestError,
// 401 into StripeAuthenticationError, 5xx into StripeAPIError).

export interface StripeErrorBody {
  type: string;
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
}

export class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody,
  ) {
    super(error.message);
  }
}

const DOCS = 'https://stripe.com/docs/error-codes';

/** `No such customer: 'cus_x'` — 404 for the object in the path, 400 for one named in a parameter. */
export function noSuch(kind: string, id: string, param = 'id'): StripeFailure {
  return new StripeFailure(param === 'id' ? 404 : 400, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${id}'`,
    doc_url: `${DOCS}/resource-missing`,
  });
}

export function missingParam(param: string): StripeFailure {
  return new StripeFailure(400, {
    type: 'invalid_request_error',
    code: 'parameter_missing',
    param,
    message: `Missing required param: ${param}.`,
    doc_url: `${DOCS}/parameter-missing`,
  });
}

export function invalidParam(param: string, message: string, code: string | undefined = 'parameter_invalid_string'): StripeFailure {
  return new StripeFailure(400, { type: 'invalid_request_error', ...(code ? { code } : {}), param, message });
}

export function unrecognizedUrl(method: string, path: string): StripeFailure {
  return new StripeFailure(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

export function missingApiKey(): StripeFailure {
  return new StripeFailure(401, {
    type: 'invalid_request_error',
    message:
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
  });
}

export function invalidApiKey(key: string): StripeFailure {
  const masked = key.length > 8 ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : key;
  return new StripeFailure(401, { type: 'invalid_request_error', code: 'api_key_invalid', message: `Invalid API Key provided: ${masked}` });
}

export function internalError(): StripeFailure {
  return new StripeFailure(500, { type: 'api_error', message: 'An unknown error occurred' });
}
