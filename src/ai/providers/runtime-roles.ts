// The model of each role as the operator sets it at runtime (admin settings `ai.models`): the same `offline` or
// `provider:model` values as PAGEHUB_MODEL_*, checked the way start-up checks them but in words for the operator,
// and the roles for a set of values built once and kept (a handful of sets at most), never per request.
import type { FieldError } from '../../errors.ts';
import type { ModelRoles, RoleName } from '../roles.ts';
import { createModelRoles, type ModelRolesOptions } from './model-roles.ts';
import { IMAGE_PROVIDERS, modelSpecProblem, PROVIDER_NAMES, readModelSpec, ROLE_VARIABLES, type ModelConfig, type ProviderName } from './model-spec.ts';

/** One `offline` or `provider:model` value per role. */
export type RoleModels = Record<RoleName, string>;

/** What the roles are built from: the models and the time one call may take. */
export interface RoleSettings {
  models: RoleModels;
  timeoutSeconds: number;
}

/** Returns the roles for the settings in force; the same object for the same settings. */
export type RolesForSettings = (settings: RoleSettings) => ModelRoles;

const PROVIDER_LABELS: Record<ProviderName, string> = { anthropic: 'Anthropic', openai: 'OpenAI', 'openai-compatible': 'OpenAI-compatible server', google: 'Google' };
const KEPT_SETS = 8;

/** Each provider, named for people, whether this server can call it, and whether it makes pictures. */
export function providerReadiness(config: ModelConfig): { name: ProviderName; label: string; isReady: boolean; makesPictures: boolean }[] {
  return PROVIDER_NAMES.map((name) => ({ name, label: PROVIDER_LABELS[name], isReady: modelSpecProblem('editor', { provider: name, model: 'any' }, config) === null, makesPictures: IMAGE_PROVIDERS.includes(name) }));
}

/** The models the environment names (PAGEHUB_MODEL_*), as the runtime settings' defaults. */
export function roleModelsOf(config: ModelConfig): RoleModels {
  return { intent: config.PAGEHUB_MODEL_INTENT.trim(), editor: config.PAGEHUB_MODEL_EDITOR.trim(), generator: config.PAGEHUB_MODEL_GENERATOR.trim(), image: config.PAGEHUB_MODEL_IMAGE.trim() };
}

/** Why each given role's value can't be used on this server, as `{ path: 'ai/models/<role>', message }`; empty when all can. */
export function roleModelErrors(models: Partial<RoleModels>, config: ModelConfig): FieldError[] {
  const errors: FieldError[] = [];
  for (const role of Object.keys(ROLE_VARIABLES) as RoleName[]) {
    const value = models[role];
    if (value === undefined) continue;
    const message = roleModelProblem(role, value, config);
    if (message) errors.push({ path: `ai/models/${role}`, message });
  }
  return errors;
}

function roleModelProblem(role: RoleName, value: string, config: ModelConfig): string | null {
  const reading = readModelSpec(value);
  if (!reading.ok) {
    return reading.problem === 'malformed'
      ? 'Write “offline”, or a provider and a model name joined by a colon, such as anthropic:claude-sonnet-4-5.'
      : `PageHub doesn’t know the provider “${reading.provider}”. Choose one of ${PROVIDER_NAMES.join(', ')}, or offline.`;
  }
  const { spec } = reading;
  if (spec.provider === 'offline') return null;
  switch (modelSpecProblem(role, spec, config)) {
    case 'no-image-models':
      return `${PROVIDER_LABELS[spec.provider]} has no picture models here. For pictures choose ${IMAGE_PROVIDERS.join(', ')}, or offline.`;
    case 'needs-base-url':
      return 'This server has no address for an OpenAI-compatible server, so it can’t call one. Ask whoever runs the server to add it, or choose another provider.';
    case 'needs-key':
      return `This server has no key for ${PROVIDER_LABELS[spec.provider]}, so it can’t call its models. Ask whoever runs the server to add the key, or choose another provider.`;
    case null:
      return null;
  }
}

/**
 * The roles for runtime settings: `startup` (the roles the process started with, or a test's fakes) while the settings
 * are the environment's; otherwise roles built from the settings, kept for the next requests. Settings that can no
 * longer be called (a key removed since they were saved) fall back to `startup`, and `onUnusable` is told.
 */
export function createRolesForSettings(config: ModelConfig, startup: ModelRoles, { onUnusable, ...options }: ModelRolesOptions & { onUnusable?: (error: unknown, settings: RoleSettings) => void } = {}): RolesForSettings {
  const environment = JSON.stringify({ models: roleModelsOf(config), timeoutSeconds: config.AI_TIMEOUT_SECONDS });
  const kept = new Map<string, ModelRoles>();
  return (settings) => {
    const key = JSON.stringify({ models: trimmed(settings.models), timeoutSeconds: settings.timeoutSeconds });
    if (key === environment) return startup;
    const found = kept.get(key);
    if (found) return found;
    let roles: ModelRoles;
    try {
      roles = createModelRoles(
        { ...config, PAGEHUB_MODEL_INTENT: settings.models.intent, PAGEHUB_MODEL_EDITOR: settings.models.editor, PAGEHUB_MODEL_GENERATOR: settings.models.generator, PAGEHUB_MODEL_IMAGE: settings.models.image, AI_TIMEOUT_SECONDS: settings.timeoutSeconds },
        options,
      );
    } catch (error) {
      onUnusable?.(error, settings);
      roles = startup;
    }
    if (kept.size >= KEPT_SETS) kept.delete(kept.keys().next().value!);
    kept.set(key, roles);
    return roles;
  };
}

function trimmed(models: RoleModels): RoleModels {
  return { intent: models.intent.trim(), editor: models.editor.trim(), generator: models.generator.trim(), image: models.image.trim() };
}
