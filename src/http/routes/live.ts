// Live editing: who else has the site open in the editor, and the branch's new commits as they land, on any process.
// A tab reports itself with POST …/presence (a heartbeat every 10 s, and when the person moves to another section)
// and DELETE …/presence/{tabId} when it closes; GET …/live streams `presence` and `head` events. Streams share this
// process's one LISTEN per channel (store/site-events.ts) and hold no database connection between events.
import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { appError } from '../../errors.ts';
import { COMMIT_SOURCES, presenceColor, SITE_ROLES, type Commit, type PresenceRow, type SiteEvent } from '../../store/index.ts';
import type { AppContext, Router } from '../app-env.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { DEFAULT_PRESENCE_LIMIT } from '../middleware/rate-limit-policies.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { jsonBody, RefName, signedIn, SiteIdParams } from '../schemas.ts';
import type { SiteHandle } from '../site-handle.ts';

const RECHECK_MS = 10_000;
const HEAD_RECHECK_MS = 30_000;
const PING_MS = 15_000;

const TabId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, "_" or "-" (a random id the tab makes for itself)')
  .openapi({ description: 'A random id the browser tab makes for itself, kept while the tab is open.', example: 'k3v9x0q2m1' });

const PresenceBody = z
  .object({
    tabId: TabId,
    branch: RefName.openapi({ example: 'main' }),
    sectionId: z.string().min(1).max(100).nullable().openapi({ description: 'The section the person is editing, or null.' }),
  })
  .openapi('PresenceReport');

const PresenceEntry = z
  .object({
    tabId: z.string(),
    userId: z.string(),
    name: z.string(),
    role: z.enum(SITE_ROLES),
    sectionId: z.string().nullable(),
    color: z.string().openapi({ description: 'A CSS colour, the same for a person everywhere; white text on it is readable.', example: 'hsl(212 55% 30%)' }),
    isSelf: z.boolean().openapi({ description: "One of the caller's own tabs (this one included): the editor shows only the others." }),
  })
  .openapi('PresenceEntry');

const HeadEvent = z
  .object({
    commit: z.string(),
    author: z.object({ id: z.string(), name: z.string() }).nullable(),
    summary: z.string(),
    source: z.enum(COMMIT_SOURCES),
  })
  .openapi('HeadEvent');

/** The two event payloads (the stream's schema in the OpenAPI document, so the web app's types are generated from them). */
const LiveEvents = z
  .object({ presence: z.array(PresenceEntry), head: HeadEvent })
  .openapi('LiveEvents', { description: 'Not a JSON body: the `data` of each event of GET /api/sites/{id}/live, by event name.' });

const PresenceParams = SiteIdParams.extend({ tabId: TabId.openapi({ param: { name: 'tabId', in: 'path' } }) });

const reportPresenceRoute = createRoute({
  method: 'post',
  path: '/api/sites/{id}/presence',
  tags: ['live'],
  operationId: 'reportPresence',
  security: signedIn,
  summary: 'Say that this tab has the site open (a heartbeat every 10 s, and at each move to another section)',
  description: 'A tab not heard from for 30 s counts as gone. Limited per person (120 a minute by default).',
  request: { params: SiteIdParams, body: jsonBody(PresenceBody) },
  responses: { 204: { description: 'Recorded' }, ...problemResponses(401, 404, 409) },
});

const leavePresenceRoute = createRoute({
  method: 'delete',
  path: '/api/sites/{id}/presence/{tabId}',
  tags: ['live'],
  operationId: 'leavePresence',
  security: signedIn,
  summary: 'Say that this tab closed the site',
  description: 'Answers 204 whether or not the tab was still listed.',
  request: { params: PresenceParams },
  responses: { 204: { description: 'Gone' }, ...problemResponses(401, 404) },
});

const liveRoute = createRoute({
  method: 'get',
  path: '/api/sites/{id}/live',
  tags: ['live'],
  operationId: 'streamLiveSite',
  security: signedIn,
  summary: "Server-Sent Events: who has the branch open, and the branch's new commits",
  description:
    '`event: presence` carries everyone with the branch open (a list of PresenceEntry, the caller\'s own tabs marked `isSelf`): at once, then whenever it changes (arrivals, moves, departures, 30 s of silence). `event: head` carries the branch\'s head (a HeadEvent): at once — so a reconnecting client catches up — then at every commit, from any process. `: ping` comments keep the stream open every 15 s. The stream ends when the caller is no longer a member of the site.',
  request: { params: SiteIdParams, query: z.object({ branch: RefName.default('main').openapi({ example: 'main' }) }) },
  responses: {
    200: {
      description: 'An event stream: `event: presence` and `event: head`, each with the JSON of the LiveEvents member of that name as its `data` (for example `event: presence` / `data: [{"tabId":"k3v9x0q2m1","name":"Ana Silva","sectionId":"hero-1",…}]`).',
      content: { 'text/event-stream': { schema: LiveEvents } },
    },
    ...problemResponses(401, 404),
  },
});

type PresenceEntry = z.infer<typeof PresenceEntry>;
type HeadEvent = z.infer<typeof HeadEvent>;

