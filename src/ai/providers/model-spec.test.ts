import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import { checkModelConfig, parseModelSpec, type ModelConfig } from './model-spec.ts';

const offlineConfig: ModelConfig = {
  PAGEHUB_MODEL_INTENT: 'offline',
  PAGEHUB_MODEL_EDITOR: 'offline',
  PAGEHUB_MODEL_GENERATOR: 'offline',
  PAGEHUB_MODEL_IMAGE: 'offline',
  ANTHROPIC_API_KEY: undefined,
  ANTHROPIC_BASE_URL: undefined,
  OPENAI_API_KEY: undefined,
  OPENAI_BASE_URL: undefined,
  GOOGLE_GENERATIVE_AI_API_KEY: undefined,
  GOOGLE_GENERATIVE_AI_BASE_URL: undefined,
  AI_TIMEOUT_SECONDS: 30,
};

function configError(overrides: Partial<ModelConfig>): ConfigError {
  try {
    checkModelConfig({ ...offlineConfig, ...overrides });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('checkModelConfig accepted the configuration');
}

describe('parseModelSpec', () => {
  it.each([
    ['offline', { provider: 'offline' }],
    ['anthropic:claude-sonnet-4-5', { provider: 'anthropic', model: 'claude-sonnet-4-5' }],
    ['openai:gpt-5-mini', { provider: 'openai', model: 'gpt-5-mini' }],
    ['openai-compatible:qwen3-32b', { provider: 'openai-compatible', model: 'qwen3-32b' }],
    ['openai-compatible:llama3.1:8b', { provider: 'openai-compatible', model: 'llama3.1:8b' }],
    ['google:gemini-2.5-flash', { provider: 'google', model: 'gemini-2.5-flash' }],
    ['  google:gemini-2.5-flash ', { provider: 'google', model: 'gemini-2.5-flash' }],
  ])('reads %s', (value, spec) => {
    expect(parseModelSpec(value, 'PAGEHUB_MODEL_INTENT')).toEqual(spec);
  });

  it.each(['claude-sonnet-4-5', 'anthropic:', ':gpt-5', 'openai:gpt 5', 'Offline'])('rejects the malformed value %j, naming the variable', (value) => {
    expect(() => parseModelSpec(value, 'PAGEHUB_MODEL_EDITOR')).toThrow(/^Invalid configuration — PAGEHUB_MODEL_EDITOR: expected offline or provider:model such as anthropic:claude-sonnet-4-5/);
  });

  it('rejects an unknown provider, listing the known ones', () => {
    expect(() => parseModelSpec('mistral:large', 'PAGEHUB_MODEL_GENERATOR')).toThrow(
      'PAGEHUB_MODEL_GENERATOR: unknown provider "mistral"; expected one of anthropic, openai, openai-compatible, google',
    );
  });
});

describe('checkModelConfig', () => {
  it('accepts the all-offline default', () => {
    expect(() => checkModelConfig(offlineConfig)).not.toThrow();
  });

  it('accepts every provider once its key is set', () => {
    expect(() =>
      checkModelConfig({
        ...offlineConfig,
        PAGEHUB_MODEL_INTENT: 'google:gemini-2.5-flash',
        PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5',
        PAGEHUB_MODEL_GENERATOR: 'openai:gpt-5-mini',
        PAGEHUB_MODEL_IMAGE: 'openai:gpt-image-1',
        ANTHROPIC_API_KEY: 'sk-ant-x',
        OPENAI_API_KEY: 'sk-x',
        GOOGLE_GENERATIVE_AI_API_KEY: 'g-x',
      }),
    ).not.toThrow();
  });

  it('names the variable and the missing key in one line', () => {
    const error = configError({ PAGEHUB_MODEL_EDITOR: 'openai:gpt-5-mini' });
    expect(error.message).toBe('Invalid configuration — PAGEHUB_MODEL_EDITOR=openai:gpt-5-mini needs OPENAI_API_KEY');
    expect(configError({ PAGEHUB_MODEL_INTENT: 'anthropic:claude-haiku-4-5', ANTHROPIC_API_KEY: '  ' }).message).toContain('PAGEHUB_MODEL_INTENT=anthropic:claude-haiku-4-5 needs ANTHROPIC_API_KEY');
    expect(configError({ PAGEHUB_MODEL_IMAGE: 'google:imagen-4' }).message).toContain('PAGEHUB_MODEL_IMAGE=google:imagen-4 needs GOOGLE_GENERATIVE_AI_API_KEY');
  });

  it('asks for OPENAI_BASE_URL for openai-compatible roles, and no key', () => {
    const error = configError({ PAGEHUB_MODEL_GENERATOR: 'openai-compatible:qwen3-32b' });
    expect(error.message).toMatch(/^Invalid configuration — PAGEHUB_MODEL_GENERATOR=openai-compatible:qwen3-32b needs OPENAI_BASE_URL/);
    expect(() => checkModelConfig({ ...offlineConfig, PAGEHUB_MODEL_GENERATOR: 'openai-compatible:qwen3-32b', OPENAI_BASE_URL: 'http://localhost:11434/v1' })).not.toThrow();
  });

  it('reports malformed values and unknown providers as one line', () => {
    for (const error of [configError({ PAGEHUB_MODEL_INTENT: 'gpt-5' }), configError({ PAGEHUB_MODEL_IMAGE: 'midjourney:v7' })]) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).not.toContain('\n');
    }
  });
});
