import { createRoute, z } from '@hono/zod-openapi';
import { callCost, claimAiRequest, type ImageLibrary, meterRoles, ModelRequiredError, type ModelCallRecord, planEdit, recordModelCalls, retryPolicyFor } from '../../ai/index.ts';
import { AppError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { chatTurnRecorder } from '../chat-turn-recorder.ts';
import { PROBLEM_CONTENT_TYPE, problemResponses, ProblemSchema } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { CommitSchema, jsonBody, jsonResponse, PatchOperationBody, RefName, signedIn, SiteIdParams } from '../schemas.ts';
import { serializeCommit } from './serialize.ts';

const IntentSchema = z
  .object({
    intent_type: z.string(),
    target: z.string().nullable(),
    scope: z.object({ page: z.string().nullable(), sections: z.array(z.string()) }),
    risk: z.enum(['low', 'medium', 'high']),
    needs_clarification: z.boolean(),
  })
  .openapi('Intent');

/** AI_MODEL_REQUIRED: the product sentence in `detail`, the intent read and the part of the site to open by hand. */
const ModelRequiredProblemSchema = ProblemSchema.extend({
  intent: z.union([IntentSchema, z.null()]),
  open: z
    .object({ page: z.string().nullable().openapi({ description: 'Slug of the page to open (`home` for the home page).' }), section: z.string().nullable().openapi({ description: 'Id of the section to open.' }) })
    .openapi('EditLinkTarget'),
}).openapi('ModelRequiredProblem');

const UsageSchema = z.object({ calls: z.number().int(), inputTokens: z.number().int(), outputTokens: z.number().int(), costUsd: z.number() }).openapi('AiUsage');

const editRoute = createRoute({
  method: 'post',
  path: '/api/sites/{id}/edit',
  tags: ['ai'],
  operationId: 'editSiteByChat',
  security: signedIn,
  summary: 'Change a site by chat: the AI proposes a patch, the server validates and commits it',
  description:
    'Classifies the prompt, selects only the parts of the document in scope, asks the editor role for JSON Patch operations on them, validates (scope, schema, links, moderation; up to two corrections) and commits with source `ai`. Vague prompts answer 200 `{question}` and commit nothing; deleting a page needs `confirm: true` (409 AI_CONFIRMATION_REQUIRED otherwise). The plan is made against the branch head as it is now, whatever `base` says (the model reads the latest document); if someone saves while it is being made, the change is rebased like any commit, and refused with 409 EDIT_CONFLICT only when it overlaps theirs.',
  request: {
    params: SiteIdParams,
    body: jsonBody(
      z.object({
        prompt: z.string().max(10_000).openapi({ example: 'make the primary color green' }),
        branch: RefName.default('main'),
        base: z.string().min(1).max(80).openapi({ description: 'The version the person was looking at; the change is planned on the current head whatever it is.' }),
        confirm: z.boolean().default(false),
      }),
    ),
  },
  responses: {
    201: jsonResponse('The committed change', z.object({ commit: CommitSchema, summary: z.string(), patch: z.array(PatchOperationBody), intent: IntentSchema, usage: UsageSchema })),
    // A union, not IntentSchema.nullable(): that would make the shared `Intent` component nullable in the 201 too.
    200: jsonResponse('A question; nothing was committed', z.object({ question: z.string(), intent: z.union([IntentSchema, z.null()]), usage: UsageSchema })),
    ...problemResponses(400, 401, 402, 403, 404, 409, 429, 503),
    422: {
      description: 'AI_MODEL_REQUIRED (the request needs the AI assistant; `intent` and `open` say what was read and where to do it by hand), or AI_OUTPUT_REJECTED',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: z.union([ModelRequiredProblemSchema, ProblemSchema]) } },
    },
  },
});

/** The pipeline's failures the error log keeps (a refusal the person chose or caused — limits, confirmation, no model — is not one). */
const FAILED_EDIT_CODES = new Set(['AI_OUTPUT_REJECTED', 'AI_PROVIDER_UNAVAILABLE', 'INTERNAL']);

/** How many answers the model gave before the edit was refused (AI_OUTPUT_REJECTED). */
function attemptsOf(error: unknown): number | undefined {
  const attempts = error instanceof AppError ? error.extra?.attempts : undefined;
  return typeof attempts === 'number' ? attempts : undefined;
}

function intentOf(error: unknown): string | undefined {
  const intent = error instanceof AppError ? (error.extra?.intent as { intent_type?: unknown } | undefined) : undefined;
  return typeof intent?.intent_type === 'string' ? intent.intent_type : undefined;
}