function entryOf(row: PresenceRow, callerId: string): PresenceEntry {
  return { tabId: row.tabId, userId: row.userId, name: row.name, role: row.role, sectionId: row.sectionId, color: presenceColor(row.userId), isSelf: row.userId === callerId };
}

async function headEventOf(commit: Commit, site: SiteHandle): Promise<HeadEvent> {
  const names = commit.author === null ? new Map<string, string>() : await site.live.names([commit.author]);
  const name = commit.author === null ? undefined : names.get(commit.author);
  return { commit: commit.id, author: commit.author !== null && name !== undefined ? { id: commit.author, name } : null, summary: commit.summary, source: commit.source };
}

export const registerLiveRoutes: Router = (app, { sites, database, rateLimits, live }) => {
  const limiter = createLimiter(database, 'presence-user', rateLimits?.presencePerUser ?? DEFAULT_PRESENCE_LIMIT);
  const recheckMs = live?.recheckMs ?? RECHECK_MS;
  const headRecheckMs = live?.headRecheckMs ?? HEAD_RECHECK_MS;
  const pingMs = live?.pingMs ?? PING_MS;

  app.openapi(reportPresenceRoute, async (c) => {
    const user = requireUser(c);
    await consumeOrThrow(limiter, user.id);
    const site = await sites.forSite(c, c.req.valid('param').id, 'viewer');
    const body = c.req.valid('json');
    if (!(await site.live.touch(body))) throw appError('CONFLICT', 'Another tab already uses this tab id. Reload the page to get a new one.');
    return c.body(null, 204);
  });

  app.openapi(leavePresenceRoute, async (c) => {
    const { id, tabId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    await site.live.leave(tabId);
    return c.body(null, 204);
  });

  app.openapi(liveRoute, async (c) => {
    const user = requireUser(c);
    const site = await sites.forSite(c, c.req.valid('param').id, 'viewer');
    const { branch } = c.req.valid('query');
    if ((await site.live.headId(branch)) === null) throw appError('NOT_FOUND', `This site has no version named "${branch}".`);
    return streamSSE(c, (stream) => followSite(c, stream, { site, userId: user.id, branch, recheckMs, headRecheckMs, pingMs }));
  });
};

type SseStream = Parameters<Parameters<typeof streamSSE>[1]>[0];

/** Sends the stream's events, one at a time and in order, until the client leaves or the caller is no longer a member. */
async function followSite(c: AppContext, stream: SseStream, { site, userId, branch, recheckMs, headRecheckMs, pingMs }: { site: SiteHandle; userId: string; branch: string; recheckMs: number; headRecheckMs: number; pingMs: number }) {
  let isDone = false;
  let resolveFinished = () => {};
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));
  const finish = () => {
    isDone = true;
    resolveFinished();
  };
  stream.onAbort(finish);
  c.req.raw.signal.addEventListener('abort', finish, { once: true });

  let lastPresence = '';
  let lastHead: string | null = null;
  /** The seq of the head last sent: a late notification of an older commit never takes the head back. */
  let lastSeq = 0;
  let isPresenceQueued = false;
  let work = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    work = work.then(() => (isDone ? undefined : step())).catch((error: unknown) => {
      if (!isDone) c.get('logger').warn({ err: error, siteId: site.row.id }, 'Live stream ended by an error');
      finish();
    });
  };

  const sendPresence = () => {
    if (isPresenceQueued) return;
    isPresenceQueued = true;
    enqueue(async () => {
      isPresenceQueued = false;
      // Membership is checked again whenever presence is sent: a removed member's stream ends here.
      if ((await site.live.currentRole()) === null) return finish();
      const entries = (await site.live.presence(branch)).map((row) => entryOf(row, userId));
      const data = JSON.stringify(entries);
      if (data === lastPresence) return;
      lastPresence = data;
      await stream.writeSSE({ event: 'presence', data });
    });
  };
  /** Sends the head if it is not the one last sent (`commitId` from a notification, else read now). */
  const sendHead = (commitId?: string) =>
    enqueue(async () => {
      const current = commitId ?? (await site.live.headId(branch));
      if (current === null || current === lastHead) return;
      const commit = await site.history.getCommit(current);
      if (commit.seq < lastSeq) return;
      lastHead = current;
      lastSeq = commit.seq;
      await stream.writeSSE({ event: 'head', data: JSON.stringify(await headEventOf(commit, site)) });
    });

  const onEvent = (event: SiteEvent) => {
    if (event.kind === 'presence') sendPresence();
    else if (event.kind === 'head') {
      if (event.branch === branch) sendHead(event.commit);
    } else {
      sendPresence();
      sendHead();
    }
  };

  const unsubscribe = await site.live.subscribe(onEvent);
  const recheck = setInterval(sendPresence, recheckMs);
  const headRecheck = setInterval(() => sendHead(), headRecheckMs);
  const ping = setInterval(() => void stream.write(': ping\n\n').catch(finish), pingMs);
  try {
    sendPresence();
    sendHead();
    await finished;
  } finally {
    clearInterval(recheck);
    clearInterval(headRecheck);
    clearInterval(ping);
    unsubscribe();
  }
}
