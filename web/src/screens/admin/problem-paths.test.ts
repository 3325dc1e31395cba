import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/index.ts';
import { problemsByPath } from './problem-paths.ts';

describe('the server’s refusal, field by field', () => {
  it('keys each message by its path below the body, keeping the first per field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Some values are not valid.', {}, null, {
      errors: [
        { path: 'body/ai/attempts', message: 'Too small: expected number to be >=1' },
        { path: 'body/limits/free/sites', message: 'Too small' },
        { path: 'body/ai/attempts', message: 'second' },
      ],
    });
    expect(problemsByPath(error)).toEqual({ 'ai/attempts': 'Too small: expected number to be >=1', 'limits/free/sites': 'Too small' });
  });

  it('has nothing for other failures', () => {
    expect(problemsByPath(new Error('network'))).toEqual({});
    expect(problemsByPath(new ApiError(500, 'INTERNAL', 'Broken'))).toEqual({});
  });
});
