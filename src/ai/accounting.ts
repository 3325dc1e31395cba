// What the AI costs and who may spend it: every model call is recorded (role, provider, model, tokens, latency,
// cost, outcome, site, user, job), and requests are refused with 429 past a person's hourly allowance or the
// platform's daily budget. Roles are metered by wrapping them, so pipelines never record anything themselves.
import { sql, type Kysely } from 'kysely';
import { AppError, tryAgainIn } from '../errors.ts';
import type { Tables } from '../store/index.ts';
import { callCost } from './prices.ts';
import { inSpan, SpanKind, type Span } from '../tracing.ts';
import { InvalidModelOutputError, ModelRequiredError, ProviderError, type ModelRoles, type RoleAnswer, type RoleIdentity, type RoleName, type Usage } from './roles.ts';

export interface AiLimits {
  generationsPerHour: number;
  editsPerHour: number;
  /** Pictures made by the image role, counted apart from the chat edits that ask for them. */
  imagesPerHour: number;
  dailyBudgetUsd: number;
}

/** What a person's hourly allowances count: site generations, chat edits and pictures made. */
export type AiRequestKind = 'generate' | 'edit' | 'image';

const ALLOWANCES: Record<AiRequestKind, { limit: (limits: AiLimits) => number; what: (count: number) => string; instead: string }> = {
  generate: { limit: (limits) => limits.generationsPerHour, what: (count) => `${count} site generations`, instead: 'edits by hand are not limited' },
  edit: { limit: (limits) => limits.editsPerHour, what: (count) => `${count} chat edits`, instead: 'edits by hand are not limited' },
  image: { limit: (limits) => limits.imagesPerHour, what: (count) => `${count} ${count === 1 ? 'picture' : 'pictures'} made by the assistant`, instead: 'uploading your own photos is not limited' },
};

export interface Attribution {
  userId?: string | null;
  siteId?: string | null;
  jobId?: string | null;
}

export type CallOutcome = 'ok' | 'invalid_output' | 'provider_error' | 'model_required' | 'error';

export interface ModelCallRecord extends Attribution {
  role: RoleName;
  provider: string;
  model: string;
  usage: Usage;
  latencyMs: number;
  outcome: CallOutcome;
}

export async function recordModelCall(db: Kysely<Tables>, call: ModelCallRecord, at: Date = new Date()): Promise<void> {
  await recordModelCalls(db, [call], at);
}

/** Records several calls in one statement (a request's calls, once it is answered). */
export async function recordModelCalls(db: Kysely<Tables>, calls: readonly ModelCallRecord[], at: Date = new Date()): Promise<void> {
  if (calls.length === 0) return;
  await db
    .insertInto('ai_calls')
    .values(
      calls.map((call) => ({
        at,
        role: call.role,
        provider: call.provider,
        model: call.model,
        input_tokens: call.usage.inputTokens,
        output_tokens: call.usage.outputTokens,
        latency_ms: Math.round(call.latencyMs),
        cost_usd: callCost(call.provider, call.model, call.usage),
        outcome: call.outcome,
        site_id: call.siteId ?? null,
        user_id: call.userId ?? null,
        job_id: call.jobId ?? null,
      })),
    )
    .execute();
}

/**
 * Refuses (429, with Retry-After) a generation, edit or picture past the person's hourly allowance or once the
 * platform's spend today (UTC) has reached the daily budget; otherwise counts the request.
 */
