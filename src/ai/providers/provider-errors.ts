// Turns what the `ai` SDK throws into the role errors the pipelines act on: ProviderError (retryable or not) and
// InvalidModelOutputError (fed back to the model on the next attempt).
import { APICallError, JSONParseError, NoObjectGeneratedError, TypeValidationError, type LanguageModelUsage } from 'ai';
import type { FieldError } from '../../errors.ts';
import { InvalidModelOutputError, ModelRequiredError, ProviderError, type Usage } from '../roles.ts';
import { API_KEY_VARIABLES, type ProviderModelSpec } from './model-spec.ts';

const PROVIDER_TITLES: Record<ProviderModelSpec['provider'], string> = {
  anthropic: 'Anthropic',
  openai: 'OpenAI',
  'openai-compatible': 'The OpenAI-compatible server',
  google: 'Google',
};

/** Statuses worth another attempt: timeouts, conflicts, rate limits and every server error. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export function usageFrom(usage: Partial<Pick<LanguageModelUsage, 'inputTokens' | 'outputTokens'>> | undefined): Usage {
  return { inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 };
}

/**
 * The role error for anything a provider call threw. `signal` is the call's own signal: once it has fired, the
 * failure is a timeout or a cancellation whatever the SDK made of it.
 */
export function toRoleError(error: unknown, spec: ProviderModelSpec, signal?: AbortSignal): Error {
  if (error instanceof ProviderError || error instanceof InvalidModelOutputError || error instanceof ModelRequiredError) return error;
  const title = `${PROVIDER_TITLES[spec.provider]} (${spec.model})`;
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    if (reason instanceof ProviderError) return reason;
    return new ProviderError(`${title} did not answer in time; the call was abandoned`, undefined, true, { cause: error });
  }
  if (NoObjectGeneratedError.isInstance(error)) {
    return new InvalidModelOutputError(`${title} did not answer with the JSON asked for: ${error.message}`, outputErrors(error.cause), usageFrom(error.usage), { cause: error });
  }
  if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
    return new InvalidModelOutputError(`${title} did not answer with the JSON asked for`, outputErrors(error), undefined, { cause: error });
  }
  if (APICallError.isInstance(error)) return apiCallError(error, spec, title);
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return new ProviderError(`${title} did not answer in time; the call was abandoned`, undefined, true, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError(`${title} failed: ${message}`, undefined, false, { cause: error });
}

function apiCallError(error: APICallError, spec: ProviderModelSpec, title: string): ProviderError {
  const status = error.statusCode;
  if (status === undefined) {
    return new ProviderError(`${title} could not be reached: ${error.message}`, undefined, true, { cause: error });
  }
  if (status === 401) {
    return new ProviderError(`${title} answered 401: the API key was refused; check ${API_KEY_VARIABLES[spec.provider]}`, status, false, { cause: error });
  }
  if (status === 403) {
    return new ProviderError(`${title} answered 403: the API key may not use ${spec.model} (${error.message})`, status, false, { cause: error });
  }
  if (status === 404) {
    return new ProviderError(`${title} answered 404: no model "${spec.model}" there (${error.message})`, status, false, { cause: error });
  }
  return new ProviderError(`${title} answered ${status}: ${error.message}`, status, isRetryableStatus(status), { cause: error });
}

/** What was wrong with the answer, as field errors: the schema's issues, or one line about the JSON itself. */
function outputErrors(cause: unknown): FieldError[] {
  if (TypeValidationError.isInstance(cause)) {
    const issues = zodIssues(cause.cause);
    if (issues.length > 0) return issues;
    return [{ path: '', message: cause.message }];
  }
  if (JSONParseError.isInstance(cause)) {
    return [{ path: '', message: `The answer is not valid JSON (${errorMessage(cause.cause)}); answer with one complete JSON document` }];
  }
  return [{ path: '', message: 'The answer held no JSON document; answer with one complete JSON document' }];
}

function zodIssues(value: unknown): FieldError[] {
  if (value === null || typeof value !== 'object' || !('issues' in value) || !Array.isArray(value.issues)) return [];
  return value.issues.map((issue: { path?: readonly PropertyKey[]; message?: string }) => ({
    path: (issue.path ?? []).map(String).join('/'),
    message: issue.message ?? 'Invalid value',
  }));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
