// Model providers: the roles of src/ai/roles.ts answered by Anthropic, OpenAI, any OpenAI-compatible server or Google
// through the `ai` SDK, chosen per role by PAGEHUB_MODEL_* (`offline` keeps the offline rules). Structured output goes
// each provider's native way; pictures come from OpenAI's Images API or Google's Imagen; failures become
// ProviderError or InvalidModelOutputError for the pipelines to retry.
export { createLanguageModel, OPENAI_COMPATIBLE_NAME, type LanguageModelOptions } from './language-model.ts';
export { createImageModel } from './image-model.ts';
export { createModelRoles, type ModelRolesOptions } from './model-roles.ts';
export { IMAGE_TIMEOUT_FACTOR } from './provider-image-role.ts';
export {
  API_KEY_VARIABLES,
  checkModelConfig,
  IMAGE_PROVIDERS,
  modelSpecProblem,
  parseModelSpec,
  readModelSpec,
  PROVIDER_NAMES,
  ROLE_VARIABLES,
  type ModelConfig,
  type ModelSpec,
  type ProviderModelSpec,
  type ProviderName,
} from './model-spec.ts';
export { createRolesForSettings, providerReadiness, roleModelErrors, roleModelsOf, type RoleModels, type RoleSettings, type RolesForSettings } from './runtime-roles.ts';
export { isRetryableStatus, toRoleError } from './provider-errors.ts';
