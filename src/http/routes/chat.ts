import { createRoute, z } from '@hono/zod-openapi';
import { validationError } from '../../errors.ts';
import { CHAT_OUTCOMES } from '../../store/index.ts';
import type { Router } from '../app-env.ts';
import { problemResponses } from '../problem.ts';
import { jsonResponse, RefName, signedIn, SiteIdParams } from '../schemas.ts';

const ChatTurnSchema = z
  .object({
    id: z.string(),
    prompt: z.string().openapi({ description: 'What the person asked, as typed.' }),
    outcome: z.enum(CHAT_OUTCOMES).openapi({ description: 'A committed change, a question back, an error, or a deletion waiting for a confirmation.' }),
    reply: z.string().openapi({ description: 'What the person read: the summary of the change, the question, or the message.' }),
    errorCode: z.string().nullable(),
    commitId: z.string().nullable(),
    author: z.object({ id: z.string(), name: z.string() }).nullable().openapi({ description: 'Who asked; null when that account no longer exists.' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('ChatTurn');

const listRoute = createRoute({
  method: 'get',
  path: '/api/sites/{id}/chat',
  tags: ['ai'],
  operationId: 'listChatTurns',
  security: signedIn,
  summary: "A branch's chat conversation: the newest page of turns, or the page before `before` (viewers and up)",
  description: 'Each page lists its turns oldest first; pass the id of the first turn as `before` for the page before it, while `hasMore` is true.',
  request: {
    params: SiteIdParams,
    query: z.object({
      branch: RefName.default('main'),
      before: z.string().regex(/^\d{1,15}$/, 'Pass the id of the oldest turn you have').optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: { 200: jsonResponse('A page of the conversation', z.object({ turns: z.array(ChatTurnSchema), hasMore: z.boolean() })), ...problemResponses(400, 401, 404) },
});

export const registerChatRoutes: Router = (app, { sites }) => {
  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const site = await sites.forSite(c, id, 'viewer');
    const page = await site.chat.list({ branch: query.branch, before: query.before, limit: query.limit });
    if (!page) throw validationError([{ path: 'query/before', message: 'This is not a message of this conversation. Reload the chat.' }]);
    return c.json({ turns: page.turns.map((turn) => ({ ...turn, createdAt: turn.createdAt.toISOString() })), hasMore: page.hasMore }, 200);
  });
};
