import type { Config } from '../config.ts';
import { ProviderError } from './roles.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubled before each next one (with up to 25 % jitter). */
  baseDelayMs: number;
  /** Each attempt is aborted after this long and counts as a retryable provider error. */
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 1_000, timeoutMs: 30_000 };

/** Provider retries with the configured per-attempt timeout (AI_TIMEOUT_SECONDS), for every pipeline. */
export function retryPolicyFor(config: Pick<Config, 'AI_TIMEOUT_SECONDS'>): RetryPolicy {
  return { ...DEFAULT_RETRY, timeoutMs: config.AI_TIMEOUT_SECONDS * 1000 };
}

/**
 * Runs `call` until it succeeds, retrying retryable ProviderErrors (network, 429, 5xx, timeouts) with exponential
 * backoff. Every other error — invalid output, a role that needs a model — goes straight to the caller.
 */
export async function withProviderRetries<T>(call: (signal: AbortSignal) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = policy.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ProviderError(`The model did not answer within ${Math.round(policy.timeoutMs / 1000)} s`, undefined, true)), policy.timeoutMs);
    try {
      return await Promise.race([
        call(controller.signal),
        new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), { once: true })),
      ]);
    } catch (error) {
      const failure = controller.signal.aborted && !(error instanceof ProviderError) ? (controller.signal.reason as ProviderError) : error;
      if (!(failure instanceof ProviderError) || !failure.isRetryable || attempt >= policy.attempts) throw failure;
      await sleep(policy.baseDelayMs * 2 ** (attempt - 1) * (1 + 0.25 * random()));
    } finally {
      clearTimeout(timer);
    }
  }
}
