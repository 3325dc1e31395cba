import { describe, expect, it } from 'vitest';
import { callCost } from './prices.ts';

describe('callCost', () => {
  it('prices a listed model per million tokens', () => {
    expect(callCost('anthropic', 'claude-sonnet-4-5', { inputTokens: 1_000_000, outputTokens: 100_000 })).toBeCloseTo(4.5);
    expect(callCost('openai', 'gpt-5-mini', { inputTokens: 2_000, outputTokens: 500 })).toBeCloseTo(0.0015);
  });

  it('matches dated ids to their family, the longest name first', () => {
    expect(callCost('anthropic', 'claude-sonnet-4-5-20250929', { inputTokens: 1_000_000, outputTokens: 0 })).toBe(3);
    expect(callCost('openai', 'gpt-5-mini-2025-08-07', { inputTokens: 1_000_000, outputTokens: 0 })).toBe(0.25);
  });

  it('charges an unknown model of a paid provider at its dearest price, self-hosted and offline at nothing', () => {
    expect(callCost('openai', 'gpt-9-ultra', { inputTokens: 1_000_000, outputTokens: 0 })).toBe(2.5);
    expect(callCost('openai-compatible', 'qwen3-32b', { inputTokens: 1_000_000, outputTokens: 1_000_000 })).toBe(0);
    expect(callCost('offline', 'rules', { inputTokens: 10, outputTokens: 10 })).toBe(0);
  });

  it('charges image calls per picture, whatever tokens they report; an unknown image model at its provider\'s dearest', () => {
    expect(callCost('openai', 'gpt-image-1', { inputTokens: 50, outputTokens: 4_160, images: 1 })).toBe(0.063);
    expect(callCost('google', 'imagen-4.0-generate-001', { inputTokens: 0, outputTokens: 0, images: 2 })).toBeCloseTo(0.08);
    expect(callCost('google', 'imagen-4.0-fast-generate-001', { inputTokens: 0, outputTokens: 0, images: 1 })).toBe(0.02);
    expect(callCost('openai', 'gpt-image-9', { inputTokens: 0, outputTokens: 0, images: 1 })).toBe(0.08);
    expect(callCost('openai-compatible', 'flux-schnell', { inputTokens: 0, outputTokens: 0, images: 1 })).toBe(0);
    expect(callCost('openai', 'gpt-image-1', { inputTokens: 0, outputTokens: 0, images: 0 })).toBe(0);
  });
});