export const registerEditRoutes: Router = (app, { database, sites, config, currentRoles, clock, logger, billing, settings, metrics, errors }) => {
  const { db } = database;
  app.openapi(editRoute, async (c) => {
    // Models, retries, timeouts, the context strategy and the daily budget as the operator has them now (admin settings).
    const { ai } = await settings.get();
    const roles = await currentRoles();
    const limits = { generationsPerHour: config.AI_GENERATIONS_PER_HOUR, editsPerHour: config.AI_EDITS_PER_HOUR, imagesPerHour: config.AI_IMAGES_PER_HOUR, dailyBudgetUsd: ai.dailyBudgetUsd };
    const retry = { ...retryPolicyFor(config), attempts: ai.attempts, timeoutMs: ai.timeoutSeconds * 1000 };
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const chat = chatTurnRecorder(site, logger, { branch: body.branch, prompt: body.prompt });
    // The model reads the latest document: a `base` behind the head is not refused, the plan is simply made on the head.
    const head = await site.history.head(body.branch);
    // The AI edits and pictures of a site count against the plan of whoever pays for it.
    const payer = await billing.payerOf(id);
    await billing.requireWithin(payer, 'aiEditsPerMonth').catch(chat.refused);
    await claimAiRequest(db, { kind: 'edit', userId: user.id, siteId: id, billedTo: payer }, limits, clock()).catch(chat.refused);

    // Calls are recorded together once the plan is made (or has failed): one insert per request.
    const calls: ModelCallRecord[] = [];
    const metered = meterRoles(roles, async (call) => void calls.push(call), { userId: user.id, siteId: id });
    let plan;
    try {
      // A picture the image role makes is counted against its own allowance, then stored like an upload.
      const images: ImageLibrary = {
        claim: async () => {
          await billing.requireWithin(payer, 'imageGenerationsPerMonth');
          await db.transaction().execute(async (transaction) => {
            await claimAiRequest(transaction, { kind: 'image', userId: user.id, siteId: id, billedTo: payer }, limits, clock());
            await billing.queueUsage(transaction, [{ userId: payer, meter: 'imageGenerations', value: 1, occurredAt: clock() }]);
          });
        },
        store: ({ fileName, bytes, alt }) => site.assets.upload(fileName, bytes, { alt }),
      };
      plan = await planEdit({ site: head.document, prompt: body.prompt, roles: metered, confirm: body.confirm, retry, images, contextStrategy: ai.contextStrategy });
    } catch (error) {
      // The person reads the product sentence; which variable to set is the operator's, so it goes to the log only.
      if (error instanceof AppError && error.cause instanceof ModelRequiredError) logger.warn({ variable: error.cause.variable, siteId: id }, `ai: ${error.cause.message}`);
      if (!(error instanceof AppError) || FAILED_EDIT_CODES.has(error.code)) {
        const context = { siteId: id, userId: user.id, code: error instanceof AppError ? error.code : 'INTERNAL', intent: intentOf(error), attempts: attemptsOf(error), calls: calls.length };
        await errors.record({ source: 'ai_edit', error, route: 'POST /api/sites/:id/edit', requestId: c.get('requestId'), context });
      }
      await chat.refused(error);
      throw error;
    } finally {
      const tokens = calls.reduce((sum, call) => sum + call.usage.inputTokens + call.usage.outputTokens, 0);
      await db
        .transaction()
        .execute(async (transaction) => {
          await recordModelCalls(transaction, calls, clock());
          await billing.queueUsage(transaction, [{ userId: payer, meter: 'aiTokens', value: tokens, occurredAt: clock() }]);
        })
        .catch((error: unknown) => logger.error({ err: error }, 'ai: recording model calls failed'));
      metrics.countModelCalls(calls.map((call) => ({ ...call, costUsd: callCost(call.provider, call.model, call.usage) })));
    }
    const usage = {
      calls: calls.length,
      inputTokens: calls.reduce((sum, call) => sum + call.usage.inputTokens, 0),
      outputTokens: calls.reduce((sum, call) => sum + call.usage.outputTokens, 0),
      costUsd: calls.reduce((sum, call) => sum + callCost(call.provider, call.model, call.usage), 0),
    };
    if (plan.kind === 'question') {
      await chat.asked(plan.question);
      return c.json({ question: plan.question, intent: plan.intent, usage }, 200);
    }

    // Committed on the head it was planned on; a save by someone else meanwhile is merged with it (rebased).
    const commit = await site.history.commit({ branch: body.branch, base: head.commit.id, patch: plan.operations, summary: plan.summary, source: 'ai' }).catch(chat.refused);
    await chat.committed(commit.id, plan.summary);
    await auditRequest(c, db, { siteId: id, action: 'commit.ai', target: commit.id, details: { branch: body.branch, intent: plan.intent.intent_type, ...(plan.asset ? { asset: plan.asset.id } : {}) } });
    return c.json({ commit: serializeCommit(commit), summary: plan.summary, patch: plan.operations, intent: plan.intent, usage }, 201);
  });
};
