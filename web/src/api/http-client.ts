// Calls to PageHub's API from the browser: JSON in and out, the session cookie, and one error type for every
// failure — RFC 9457 problem+json (with `errors[].path` per field), better-auth's `{code, message}`, or the
// network itself.
import type { components } from './generated/openapi.ts';

/** Field name → message, for the form that sent the request. */
export type FieldErrors = Record<string, string>;

/** A failed call: what to show the person, and which fields it points at. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field name (the last part of `errors[].path`, e.g. `body/subdomain` → `subdomain`) → message. */
    readonly fieldErrors: FieldErrors = {},
    readonly retryAfterSeconds: number | null = null,
    /** The whole problem document, for the members some codes add (`samples` on SAMPLES_LEFT). */
    readonly problem: ProblemBody = {},
  ) {
    super(message);
  }
}

/** A failure's body: PageHub's problem+json, or better-auth's `{ code, message }` (both in the OpenAPI document). */
export type ProblemBody = Partial<components['schemas']['Problem']> & Partial<components['schemas']['AuthError']>;

/** better-auth's error codes → the field they concern. */
function authCodeField(code: string): string | null {
  // About the account as a whole, not one field: the screen explains these itself.
  if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'EMAIL_NOT_VERIFIED') return null;
  if (code.includes('PASSWORD')) return 'password';
  if (code.includes('EMAIL') || code.startsWith('USER_ALREADY_EXISTS')) return 'email';
  return null;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ProblemBody;
  const code = body.code ?? `HTTP_${response.status}`;
  const message = body.detail ?? body.message ?? body.title ?? `The server answered ${response.status}.`;
  const fieldErrors: FieldErrors = {};
  for (const error of body.errors ?? []) {
    const field = error.path.split('/').at(-1) ?? error.path;
    fieldErrors[field] ??= error.message;
  }
  const authField = body.errors ? null : authCodeField(code);
  if (authField) fieldErrors[authField] = message;
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiError(response.status, code, message, fieldErrors, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null, body);
}

/** `method path` with an optional JSON body; resolves with the parsed answer (undefined for 204). */
export async function apiCall<Answer>(method: string, path: string, body?: unknown): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'PageHub could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as Answer;
  return (await response.json()) as Answer;
}

export const apiGet = <Answer>(path: string) => apiCall<Answer>('GET', path);
export const apiPost = <Answer>(path: string, body: unknown = {}) => apiCall<Answer>('POST', path, body);

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}
