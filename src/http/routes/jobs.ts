import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { type AiLimits, claimAiRequest, sanitizePrompt } from '../../ai/index.ts';
import type { Config } from '../../config.ts';
import { AppError, appError, tryAgainIn, validationError } from '../../errors.ts';
import { createJobWakeups, findJobByIdempotencyKey, getJobOf, insertGenerationJob, jobView, updateJob, watchJob, type GenerationJob } from '../../jobs/index.ts';
import { isSubdomainAvailable, subdomainProblem } from '../../store/index.ts';
import type { AppContext, Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { DEFAULT_OFFLINE_GENERATION_LIMIT } from '../middleware/rate-limit-policies.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { jsonBody, jsonResponse, signedIn } from '../schemas.ts';

const HEARTBEAT_MS = 15_000;
const POLL_MS = 1_000;

const GenerateBody = z
  .object({
    prompt: z.string().max(20_000).openapi({ description: 'The business in plain words; at most 2,000 characters once markup and template syntax are removed.', example: 'A family bakery in Porto: sourdough, pastries and coffee.' }),
    subdomain: z.string().min(1).max(63).openapi({ example: 'crumb-and-co' }),
  })
  .openapi('GenerateSite');

const GenerateHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().openapi({ description: 'Retrying with the same key answers the same job: no second job, no second use of the allowance.' }),
});

const JobAccepted = z.object({ jobId: z.string(), statusUrl: z.string(), eventsUrl: z.string() }).openapi('JobAccepted');

const NoteSchema = z
  .object({
    text: z.string(),
    fix: z
      .discriminatedUnion('panel', [
        z.object({ panel: z.literal('business'), field: z.enum(['name', 'phone', 'address', 'hours']) }),
        z.object({ panel: z.literal('theme') }),
        z.object({ panel: z.literal('sections'), sectionId: z.string() }),
        z.object({ panel: z.literal('pages') }),
      ])
      .optional()
      .openapi({ description: 'Where in the editor the person fixes it.' }),
  })
  .openapi('GenerationNote', { description: 'Something the generator assumed or invented.' });

const FieldErrors = z.array(z.object({ path: z.string(), message: z.string() }));
const JobSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    stage: z.string().openapi({ description: 'queued, generating, validating, correcting (a retry with the errors fed back), saving, retrying (after an unexpected failure), done or failed', example: 'generating' }),
    progress: z.number().min(0).max(1),
    result: z.object({ siteId: z.string(), subdomain: z.string(), head: z.string(), notes: z.array(NoteSchema).openapi({ description: 'What the generator assumed or invented, for the person to check.' }) }).nullable(),
    error: z.object({ code: z.string(), title: z.string(), detail: z.string(), errors: FieldErrors.optional() }).nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Job');

const JobIdParams = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });

const generateRoute = createRoute({
  method: 'post',
  path: '/api/sites/generate',
  tags: ['jobs'],
  operationId: 'generateSite',
  security: signedIn,
  summary: 'Generate a site from a description, in the background',
  description:
    'Answers 202 with the job to poll (GET /api/jobs/{id}) or stream (…/events). With a model configured for the generator role it counts against the hourly AI generation allowance (429 AI_LIMIT_REACHED); the offline composer costs nothing and has its own, larger hourly limit (429 RATE_LIMITED).',
  request: { body: jsonBody(GenerateBody), headers: GenerateHeaders },
  responses: {
    202: jsonResponse('The job was queued', JobAccepted),
    200: jsonResponse('The job this Idempotency-Key already started', JobAccepted),
    ...problemResponses(400, 401, 402, 409, 429, 503),
  },
});

const getJobRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  tags: ['jobs'],
  operationId: 'getJob',
  security: signedIn,
  summary: 'A generation job: status, stage, progress, and the result or the error',
  request: { params: JobIdParams },
  responses: { 200: jsonResponse('The job', JobSchema), ...problemResponses(401, 404) },
});

const jobEventsRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/events',
  tags: ['jobs'],
  operationId: 'streamJobEvents',
  security: signedIn,
  summary: 'Server-Sent Events following a generation job until it ends',
  description:
    '`event: status` carries the same JSON as GET /api/jobs/{id}: once at once, then at every change; `event: partial` carries `{ document }` when a partial document arrives. The stream closes after the final status; `: ping` comments keep it open every 15 s.',
  request: { params: JobIdParams },
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string().openapi({ example: 'event: status\ndata: {"id":"…","status":"running","stage":"generating","progress":0.05,…}\n\n' }) } } },
    ...problemResponses(401, 404),
  },
});

function aiLimitsFrom(config: Config): AiLimits {
  return { generationsPerHour: config.AI_GENERATIONS_PER_HOUR, editsPerHour: config.AI_EDITS_PER_HOUR, imagesPerHour: config.AI_IMAGES_PER_HOUR, dailyBudgetUsd: config.AI_DAILY_BUDGET_USD };
}

function accepted(c: AppContext, job: GenerationJob, status: 200 | 202) {
  const statusUrl = `/api/jobs/${job.id}`;
  c.header('Location', statusUrl);
  return { body: { jobId: job.id, statusUrl, eventsUrl: `${statusUrl}/events` }, status } as const;
}

/** Thrown inside the claiming transaction when a concurrent request took the same Idempotency-Key: rolls the claim back. */
class KeyTakenMeanwhile extends Error {}

