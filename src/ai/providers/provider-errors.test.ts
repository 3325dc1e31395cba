import { APICallError, JSONParseError, NoObjectGeneratedError, TypeValidationError } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidModelOutputError, ProviderError } from '../roles.ts';
import { toRoleError } from './provider-errors.ts';
import type { ProviderModelSpec } from './model-spec.ts';

const anthropic: ProviderModelSpec = { provider: 'anthropic', model: 'claude-sonnet-4-5' };

function apiCallError(statusCode: number | undefined, message = 'failure'): APICallError {
  return new APICallError({ message, url: 'https://api.example/v1/messages', requestBodyValues: {}, statusCode });
}

function noObject(cause?: Error): NoObjectGeneratedError {
  return new NoObjectGeneratedError({
    message: 'No object generated',
    cause,
    text: '{"risk":"extreme"}',
    response: { id: 'r', timestamp: new Date(), modelId: 'claude-sonnet-4-5' },
    usage: { inputTokens: 120, outputTokens: 30 } as never,
    finishReason: 'stop',
  });
}

describe('toRoleError', () => {
  it.each([408, 409, 429, 500, 502, 503, 529])('makes HTTP %i a retryable ProviderError with its status', (status) => {
    const error = toRoleError(apiCallError(status, 'busy'), anthropic);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status, isRetryable: true });
    expect(error.message).toBe(`Anthropic (claude-sonnet-4-5) answered ${status}: busy`);
  });

  it.each([400, 403, 404, 413, 422])('makes HTTP %i a ProviderError not worth retrying', (status) => {
    const error = toRoleError(apiCallError(status), anthropic);
    expect(error).toMatchObject({ name: 'ProviderError', status, isRetryable: false });
    expect(error.message).toContain(`answered ${status}`);
  });

  it('names the key variable on 401', () => {
    expect(toRoleError(apiCallError(401), anthropic).message).toBe('Anthropic (claude-sonnet-4-5) answered 401: the API key was refused; check ANTHROPIC_API_KEY');
    expect(toRoleError(apiCallError(401), { provider: 'google', model: 'gemini-2.5-flash' }).message).toContain('check GOOGLE_GENERATIVE_AI_API_KEY');
  });

  it('makes network failures and aborts retryable', () => {
    const network = toRoleError(new APICallError({ message: 'Cannot connect to API: connect ECONNREFUSED', url: 'x', requestBodyValues: {}, isRetryable: true }), anthropic);
    expect(network).toMatchObject({ name: 'ProviderError', status: undefined, isRetryable: true });
    const abort = toRoleError(new DOMException('This operation was aborted', 'AbortError'), anthropic);
    expect(abort).toMatchObject({ name: 'ProviderError', isRetryable: true });
  });

  it('keeps the reason of an aborted signal when it is already a ProviderError', () => {
    const reason = new ProviderError('The model did not answer within 30 s', undefined, true);
    const controller = new AbortController();
    controller.abort(reason);
    expect(toRoleError(new Error('whatever fetch said'), anthropic, controller.signal)).toBe(reason);
    expect(toRoleError(new Error('whatever'), anthropic, AbortSignal.abort())).toMatchObject({ name: 'ProviderError', isRetryable: true });
  });

  it('turns a schema mismatch into InvalidModelOutputError with slash-separated paths and the usage spent', () => {
    const schema = z.object({ scope: z.object({ sections: z.array(z.string()) }), risk: z.enum(['low', 'high']) });
    const zodError = schema.safeParse({ scope: { sections: ['hero', 3] }, risk: 'extreme' }).error!;
    const error = toRoleError(noObject(new TypeValidationError({ value: {}, cause: zodError })), anthropic);
    expect(error).toBeInstanceOf(InvalidModelOutputError);
    const invalid = error as InvalidModelOutputError;
    expect(invalid.errors.map((fieldError) => fieldError.path)).toEqual(['scope/sections/1', 'risk']);
    expect(invalid.usage).toEqual({ inputTokens: 120, outputTokens: 30 });
  });

  it('turns unparsable text and an empty answer into InvalidModelOutputError', () => {
    const parse = toRoleError(noObject(new JSONParseError({ text: '{"a":', cause: new SyntaxError('Unexpected end of JSON input') })), anthropic) as InvalidModelOutputError;
    expect(parse).toBeInstanceOf(InvalidModelOutputError);
    expect(parse.errors).toEqual([{ path: '', message: expect.stringContaining('not valid JSON (Unexpected end of JSON input)') }]);
    const empty = toRoleError(noObject(), anthropic) as InvalidModelOutputError;
    expect(empty.errors[0]?.message).toContain('held no JSON document');
  });

  it('passes role errors through untouched', () => {
    const invalid = new InvalidModelOutputError('bad', []);
    expect(toRoleError(invalid, anthropic)).toBe(invalid);
  });
});
