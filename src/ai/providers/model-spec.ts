// Which model answers each role, read from PAGEHUB_MODEL_* (`offline` or `provider:model`), and the start-up check
// that every configured provider has what it needs to be called.
import { ConfigError, type Config } from '../../config.ts';
import type { RoleName } from '../roles.ts';

export const PROVIDER_NAMES = ['anthropic', 'openai', 'openai-compatible', 'google'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** The providers with image models the image role can call (OpenAI's Images API and its compatibles; Google's Imagen). */
export const IMAGE_PROVIDERS: readonly ProviderName[] = ['openai', 'openai-compatible', 'google'];

export interface ProviderModelSpec {
  provider: ProviderName;
  /** The provider's model id, e.g. `claude-sonnet-4-5`, `gpt-5-mini`, `gemini-2.5-flash`. */
  model: string;
}

export type ModelSpec = { provider: 'offline' } | ProviderModelSpec;

/** The part of the configuration the model roles read. */
export type ModelConfig = Pick<
  Config,
  | 'PAGEHUB_MODEL_INTENT'
  | 'PAGEHUB_MODEL_EDITOR'
  | 'PAGEHUB_MODEL_GENERATOR'
  | 'PAGEHUB_MODEL_IMAGE'
  | 'ANTHROPIC_API_KEY'
  | 'ANTHROPIC_BASE_URL'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'GOOGLE_GENERATIVE_AI_API_KEY'
  | 'GOOGLE_GENERATIVE_AI_BASE_URL'
  | 'AI_TIMEOUT_SECONDS'
>;

export const ROLE_VARIABLES = {
  intent: 'PAGEHUB_MODEL_INTENT',
  editor: 'PAGEHUB_MODEL_EDITOR',
  generator: 'PAGEHUB_MODEL_GENERATOR',
  image: 'PAGEHUB_MODEL_IMAGE',
} as const satisfies Record<RoleName, keyof ModelConfig>;

/** The variable holding each provider's API key (optional for openai-compatible servers). */
export const API_KEY_VARIABLES = {
  anthropic: 'ANTHROPIC_API_KEY',
  openai: 'OPENAI_API_KEY',
  'openai-compatible': 'OPENAI_API_KEY',
  google: 'GOOGLE_GENERATIVE_AI_API_KEY',
} as const satisfies Record<ProviderName, keyof ModelConfig>;

const EXAMPLE = 'anthropic:claude-sonnet-4-5';

/** Reads one role value; throws ConfigError naming `variable` when it is not `offline` or `provider:model`. */
export function parseModelSpec(value: string, variable: string): ModelSpec {
  const trimmed = value.trim();
  if (trimmed === 'offline') return { provider: 'offline' };
  const separator = trimmed.indexOf(':');
  const provider = trimmed.slice(0, separator);
  const model = trimmed.slice(separator + 1).trim();
  if (separator <= 0 || model === '' || /\s/.test(model)) {
    throw invalid(variable, `expected offline or provider:model such as ${EXAMPLE}, got "${value}"`);
  }
  if (!isProviderName(provider)) {
    throw invalid(variable, `unknown provider "${provider}"; expected one of ${PROVIDER_NAMES.join(', ')} (e.g. ${EXAMPLE}) or offline`);
  }
  return { provider, model };
}

/** The spec of every role, in ROLE_NAMES order, after checking each as checkModelConfig does. */
export function roleSpecs(config: ModelConfig): Record<RoleName, ModelSpec> {
  checkModelConfig(config);
  const spec = (role: RoleName) => parseModelSpec(config[ROLE_VARIABLES[role]], ROLE_VARIABLES[role]);
  return { intent: spec('intent'), editor: spec('editor'), generator: spec('generator'), image: spec('image') };
}

/**
 * Stops start-up with one line when a role names a provider it cannot call: a malformed value, an unknown provider,
 * a missing API key, or an openai-compatible role without OPENAI_BASE_URL.
 */
export function checkModelConfig(config: ModelConfig): void {
  for (const variable of Object.values(ROLE_VARIABLES)) {
    const value = config[variable];
    const spec = parseModelSpec(value, variable);
    if (spec.provider === 'offline') continue;
    if (variable === ROLE_VARIABLES.image && !IMAGE_PROVIDERS.includes(spec.provider)) {
      throw invalid(`${variable}=${value}`, `names a provider without image models; use ${IMAGE_PROVIDERS.join(', ')} (e.g. openai:gpt-image-1 or google:imagen-4.0-generate-001) or offline`, ' ');
    }
    if (spec.provider === 'openai-compatible') {
      if (!config.OPENAI_BASE_URL) throw invalid(`${variable}=${value}`, 'needs OPENAI_BASE_URL (the server\'s address, e.g. http://localhost:11434/v1)', ' ');
      continue;
    }
    const keyVariable = API_KEY_VARIABLES[spec.provider];
    if (!config[keyVariable]?.trim()) throw invalid(`${variable}=${value}`, `needs ${keyVariable}`, ' ');
  }
}

function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(value);
}

function invalid(subject: string, problem: string, separator = ': '): ConfigError {
  return new ConfigError(`Invalid configuration — ${subject}${separator}${problem}`);
}
