// Settings an operator changes at runtime from the admin panel, stored in platform_settings and in force on every
// process within a second or two: a change NOTIFYs the other processes, which drop their copy; a copy is also never
// older than `maxAgeMs`, in case a notification was missed. Defaults come from the environment.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { listen, type Database } from '../store/index.ts';
import { PlanLimitSettingsSchema } from './plan-limit-settings.ts';

export const SETTINGS_CHANNEL = 'pagehub_settings';

const ModelValue = z.string().trim().min(1).max(200);
const RoleModelsSchema = z.object({ intent: ModelValue, editor: ModelValue, generator: ModelValue, image: ModelValue }).strict();

export const RuntimeSettingsSchema = z
  .object({
    ai: z
      .object({
        /** Attempts per model call, the first included (provider errors and timeouts are retried). */
        attempts: z.number().int().min(1).max(6),
        /** Each attempt is abandoned after this long. */
        timeoutSeconds: z.number().int().min(1).max(600),
        /** Platform-wide spend on model calls per UTC day. */
        dailyBudgetUsd: z.number().min(0).max(1_000_000),
        /** The model of each role, `offline` or `provider:model` as in PAGEHUB_MODEL_* (the route checks it can be called). */
        models: RoleModelsSchema,
        /** How much of the document the editor model reads: `scoped` (what the intent needs) or `page` (the whole page too). */
        contextStrategy: z.enum(['scoped', 'page']), // src/ai/context-strategy.ts (the edit route's types keep the two lists one)
      })
      .strict(),
    flags: z
      .object({
        /** New accounts can be created. */
        signUpsOpen: z.boolean(),
        /** New sites can be generated from a description. */
        generationOn: z.boolean(),
        /** A line every signed-in person sees at the top of the app (null: none). */
        maintenanceBanner: z.string().trim().min(1).max(300).nullable(),
      })
      .strict(),
    /** Limits per plan over the plans' own (billing applies them before per-account overrides). */
    limits: PlanLimitSettingsSchema,
  })
  .strict();

export type RuntimeSettings = z.infer<typeof RuntimeSettingsSchema>;
const AiPatchSchema = RuntimeSettingsSchema.shape.ai.extend({ models: RoleModelsSchema.partial() }).partial();
export const RuntimeSettingsPatchSchema = z.object({ ai: AiPatchSchema.optional(), flags: RuntimeSettingsSchema.shape.flags.partial().optional(), /** Replaces every limit per plan set before. */ limits: PlanLimitSettingsSchema.optional() }).strict();
export type RuntimeSettingsPatch = z.infer<typeof RuntimeSettingsPatchSchema>;

/** What the defaults are read from: the environment. */
export type SettingsConfig = Pick<Config, 'AI_TIMEOUT_SECONDS' | 'AI_DAILY_BUDGET_USD' | 'PAGEHUB_MODEL_INTENT' | 'PAGEHUB_MODEL_EDITOR' | 'PAGEHUB_MODEL_GENERATOR' | 'PAGEHUB_MODEL_IMAGE'>;

export function defaultSettings(config: SettingsConfig): RuntimeSettings {
  return { ai: { attempts: 3, timeoutSeconds: config.AI_TIMEOUT_SECONDS, dailyBudgetUsd: config.AI_DAILY_BUDGET_USD, models: { intent: config.PAGEHUB_MODEL_INTENT.trim(), editor: config.PAGEHUB_MODEL_EDITOR.trim(), generator: config.PAGEHUB_MODEL_GENERATOR.trim(), image: config.PAGEHUB_MODEL_IMAGE.trim() }, contextStrategy: 'scoped' }, flags: { signUpsOpen: true, generationOn: true, maintenanceBanner: null }, limits: {} };
}

export interface RuntimeSettingsStore {
  /** The settings in force (a cached copy, re-read after a change anywhere or when older than maxAgeMs). */
  get(): Promise<RuntimeSettings>;
  /** Applies an operator's change, stores it and tells every process; resolves with the settings now in force. */
  update(patch: RuntimeSettingsPatch, by: string, now: Date): Promise<RuntimeSettings>;
  /** Listens for changes made by other processes; call the result to stop. */
  listen(): Promise<() => Promise<void>>;
}

export function createRuntimeSettings(database: Database, config: SettingsConfig, { maxAgeMs = 5_000 }: { maxAgeMs?: number } = {}): RuntimeSettingsStore {
  const { db } = database;
  const defaults = defaultSettings(config);
  let cached: { settings: RuntimeSettings; at: number } | null = null;

  async function read(): Promise<RuntimeSettings> {
    const rows = await db.selectFrom('platform_settings').select(['key', 'value']).execute();
    const stored = Object.fromEntries(rows.map((row) => [row.key, typeof row.value === 'string' ? JSON.parse(row.value) : row.value])) as Partial<RuntimeSettings>;
    const merged = { ai: { ...defaults.ai, ...stored.ai, models: { ...defaults.ai.models, ...stored.ai?.models } }, flags: { ...defaults.flags, ...stored.flags }, limits: stored.limits ?? defaults.limits };
    // A value stored by an older version that no longer fits falls back to the default rather than failing requests.
    const parsed = RuntimeSettingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : defaults;
  }

  return {
    async get() {
      if (!cached || Date.now() - cached.at > maxAgeMs) cached = { settings: await read(), at: Date.now() };
      return cached.settings;
    },
    async update(patch, by, now) {
      const current = await read();
      const next = RuntimeSettingsSchema.parse({ ai: { ...current.ai, ...patch.ai, models: { ...current.ai.models, ...patch.ai?.models } }, flags: { ...current.flags, ...patch.flags }, limits: patch.limits ?? current.limits });
      await db.transaction().execute(async (transaction) => {
        for (const key of ['ai', 'flags', 'limits'] as const) {
          if (!patch[key]) continue;
          const value = JSON.stringify(key === 'ai' ? { ...next.ai, models: changedModels(next.ai.models, defaults.ai.models) } : next[key]);
          await transaction
            .insertInto('platform_settings')
            .values({ key, value, updated_by: by, updated_at: now })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_by: by, updated_at: now }))
            .execute();
        }
        await sql`SELECT pg_notify(${SETTINGS_CHANNEL}, 'changed')`.execute(transaction);
      });
      cached = { settings: next, at: Date.now() };
      return next;
    },
    listen: () =>
      listen(database, SETTINGS_CHANNEL, () => {
        cached = null;
      }, { onReconnect: () => void (cached = null) }),
  };
}

/** The models that differ from the environment's: a role left as it is keeps following PAGEHUB_MODEL_* after a restart. */
function changedModels(models: RuntimeSettings['ai']['models'], defaults: RuntimeSettings['ai']['models']): Partial<RuntimeSettings['ai']['models']> {
  return Object.fromEntries(Object.entries(models).filter(([role, value]) => defaults[role as keyof typeof defaults] !== value));
}
