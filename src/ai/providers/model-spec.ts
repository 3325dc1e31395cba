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

/** Why a role value could not be read: not `offline` or `provider:model`, or a provider PageHub doesn't know. */
export type ModelSpecReading = { ok: true; spec: ModelSpec } | { ok: false; problem: 'malformed' } | { ok: false; problem: 'unknown-provider'; provider: string };

/** Reads one role value (`offline` or `provider:model`) without throwing; parseModelSpec and the admin settings share it. */
export function readModelSpec(value: string): ModelSpecReading {
  const trimmed = value.trim();
  if (trimmed === 'offline') return { ok: true, spec: { provider: 'offline' } };
  const separator = trimmed.indexOf(':');
  const provider = trimmed.slice(0, separator);
  const model = trimmed.slice(separator + 1).trim();
  if (separator <= 0 || model === '' || /\s/.test(model)) return { ok: false, problem: 'malformed' };
  if (!isProviderName(provider)) return { ok: false, problem: 'unknown-provider', provider };
  return { ok: true, spec: { provider, model } };
}

/** Reads one role value; throws ConfigError naming `variable` when it is not `offline` or `provider:model`. */
export function parseModelSpec(value: string, variable: string): ModelSpec {
  const reading = readModelSpec(value);
  if (reading.ok) return reading.spec;
  if (reading.problem === 'malformed') throw invalid(variable, `expected offline or provider:model such as ${EXAMPLE}, got "${value}"`);
  throw invalid(variable, `unknown provider "${reading.provider}"; expected one of ${PROVIDER_NAMES.join(', ')} (e.g. ${EXAMPLE}) or offline`);
}

/** What keeps a provider model from answering `role` with this configuration. */
export type ModelSpecProblem = 'no-image-models' | 'needs-base-url' | 'needs-key';

/** The reason `spec` cannot answer `role` here, or null when it can be called (offline always can). */
export function modelSpecProblem(role: RoleName, spec: ModelSpec, config: ModelConfig): ModelSpecProblem | null {
  if (spec.provider === 'offline') return null;
  if (role === 'image' && !IMAGE_PROVIDERS.includes(spec.provider)) return 'no-image-models';
  if (spec.provider === 'openai-compatible') return config.OPENAI_BASE_URL ? null : 'needs-base-url';
  return config[API_KEY_VARIABLES[spec.provider]]?.trim() ? null : 'needs-key';
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
  for (const role of Object.keys(ROLE_VARIABLES) as RoleName[]) {
    const variable = ROLE_VARIABLES[role];
    const value = config[variable];
    const spec = parseModelSpec(value, variable);
    if (spec.provider === 'offline') continue;
    switch (modelSpecProblem(role, spec, config)) {
      case 'no-image-models':
        throw invalid(`${variable}=${value}`, `names a provider without image models; use ${IMAGE_PROVIDERS.join(', ')} (e.g. openai:gpt-image-1 or google:imagen-4.0-generate-001) or offline`, ' ');
      case 'needs-base-url':
        throw invalid(`${variable}=${value}`, 'needs OPENAI_BASE_URL (the server\'s address, e.g. http://localhost:11434/v1)', ' ');
      case 'needs-key':
        throw invalid(`${variable}=${value}`, `needs ${API_KEY_VARIABLES[spec.provider]}`, ' ');
      case null:
    }
  }
}

function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(value);
}

function invalid(subject: string, problem: string, separator = ': '): ConfigError {
  return new ConfigError(`Invalid configuration — ${subject}${separator}${problem}`);
}