export async function claimAiRequest(db: Kysely<Tables>, request: { kind: AiRequestKind; userId: string; siteId?: string | null; billedTo?: string }, limits: AiLimits, now: Date = new Date()): Promise<void> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const allowance = ALLOWANCES[request.kind].limit(limits);
  const { rows } = await sql<{ count: number; oldest: Date | null; spent: string }>`
    SELECT count(*)::int AS count, min(at) AS oldest,
      (SELECT coalesce(sum(cost_usd), 0) FROM ai_calls WHERE at >= ${dayStart}) AS spent
    FROM ai_requests WHERE user_id = ${request.userId} AND kind = ${request.kind} AND at > ${hourAgo}`.execute(db);
  const recent = rows[0]!;
  if (recent.count >= allowance) {
    const oldest = recent.oldest ? new Date(recent.oldest) : now;
    const retryAfter = Math.max(1, Math.ceil((oldest.getTime() + 3_600_000 - now.getTime()) / 1000));
    const { what, instead } = ALLOWANCES[request.kind];
    throw new AppError('AI_LIMIT_REACHED', {
      detail: `You have used your ${what(allowance)} for this hour. Try again ${tryAgainIn(retryAfter)}; ${instead}.`,
      headers: { 'Retry-After': String(retryAfter) },
      extra: { limit: allowance, retryAfter },
    });
  }
  if (Number(recent.spent) >= limits.dailyBudgetUsd) {
    const retryAfter = Math.max(1, Math.ceil((dayStart.getTime() + 86_400_000 - now.getTime()) / 1000));
    throw new AppError('AI_BUDGET_EXHAUSTED', { headers: { 'Retry-After': String(retryAfter) }, extra: { retryAfter } });
  }
  await db.insertInto('ai_requests').values({ kind: request.kind, user_id: request.userId, site_id: request.siteId ?? null, at: now, billed_to: request.billedTo ?? request.userId }).execute();
}

/**
 * The same roles, each call timed and recorded with `attribution`, inside a span `ai <role>.<call>` (traces: role,
 * provider, model, tokens, cost and outcome — never the prompt or the answer). Recording failures are reported, never thrown.
 */
export function meterRoles(roles: ModelRoles, record: (call: ModelCallRecord) => Promise<void>, attribution: Attribution = {}, onRecordError: (error: unknown) => void = () => {}): ModelRoles {
  const metered = <Request, Value>(role: RoleName, callName: string, identity: RoleIdentity, call: (request: Request, signal?: AbortSignal) => Promise<RoleAnswer<Value>>) =>
    (request: Request, signal?: AbortSignal): Promise<RoleAnswer<Value>> => {
      const attributes = { 'pagehub.ai.role': role, 'gen_ai.operation.name': callName, 'gen_ai.provider.name': identity.provider, 'gen_ai.request.model': identity.model };
      return inSpan(`ai ${role}.${callName}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        const started = performance.now();
        const save = (usage: Usage, outcome: CallOutcome) => {
          traceCall(span, identity, usage, outcome);
          return record({ role, provider: identity.provider, model: identity.model, usage, latencyMs: performance.now() - started, outcome, ...attribution }).catch(onRecordError);
        };
        try {
          const answer = await call(request, signal);
          await save(answer.usage, 'ok');
          return answer;
        } catch (error) {
          const outcome: CallOutcome = error instanceof InvalidModelOutputError ? 'invalid_output' : error instanceof ProviderError ? 'provider_error' : error instanceof ModelRequiredError ? 'model_required' : 'error';
          await save(error instanceof InvalidModelOutputError ? error.usage : { inputTokens: 0, outputTokens: 0 }, outcome);
          throw error;
        }
      });
    };
  return {
    intent: { ...identity(roles.intent), classify: metered('intent', 'classify', roles.intent, roles.intent.classify.bind(roles.intent)) },
    editor: {
      ...identity(roles.editor),
      propose: metered('editor', 'propose', roles.editor, roles.editor.propose.bind(roles.editor)),
      translate: metered('editor', 'translate', roles.editor, roles.editor.translate.bind(roles.editor)),
    },
    generator: { ...identity(roles.generator), generate: metered('generator', 'generate', roles.generator, roles.generator.generate.bind(roles.generator)) },
    image: { ...identity(roles.image), isAvailable: roles.image.isAvailable, generate: metered('image', 'generate', roles.image, roles.image.generate.bind(roles.image)) },
  };
}

function traceCall(span: Span, identity: RoleIdentity, usage: Usage, outcome: CallOutcome): void {
  span.setAttributes({
    'gen_ai.usage.input_tokens': usage.inputTokens,
    'gen_ai.usage.output_tokens': usage.outputTokens,
    'pagehub.ai.cost_usd': callCost(identity.provider, identity.model, usage),
    'pagehub.ai.outcome': outcome,
    ...(usage.images === undefined ? {} : { 'pagehub.ai.images': usage.images }),
  });
}

function identity(role: RoleIdentity): RoleIdentity {
  return { provider: role.provider, model: role.model };
}
