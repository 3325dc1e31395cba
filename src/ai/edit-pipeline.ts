// The chat edit pipeline (../shared/DESIGN.md "AI"): prompt → intent → deterministic context → the editor's JSON
// Patch on the selected paths only → validation (scope, schema, links, moderation) → up to two retries with the
// errors fed back. A request for a picture goes to the image role instead (image-pipeline.ts), which stores it in the
// library the caller passes in. It plans; committing is the caller's (the HTTP route, the CLI), so the same plan serves both.
// Roles are interfaces: this file never knows whether a model or the offline rules answer.
import { AppError, type FieldError } from '../errors.ts';
import { applySitePatch, jsonEqual, outOfScope, summarizeChanges, type PatchOperation } from '../patch/index.ts';
import type { Site } from '../site/index.ts';
import { applyContextStrategy, type ContextStrategy } from './context-strategy.ts';
import type { EditContext } from './edit-context.ts';
import { planImage, type ImageLibrary, type StoredImage } from './image-pipeline.ts';
import type { Intent } from './intent.ts';
import { INTENT_MODULES } from './intents/index.ts';
import { findUnsafeContent } from './moderation.ts';
import { DEFAULT_RETRY, withProviderRetries, type RetryPolicy } from './retry.ts';
import { InvalidModelOutputError, ModelRequiredError, ProviderError, type EditProposal, type ModelRoles, type RoleAnswer } from './roles.ts';
import { MAX_PROMPT_LENGTH, withoutInvisible } from './sanitize-prompt.ts';
import { selectContext } from './select-context.ts';
import { siteOutline } from './site-outline.ts';
import { planTranslation } from './translate-pipeline.ts';

export const MAX_EDIT_PROMPT_LENGTH = MAX_PROMPT_LENGTH;
/** Answers after the first that a role may give when its previous one was invalid. */
export const MAX_CORRECTIONS = 2;

export interface EditPlanInput {
  site: Site;
  prompt: string;
  roles: ModelRoles;
  /** Needed for high-risk intents (deleting a page); without it they stop with AI_CONFIRMATION_REQUIRED. */
  confirm?: boolean;
  retry?: RetryPolicy;
  /** Where pictures the image role makes are counted and stored; without it a request for one is answered with a question. */
  images?: ImageLibrary;
  /** How much of the document the editor reads (context-strategy.ts); default `scoped`. */
  contextStrategy?: ContextStrategy;
}

export type EditPlan =
  | { kind: 'change'; intent: Intent; operations: PatchOperation[]; summary: string; site: Site; /** The picture made for a generate_image request, already in the library. */ asset?: StoredImage }
  | { kind: 'question'; intent: Intent | null; question: string };

/** Plans one chat edit of `site`. Throws AppErrors a person can act on (AI_MODEL_REQUIRED, AI_OUTPUT_REJECTED, …). */
export async function planEdit(input: EditPlanInput): Promise<EditPlan> {
  const prompt = cleanEditPrompt(input.prompt);
  const reading: { intent: Intent | null; context: EditContext | null } = { intent: null, context: null };
  try {
    return await plan(input, prompt, reading);
  } catch (error) {
    if (error instanceof ModelRequiredError) throw modelNeeded(error, reading.intent, reading.context);
    // A refused answer says which request it was for (the error log and the operator's Errors screen show it).
    if (error instanceof AppError && error.code === 'AI_OUTPUT_REJECTED' && reading.intent && error.extra?.intent === undefined) {
      throw new AppError(error.code, { detail: error.detail, ...(error.errors ? { errors: error.errors } : {}), extra: { ...error.extra, intent: reading.intent }, cause: error });
    }
    throw error;
  }
}

/**
 * AI_MODEL_REQUIRED as the person reads it: a product sentence, the intent that was read and the part of the site
 * to open to do it by hand. The operator's hint (the variable to set) stays on the error's cause, for the log.
 */
function modelNeeded(error: ModelRequiredError, intent: Intent | null, context: EditContext | null): AppError {
  const section = context?.sections[0];
  const page = context?.page ?? null;
  const open = { page: page?.slug ?? intent?.scope.page ?? null, section: section?.id ?? null };
  return new AppError('AI_MODEL_REQUIRED', { detail: error.forPerson, extra: { intent, open }, cause: error });
}

