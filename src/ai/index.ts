// AI: the model roles (intent, editor, generator, image) and their providers, the offline rules that stand in
// for them by default, and the pipelines built on them — chat edits (edit-pipeline.ts) and site generation
// (generate-site.ts), with pictures made for a section (image-pipeline.ts) — and accounting of every model call. ../shared/DESIGN.md "AI" describes the design.
export { claimAiRequest, meterRoles, recordModelCall, recordModelCalls, type AiLimits, type AiRequestKind, type Attribution, type ModelCallRecord } from './accounting.ts';
export { applyContextStrategy, CONTEXT_STRATEGIES, type ContextStrategy } from './context-strategy.ts';
export type { EditContext } from './edit-context.ts';
export { cleanEditPrompt, planEdit, type EditPlan, type EditPlanInput } from './edit-pipeline.ts';
export type { ImageLibrary, StoredImage } from './image-pipeline.ts';
export type { IntentType } from './intent.ts';
export { Intent } from './intent-schema.ts';
export { INTENT_TYPES } from './intents/index.ts';
export { findUnsafeContent } from './moderation.ts';
export { offlineRoles } from './offline-rules/index.ts';
export { DEFAULT_RETRY, retryPolicyFor, withProviderRetries, type RetryPolicy } from './retry.ts';
export * from './roles.ts';
export { selectContext } from './select-context.ts';
export { siteOutline, type SiteOutline } from './site-outline.ts';
export { checkModelConfig, createModelRoles, createRolesForSettings, providerReadiness, roleModelErrors, roleModelsOf, type RoleModels, type RoleSettings, type RolesForSettings } from './providers/index.ts';
export { generateSite, type GeneratedSite } from './generate-site.ts';
export { sanitizePrompt } from './sanitize-prompt.ts';
export { callCost } from './prices.ts';
