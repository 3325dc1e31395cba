import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import { offlineRoles } from '../offline-rules/index.ts';
import { createModelRoles } from './model-roles.ts';
import type { ModelConfig } from './model-spec.ts';

const config: ModelConfig = {
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

describe('createModelRoles', () => {
  it('keeps the offline engine for every role left offline', () => {
    const roles = createModelRoles(config);
    const offline = offlineRoles();
    expect(roles.intent).toBe(offline.intent);
    expect(roles.editor).toBe(offline.editor);
    expect(roles.generator).toBe(offline.generator);
    expect(roles.image).toMatchObject({ provider: 'offline', isAvailable: false });
  });

  it('names the provider and model of each configured role', () => {
    const roles = createModelRoles({
      ...config,
      PAGEHUB_MODEL_INTENT: 'google:gemini-2.5-flash',
      PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5',
      PAGEHUB_MODEL_IMAGE: 'openai:gpt-image-1',
      ANTHROPIC_API_KEY: 'sk-ant-x',
      OPENAI_API_KEY: 'sk-x',
      GOOGLE_GENERATIVE_AI_API_KEY: 'g-x',
    });
    expect(roles.intent).toMatchObject({ provider: 'google', model: 'gemini-2.5-flash' });
    expect(roles.editor).toMatchObject({ provider: 'anthropic', model: 'claude-sonnet-4-5' });
    expect(roles.generator.provider).toBe('offline');
    expect(roles.image).toMatchObject({ provider: 'openai', model: 'gpt-image-1', isAvailable: true });
  });

  it('refuses a role it could not call', () => {
    expect(() => createModelRoles({ ...config, PAGEHUB_MODEL_GENERATOR: 'anthropic:claude-sonnet-4-5' })).toThrow(ConfigError);
  });
});
