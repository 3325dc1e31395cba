import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/index.ts';
import { formProblem } from './form-problem.ts';

const limited = (message: string, retryAfterSeconds: number | null) => new ApiError(429, 'RATE_LIMITED', message, {}, retryAfterSeconds);

describe('the create form problem', () => {
  it('says once when to try again when the server already says it', () => {
    const problem = formProblem(limited('You have used your 3 site generations for this hour. Try again in 43 minutes; edits by hand are not limited.', 2_580), {});
    expect(problem).toEqual({ title: 'You have used your generations for now', detail: 'You have used your 3 site generations for this hour. Try again in 43 minutes; edits by hand are not limited.' });
    expect(problem!.detail.match(/try again/gi)).toHaveLength(1);
    expect(formProblem(limited('Too many requests; retry in 12 s.', 12), {})?.detail).toBe('Too many requests; retry in 12 s.');
  });

  it('adds when to try again from Retry-After when the message does not say it', () => {
    expect(formProblem(limited('Too many requests.', 2_580), {})?.detail).toBe('Too many requests. Try again in about 43 minutes.');
    expect(formProblem(limited('Too many requests.', 30), {})?.detail).toBe('Too many requests. Try again in about 1 minute.');
    expect(formProblem(limited('Too many requests.', null), {})?.detail).toBe('Too many requests.');
  });

  it('leaves errors about one field to the field', () => {
    expect(formProblem(new ApiError(400, 'VALIDATION_FAILED', 'Invalid', { subdomain: 'Taken' }), { subdomain: 'Taken' })).toBeNull();
    expect(formProblem(null, {})).toBeNull();
  });
});