export const registerJobRoutes: Router = (app, { database, jobs, config, clock, logger, currentRoles, rateLimits, billing, settings, metrics }) => {
  const { db } = database;
  const wakeups = createJobWakeups(database, logger);
  const limits = aiLimitsFrom(config);
  const offlinePolicy = rateLimits?.offlineGenerationsPerUser ?? DEFAULT_OFFLINE_GENERATION_LIMIT;
  const offlineLimiter = createLimiter(database, 'offline-generations-user', offlinePolicy);
  const offlineLimitDetail = (seconds: number) => `You have created ${offlinePolicy.points} sites within an hour. Try again ${tryAgainIn(seconds)}; editing your sites is not limited.`;

  /** The job already started under this key, or a 409 when the key was used for something else. */
  const replay = (job: GenerationJob, prompt: string, subdomain: string) => {
    if (job.prompt !== prompt || job.subdomain !== subdomain) {
      throw appError('CONFLICT', 'This Idempotency-Key was already used for a different description or subdomain. Send a new key for a new request.', { jobId: job.id });
    }
    return job;
  };

  app.openapi(generateRoute, async (c) => {
    const user = requireUser(c);
    const body = c.req.valid('json');
    const idempotencyKey = c.req.valid('header')['idempotency-key'] ?? null;
    const prompt = sanitizePrompt(body.prompt);
    const earlier = idempotencyKey === null ? undefined : await findJobByIdempotencyKey(db, user.id, idempotencyKey);
    if (earlier) {
      const { body: answer, status } = accepted(c, replay(earlier, prompt, body.subdomain), 200);
      return c.json(answer, status);
    }
    const problem = subdomainProblem(body.subdomain);
    if (problem) throw validationError([{ path: 'body/subdomain', message: problem }], problem);
    if (!(await isSubdomainAvailable(db, body.subdomain, clock()))) throw appError('SUBDOMAIN_TAKEN', `The subdomain "${body.subdomain}" is taken; choose another one.`);
    const { flags, ai } = await settings.get();
    // The offline composer costs nothing: its generations do not use the AI allowance, only a generous limit against abuse.
    const isOffline = (await currentRoles()).generator.provider === 'offline';
    if (!flags.generationOn) throw new AppError('UNAVAILABLE', { detail: 'Making new sites from a description is paused for a while. You can start from a template or a blank site instead, or try again later.' });
    await billing.requireAccountWritable(user.id);
    await billing.requireWithin(user.id, 'sites');
    await billing.requireWithin(user.id, 'generationsPerMonth');
    if (isOffline) await consumeOrThrow(offlineLimiter, user.id, offlineLimitDetail);
    let job: GenerationJob;
    try {
      job = await db.transaction().execute(async (transaction) => {
        if (!isOffline) await claimAiRequest(transaction, { kind: 'generate', userId: user.id }, { ...limits, dailyBudgetUsd: ai.dailyBudgetUsd }, clock());
        await billing.recordGeneration(transaction, user.id, { claimed: !isOffline });
        const inserted = await insertGenerationJob(transaction, { userId: user.id, prompt, subdomain: body.subdomain, idempotencyKey });
        if (!inserted) throw new KeyTakenMeanwhile();
        return inserted;
      });
    } catch (error) {
      if (!(error instanceof KeyTakenMeanwhile) || idempotencyKey === null) throw error;
      const concurrent = await findJobByIdempotencyKey(db, user.id, idempotencyKey);
      if (!concurrent) throw error;
      const { body: answer, status } = accepted(c, replay(concurrent, prompt, body.subdomain), 200);
      return c.json(answer, status);
    }
    try {
      await jobs.enqueue(job.id);
    } catch (error) {
      c.get('logger').error({ err: error, jobId: job.id }, 'Could not enqueue a generation job');
      const detail = 'The job queue did not accept the generation, so no site will be created. Retry in a minute.';
      await updateJob(db, job.id, { status: 'failed', stage: 'failed', error: { code: 'UNAVAILABLE', title: 'Service unavailable', detail } });
      throw new AppError('UNAVAILABLE', { detail, cause: error });
    }
    await auditRequest(c, db, { siteId: null, action: 'site.generate', target: body.subdomain, details: { jobId: job.id } });
    const { body: answer, status } = accepted(c, job, 202);
    return c.json(answer, status);
  });

  const ownJob = async (c: AppContext, jobId: string) => {
    const user = requireUser(c);
    const job = await getJobOf(db, user.id, jobId);
    if (!job) throw appError('NOT_FOUND', `You have no generation job "${jobId}". Jobs are visible to the person who started them.`);
    return { user, job };
  };

  app.openapi(getJobRoute, async (c) => {
    const { job } = await ownJob(c, c.req.valid('param').id);
    return c.json(jobView(job), 200);
  });

  app.openapi(jobEventsRoute, async (c) => {
    const { user, job } = await ownJob(c, c.req.valid('param').id);
    return streamSSE(c, async (stream) => {
      const stop = new AbortController();
      stream.onAbort(() => stop.abort());
      c.req.raw.signal.addEventListener('abort', () => stop.abort(), { once: true });
      const heartbeat = setInterval(() => void stream.write(': ping\n\n'), HEARTBEAT_MS);
      const closeStream = metrics.openJobStream();
      try {
        for await (const update of watchJob({ db, wakeups, userId: user.id, jobId: job.id, signal: stop.signal, pollMs: POLL_MS })) {
          if (update.kind === 'status') await stream.writeSSE({ event: 'status', data: JSON.stringify(update.job) });
          else await stream.writeSSE({ event: 'partial', data: JSON.stringify({ document: update.document }) });
        }
      } catch (error) {
        if (!stop.signal.aborted) c.get('logger').warn({ err: error, jobId: job.id }, 'Job event stream ended by an error');
      } finally {
        closeStream();
        clearInterval(heartbeat);
        stop.abort();
      }
    });
  });
};
