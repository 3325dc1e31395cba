import { describe, expect, it } from 'vitest';
import { withProviderRetries } from './retry.ts';
import { InvalidModelOutputError, ProviderError } from './roles.ts';

const policy = (delays: number[]) => ({ attempts: 3, baseDelayMs: 100, timeoutMs: 50, random: () => 0, sleep: async (ms: number) => void delays.push(ms) });

describe('withProviderRetries', () => {
  it('retries retryable provider errors with doubling delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const value = await withProviderRetries(async () => {
      calls += 1;
      if (calls < 3) throw new ProviderError('429', 429, true);
      return 'ok';
    }, policy(delays));
    expect(value).toBe('ok');
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the last attempt with the provider error', async () => {
    const delays: number[] = [];
    await expect(withProviderRetries(async () => { throw new ProviderError('500', 500, true); }, policy(delays))).rejects.toMatchObject({ status: 500 });
    expect(delays).toHaveLength(2);
  });

  it('does not retry errors that are not retryable, nor invalid output', async () => {
    let calls = 0;
    await expect(withProviderRetries(async () => { calls += 1; throw new ProviderError('401', 401, false); }, policy([]))).rejects.toBeInstanceOf(ProviderError);
    await expect(withProviderRetries(async () => { calls += 1; throw new InvalidModelOutputError('bad', []); }, policy([]))).rejects.toBeInstanceOf(InvalidModelOutputError);
    expect(calls).toBe(2);
  });

  it('aborts a slow attempt at the timeout and retries it', async () => {
    let calls = 0;
    const signals: AbortSignal[] = [];
    await expect(
      withProviderRetries((signal) => {
        calls += 1;
        signals.push(signal);
        return new Promise(() => {});
      }, policy([])),
    ).rejects.toThrow(/did not answer within/);
    expect(calls).toBe(3);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });
});
