import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiGet, apiPost, ApiError } from './http-client.ts';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })));
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('apiCall', () => {
  it('resolves with the JSON answer', async () => {
    answer(200, { sites: [] });
    expect(await apiGet('/api/sites')).toEqual({ sites: [] });
  });

  it('turns problem+json into an ApiError whose field errors are keyed by the last part of each path', async () => {
    answer(400, { title: 'Invalid input', detail: 'Some fields are wrong.', code: 'VALIDATION_FAILED', errors: [{ path: 'body/subdomain', message: 'Use 3 to 63 characters.' }] });
    const error = await failure(apiPost('/api/sites/generate', {}));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Some fields are wrong.', fieldErrors: { subdomain: 'Use 3 to 63 characters.' } });
  });

  it('answers an expected refusal (409, 404) with an ApiError for the screen to handle, and prints nothing to the console', async () => {
    const printed = [vi.spyOn(console, 'error').mockImplementation(() => undefined), vi.spyOn(console, 'warn').mockImplementation(() => undefined)];
    try {
      answer(409, { title: 'Edit conflict', detail: 'Someone else changed this part.', code: 'EDIT_CONFLICT', head: { id: 'c2' } });
      expect(await failure(apiPost('/api/sites/s1/commits', {}))).toMatchObject({ status: 409, code: 'EDIT_CONFLICT', problem: { head: { id: 'c2' } } });
      answer(404, { title: 'Not found', detail: 'There is no such site.', code: 'SITE_NOT_FOUND' });
      expect(await failure(apiGet('/api/sites/nope'))).toMatchObject({ status: 404, code: 'SITE_NOT_FOUND' });
      for (const spy of printed) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of printed) spy.mockRestore();
    }
  });

  it('keeps Retry-After of a 429', async () => {
    answer(429, { detail: 'You have used your 3 generations this hour.', code: 'AI_ALLOWANCE_EXCEEDED' }, { 'retry-after': '1200' });
    expect((await failure(apiPost('/api/sites/generate', {}))).retryAfterSeconds).toBe(1200);
  });

  it("points better-auth's errors at the field they concern", async () => {
    answer(422, { code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', message: 'User already exists. Use another email.' });
    expect((await failure(apiPost('/api/auth/sign-up/email', {}))).fieldErrors).toEqual({ email: 'User already exists. Use another email.' });
    answer(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' });
    const wrong = await failure(apiPost('/api/auth/sign-in/email', {}));
    expect(wrong.fieldErrors).toEqual({});
    expect(wrong.message).toBe('Invalid email or password');
    // An unconfirmed address is about the account, not the email field: the sign-in screen explains it.
    answer(403, { code: 'EMAIL_NOT_VERIFIED', message: 'Email not verified' });
    const unconfirmed = await failure(apiPost('/api/auth/sign-in/email', {}));
    expect(unconfirmed).toMatchObject({ status: 403, code: 'EMAIL_NOT_VERIFIED', fieldErrors: {} });
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    expect((await failure(apiGet('/api/sites'))).code).toBe('NETWORK');
  });
});
