// Environment → typed configuration. Every setting has an embedded default so `npm start` runs with none set;
// a bad value stops start-up with one line naming the variable and what it expects.
import { z } from 'zod';

const optionalUrl = (protocols: RegExp, example: string) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: protocols, error: `expected a URL such as ${example}` }).optional());

const ConfigSchema = z.object({
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./.pagehub'),
  DATABASE_URL: optionalUrl(/^postgres(ql)?$/, 'postgres://user:password@host:5432/pagehub'),
  PLATFORM_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'expected a domain name such as pagehub.app')
    .default('localhost'),
  PUBLIC_URL: optionalUrl(/^https?$/, 'https://app.pagehub.app'),
  AUTH_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  SMTP_URL: optionalUrl(/^smtps?$/, 'smtp://user:pass@smtp.example.com:587'),
  MAIL_FROM: z.string().default('PageHub <no-reply@localhost>'),
  /** Resolvers used to verify custom domains: `1.1.1.1,8.8.8.8` or `127.0.0.1:5353`; default: the system's. */
  DNS_SERVERS: z
    .string()
    .regex(/^\s*[0-9a-fA-F.:[\]]+(\s*,\s*[0-9a-fA-F.:[\]]+)*\s*$/, 'expected resolver addresses such as 1.1.1.1,8.8.8.8 or 127.0.0.1:5353')
    .optional(),
  /** How often each process looks for custom domains due for a DNS re-check, in seconds; 0 turns re-checks off. */
  DOMAIN_RECHECK_SECONDS: z.coerce.number({ error: 'expected a number of seconds (0 turns re-checks off)' }).int().min(0).max(86_400).default(300),
  /** How often each process sweeps expired sessions, tokens, invitations and stale jobs, in seconds; 0 turns it off. */
  HOUSEKEEPING_SECONDS: z.coerce.number({ error: 'expected a number of seconds (0 turns housekeeping off)' }).int().min(0).max(86_400).default(3_600),
  /** The address apex custom domains point an A record at. */
  PLATFORM_IPV4: z.ipv4({ error: 'expected an IPv4 address such as 203.0.113.10' }).optional(),
  /** Model roles (../shared/DESIGN.md "AI"): `offline` or `provider:model`, e.g. anthropic:claude-sonnet-4-5. */
  PAGEHUB_MODEL_INTENT: z.string().trim().min(1).default('offline'),
  PAGEHUB_MODEL_EDITOR: z.string().trim().min(1).default('offline'),
  PAGEHUB_MODEL_GENERATOR: z.string().trim().min(1).default('offline'),
  PAGEHUB_MODEL_IMAGE: z.string().trim().min(1).default('offline'),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_BASE_URL: optionalUrl(/^https?$/, 'https://api.anthropic.com/v1'),
  OPENAI_API_KEY: z.string().optional(),
  /** An OpenAI-compatible server (vLLM, Ollama, llama.cpp) for `openai-compatible:` roles, or another OpenAI endpoint. */
  OPENAI_BASE_URL: optionalUrl(/^https?$/, 'http://localhost:11434/v1'),
  GOOGLE_GENERATIVE_AI_API_KEY: z.string().optional(),
  GOOGLE_GENERATIVE_AI_BASE_URL: optionalUrl(/^https?$/, 'https://generativelanguage.googleapis.com/v1beta'),
  /** How long one model call may take before it is abandoned (and retried). */
  AI_TIMEOUT_SECONDS: z.coerce.number({ error: 'expected a number of seconds' }).min(1).max(600).default(30),
  /** Platform-wide spend on model calls per UTC day; requests past it get 429. */
  AI_DAILY_BUDGET_USD: z.coerce.number({ error: 'expected an amount in US dollars such as 25' }).min(0).default(50),
  AI_GENERATIONS_PER_HOUR: z.coerce.number({ error: 'expected a whole number' }).int().min(0).default(3),
  AI_EDITS_PER_HOUR: z.coerce.number({ error: 'expected a whole number' }).int().min(0).default(60),
  AI_IMAGES_PER_HOUR: z.coerce.number({ error: 'expected a whole number' }).int().min(0).default(10),
  /** Stripe billing (src/billing): without a secret key billing is off and every account is on BILLING_DEFAULT_PLAN. */
  STRIPE_SECRET_KEY: z.string().trim().regex(/^(sk|rk)_(test|live)_\w+$/, 'expected a Stripe secret key such as sk_live_…').optional(),
  /** Signing secrets of the webhook endpoint, comma-separated while one is rotated: whsec_old,whsec_new. */
  STRIPE_WEBHOOK_SECRET: z.string().trim().regex(/^whsec_\w+(\s*,\s*whsec_\w+)*$/, 'expected whsec_… (several separated by commas while rotating)').optional(),
  /** Where the Stripe SDK sends its calls instead of api.stripe.com (a test server). */
  STRIPE_API_BASE: optionalUrl(/^https?$/, 'http://127.0.0.1:12111'),
  /** `subscription` (plans), `per-site` (pay once to publish a site) or `off`; default: subscription with a key, off without. */
  BILLING_MODE: z.enum(['off', 'subscription', 'per-site'], { error: 'expected off, subscription or per-site' }).optional(),
  /** The plan every account is on while billing is off (and new accounts' plan while it is on: always free). */
  BILLING_DEFAULT_PLAN: z.enum(['unlimited', 'free', 'starter', 'pro', 'business'], { error: 'expected unlimited, free, starter, pro or business' }).default('unlimited'),
  /** Plans' names, prices and limits as JSON, over the built-in ones: {"starter":{"limits":{"customDomains":3}}}. */
  BILLING_PLANS: z.string().optional(),
  STRIPE_PRICE_STARTER: z.string().trim().min(1).optional(),
  STRIPE_PRICE_PRO: z.string().trim().min(1).optional(),
  STRIPE_PRICE_BUSINESS: z.string().trim().min(1).optional(),
  /** The one-time price of publishing a site, for BILLING_MODE=per-site. */
  STRIPE_PRICE_SITE: z.string().trim().min(1).optional(),
  /** Days of full service after a payment fails, before the account turns read-only. */
  BILLING_GRACE_DAYS: z.coerce.number({ error: 'expected a number of days' }).min(0).max(90).default(7),
  /** Days an account stays read-only before its published sites show the “paused” page. */
  BILLING_PAUSE_DAYS: z.coerce.number({ error: 'expected a number of days' }).min(0).max(365).default(14),
  /**
   * Lets Prometheus read GET /metrics from another machine, sent as `Authorization: Bearer <token>`; without it only
   * callers on this machine (not through the proxy) may. Anyone else gets 404.
   */
  METRICS_TOKEN: z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(16, 'expected at least 16 characters (a long random string)').optional()),
  /** An OpenTelemetry collector's OTLP/HTTP base URL: traces of requests, queries, model calls and jobs go to /v1/traces under it. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl(/^https?$/, 'http://localhost:4318'),
  /** The `service.name` the traces carry. */
  OTEL_SERVICE_NAME: z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(1).max(100, 'expected a short name such as pagehub').default('pagehub')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  FACEBOOK_CLIENT_ID: z.string().optional(),
  FACEBOOK_CLIENT_SECRET: z.string().optional(),
  GITHUB_CLIENT_ID: z.string().optional(),
  GITHUB_CLIENT_SECRET: z.string().optional(),
  /** S3-compatible storage for uploads and published files instead of DATA_DIR/blobs: set the endpoint and bucket. */
  S3_ENDPOINT: optionalUrl(/^https?$/, 'https://s3.eu-central-1.amazonaws.com'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'expected a bucket name of 3–63 lowercase letters, digits, dots or hyphens')
    .optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style URLs (endpoint/bucket/key), which most self-hosted S3 servers need. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false', '1', '0'], { error: 'expected true or false' }).default('false').transform((value) => value === 'true' || value === '1'),
});