async function plan(input: EditPlanInput, prompt: string, reading: { intent: Intent | null; context: EditContext | null }): Promise<EditPlan> {
  const retry = input.retry ?? DEFAULT_RETRY;
  const outline = siteOutline(input.site);

  const intent = await withCorrections('intent', async (feedback) => (await callRole(retry, (signal) => input.roles.intent.classify({ prompt, outline, feedback }, signal))).value);
  reading.intent = intent;
  if (intent.needs_clarification || intent.intent_type === 'needs_clarification') {
    return { kind: 'question', intent, question: intent.question ?? 'What would you like to change — a text, a colour, a section or a page?' };
  }
  if (intent.intent_type === 'translate') return translate(input, intent, retry);
  const selection = selectContext(input.site, intent);
  if (!selection.ok) return { kind: 'question', intent, question: selection.question };
  const context = applyContextStrategy(input.site, selection.context, input.contextStrategy ?? 'scoped');
  reading.context = context;
  if (intent.risk === 'high' && input.confirm !== true) {
    throw new AppError('AI_CONFIRMATION_REQUIRED', {
      detail: `"${prompt.slice(0, 120)}" would ${INTENT_MODULES[intent.intent_type].describeRisk(intent)}. Nothing was changed: send it again with "confirm": true to go ahead (undo can bring it back).`,
      extra: { intent },
    });
  }
  if (intent.intent_type === 'generate_image') {
    const image = await planImage({ site: input.site, prompt, intent, context, roles: input.roles, library: input.images, retry, call: callRole });
    return image.kind === 'question' ? { kind: 'question', intent, question: image.question } : { ...image, intent };
  }

  let last: { proposal: EditProposal; result: ReturnType<typeof applySitePatch> } | undefined;
  const proposal = await withCorrections(
    'editor',
    async (feedback) => {
      const answer = (await callRole(retry, (signal) => input.roles.editor.propose({ prompt, intent, context, feedback }, signal))).value;
      if (answer.question !== null && answer.operations.length === 0) return answer;
      const result = applySitePatch(input.site, answer.operations);
      last = { proposal: answer, result };
      const errors = proposalErrors(answer, context, result);
      if (errors.length > 0) throw new InvalidModelOutputError('The proposed change is not valid', errors);
      return answer;
    },
  );
  if (proposal.operations.length === 0 || !last?.result.ok) {
    return { kind: 'question', intent, question: proposal.question ?? 'I could not work out a change from that. Could you say exactly what should change?' };
  }
  if (jsonEqual(last.result.site, input.site)) return { kind: 'question', intent, question: 'That is already the case, so nothing changed. Did you mean something else?' };
  const summary = proposal.summary.trim() || summarizeChanges(input.site, last.result.site);
  return { kind: 'change', intent, operations: proposal.operations, summary, site: last.result.site };
}

/** Translation reads every text, so it has its own pipeline (translate-pipeline.ts) behind the same plan. */
async function translate(input: EditPlanInput, intent: Intent, retry: RetryPolicy): Promise<EditPlan> {
  const plan = await planTranslation({ site: input.site, intent, roles: input.roles, call: (attempt) => callRole(retry, attempt), corrections: MAX_CORRECTIONS });
  if (plan.kind === 'question') return { kind: 'question', intent, question: plan.question };
  const result = applySitePatch(input.site, plan.operations);
  if (!result.ok) throw new AppError('AI_OUTPUT_REJECTED', { detail: 'The translated site failed validation, so nothing was changed.', errors: result.errors });
  return { kind: 'change', intent, operations: plan.operations, summary: plan.summary, site: result.site };
}

/** Control characters out, whitespace collapsed, at most MAX_EDIT_PROMPT_LENGTH characters. Markup is kept: moderation judges the result. */
export function cleanEditPrompt(prompt: string): string {
  const cleaned = withoutInvisible(prompt);
  if (cleaned === '') throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body/prompt', message: 'Say what to change, e.g. "make the primary color green".' }] });
  if (cleaned.length > MAX_EDIT_PROMPT_LENGTH) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body/prompt', message: `Keep the request under ${MAX_EDIT_PROMPT_LENGTH} characters (it has ${cleaned.length}).` }] });
  return cleaned;
}

function proposalErrors(proposal: EditProposal, context: EditContext, result: ReturnType<typeof applySitePatch>): FieldError[] {
  const errors: FieldError[] = [];
  if (proposal.operations.length === 0) errors.push({ path: 'operations', message: 'No operations: propose the change, or ask a question.' });
  for (const { index, path } of outOfScope(proposal.operations, context.allowedPaths)) {
    errors.push({ path: `operations/${index}`, message: `Changes ${path}, outside what this request may change (${context.allowedPaths.join(', ')}).` });
  }
  proposal.operations.forEach((operation, index) => {
    if ('value' in operation) errors.push(...findUnsafeContent(operation.value, ['operations', index, 'value']));
  });
  if (!result.ok) errors.push(...result.errors.map((error) => ({ path: error.path.startsWith('patch/') ? error.path.replace(/^patch/, 'operations') : `document/${error.path}`, message: error.message })));
  return errors;
}

async function callRole<T>(retry: RetryPolicy, call: (signal: AbortSignal) => Promise<RoleAnswer<T>>): Promise<RoleAnswer<T>> {
  try {
    return await withProviderRetries(call, retry);
  } catch (error) {
    if (error instanceof ProviderError) throw new AppError('AI_PROVIDER_UNAVAILABLE', { detail: `${error.message}. Nothing was changed; retry in a minute.`, cause: error });
    throw error;
  }
}

/** Runs `attempt` with the previous answer's errors until it gives a valid answer, at most 1 + MAX_CORRECTIONS times. */
async function withCorrections<T>(role: string, attempt: (feedback: FieldError[]) => Promise<T>): Promise<T> {
  let feedback: FieldError[] = [];
  for (let round = 0; ; round += 1) {
    try {
      return await attempt(feedback);
    } catch (error) {
      if (!(error instanceof InvalidModelOutputError)) throw error;
      feedback = error.errors.length > 0 ? error.errors : [{ path: '', message: error.message }];
      if (round >= MAX_CORRECTIONS) {
        throw new AppError('AI_OUTPUT_REJECTED', {
          detail: `The ${role} answered ${round + 1} times and each answer failed validation, so nothing was changed. Rephrase the request, or make the change by hand.`,
          errors: feedback,
          extra: { attempts: round + 1 },
        });
      }
    }
  }
}
