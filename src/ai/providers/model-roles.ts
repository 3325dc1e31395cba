// The model roles the configuration asks for: each one offline (the offline rules) or answered by a provider model.
import { offlineRoles } from '../offline-rules/index.ts';
import type { ModelRoles } from '../roles.ts';
import { createImageModel } from './image-model.ts';
import { createLanguageModel, type LanguageModelOptions } from './language-model.ts';
import { roleSpecs, type ModelConfig, type ModelSpec, type ProviderModelSpec } from './model-spec.ts';
import { IMAGE_TIMEOUT_FACTOR, providerImageRole } from './provider-image-role.ts';
import { providerEditorRole, providerGeneratorRole, providerIntentRole, type ProviderCall } from './provider-roles.ts';

export interface ModelRolesOptions extends LanguageModelOptions {
  /** Least time between two onPartial calls of a streaming generator; 200 ms unless set. */
  partialIntervalMs?: number;
}

/** Builds every role from PAGEHUB_MODEL_*; throws ConfigError (as checkModelConfig does) when one cannot be called. */
export function createModelRoles(config: ModelConfig, options: ModelRolesOptions = {}): ModelRoles {
  const specs = roleSpecs(config);
  const offline = offlineRoles();
  const call = (spec: ProviderModelSpec): ProviderCall => ({
    spec,
    model: createLanguageModel(spec, config, options),
    timeoutMs: config.AI_TIMEOUT_SECONDS * 1000,
    partialIntervalMs: options.partialIntervalMs ?? 200,
  });
  return {
    intent: isOffline(specs.intent) ? offline.intent : providerIntentRole(call(specs.intent)),
    editor: isOffline(specs.editor) ? offline.editor : providerEditorRole(call(specs.editor)),
    generator: isOffline(specs.generator) ? offline.generator : providerGeneratorRole(call(specs.generator)),
    image: isOffline(specs.image)
      ? offline.image
      : providerImageRole({ spec: specs.image, model: createImageModel(specs.image, config, options), timeoutMs: config.AI_TIMEOUT_SECONDS * 1000 * IMAGE_TIMEOUT_FACTOR }),
  };
}

function isOffline(spec: ModelSpec): spec is { provider: 'offline' } {
  return spec.provider === 'offline';
}