export type Config = z.infer<typeof ConfigSchema> & { publicUrl: string; billingMode: 'off' | 'subscription' | 'per-site' };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads configuration from `environment`; throws ConfigError with one line per bad variable. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
  }
  const config = parsed.data;
  for (const provider of ['GOOGLE', 'FACEBOOK', 'GITHUB'] as const) {
    const id = config[`${provider}_CLIENT_ID`];
    const secret = config[`${provider}_CLIENT_SECRET`];
    if (Boolean(id) !== Boolean(secret)) throw new ConfigError(`Invalid configuration — ${provider}_CLIENT_${id ? 'SECRET' : 'ID'}: set both ${provider}_CLIENT_ID and ${provider}_CLIENT_SECRET, or neither`);
  }
  const s3Settings = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  const s3Missing = s3Settings.filter((name) => !config[name]);
  if (s3Missing.length > 0 && s3Missing.length < s3Settings.length) {
    throw new ConfigError(`Invalid configuration — ${s3Missing[0]}: S3 storage needs ${s3Settings.join(', ')} (or none of them, for storage under DATA_DIR)`);
  }
  const billingMode = config.BILLING_MODE ?? (config.STRIPE_SECRET_KEY ? 'subscription' : 'off');
  if (billingMode !== 'off' && !config.STRIPE_SECRET_KEY) throw new ConfigError(`Invalid configuration — STRIPE_SECRET_KEY: BILLING_MODE=${billingMode} needs a Stripe secret key`);
  if (billingMode !== 'off' && !config.STRIPE_WEBHOOK_SECRET) throw new ConfigError('Invalid configuration — STRIPE_WEBHOOK_SECRET: billing needs the webhook endpoint’s signing secret (whsec_…), or payments are never confirmed');
  if (billingMode === 'per-site' && !config.STRIPE_PRICE_SITE) throw new ConfigError('Invalid configuration — STRIPE_PRICE_SITE: BILLING_MODE=per-site needs the price of publishing a site');
  const host = config.PLATFORM_DOMAIN === 'localhost' ? `localhost:${config.PORT}` : `app.${config.PLATFORM_DOMAIN}`;
  return { ...config, billingMode, publicUrl: (config.PUBLIC_URL ?? `${config.PLATFORM_DOMAIN === 'localhost' ? 'http' : 'https'}://${host}`).replace(/\/+$/, '') };
}
