// Live editing over a real listening server, on both backends: the branch's new commits reach an open stream within
// a second (from another process too, on PostgreSQL), presence shows who is where and forgets tabs that closed or
// went silent, a removed member's stream ends, and strangers, the signed-out and forged tab ids are refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, createMailer } from '../../src/auth/index.ts';
import { createApp, type App } from '../../src/http/index.ts';
import { createLogger } from '../../src/logger.ts';
import { openPostgres, type Database } from '../../src/store/database.ts';
import { backends } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { apiRequest, GENEROUS_RATE_LIMITS, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

interface SseEvent {
  event: string;
  data: any;
}

/** An open event stream read as it arrives: `next(match)` waits for the next event that matches. */
interface OpenStream {
  next(match?: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

async function openStream(url: string, cookie: string): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const queue: SseEvent[] = [];
  let wake = () => {};
  let buffer = '';
  const ended = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
          if (data.length === 0) continue;
          queue.push({ event: lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message', data: JSON.parse(data.join('\n')) });
          wake();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      wake();
    }
  })();
  let isEnded = false;
  void ended.then(() => (isEnded = true));
  return {
    async next(match = () => true, timeoutMs = 1_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = queue.findIndex(match);
        // Events before the match, and all of them when none matches, are skipped.
        if (index >= 0) return queue.splice(0, index + 1).at(-1)!;
        queue.length = 0;
        if (isEnded) throw new Error('the stream ended');
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    ended,
    close: () => controller.abort(),
  };
}

async function listenOn(app: App): Promise<{ url: string; server: Server }> {
  const server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function stopServer(server: Server | undefined) {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
}

const isPresence = (event: SseEvent) => event.event === 'presence';

describe.each(backends)('live updates on $name', (backend) => {
  let harness: TestApp;
  let server: Server;
  let serverUrl: string;
  /** Added to the app's clock: presence expiry is tested by moving time, not by waiting. */
  let clockOffsetMs = 0;
  const users = {} as Record<'owner' | 'editor' | 'viewer' | 'stranger', { cookie: string; userId: string }>;
  let siteId = '';

  const call = async (method: string, path: string, cookie: string | null, body?: unknown, app: App = harness.app) => {
    const response = await app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as any };
  };
  const headOf = async (branch = 'main') => (await call('GET', `/api/sites/${siteId}?branch=${branch}`, users.owner.cookie)).body.head.id as string;
  const commit = async (cookie: string, value: string, branch = 'main', app?: App) => {
    const answer = await call('POST', `/api/sites/${siteId}/commits`, cookie, { branch, base: await headOf(branch), patch: [{ op: 'replace', path: '/business/tagline', value }], summary: `Tagline: ${value}` }, app);
    expect(answer.status).toBe(201);
    return answer.body.commit as { id: string };
  };
  const report = (cookie: string, tabId: string, sectionId: string | null, branch = 'main', app?: App) => call('POST', `/api/sites/${siteId}/presence`, cookie, { tabId, branch, sectionId }, app);
  const stream = (cookie: string, branch = 'main', url = serverUrl) => openStream(`${url}/api/sites/${siteId}/live?branch=${branch}`, cookie);

  beforeAll(async () => {
    harness = await openTestApp(backend, {}, { clock: () => new Date(Date.now() + clockOffsetMs), live: { recheckMs: 150, headRecheckMs: 60_000, pingMs: 60_000 }, rateLimits: { ...GENEROUS_RATE_LIMITS, presencePerUser: { points: 40, duration: 60 } } });
    for (const name of ['owner', 'editor', 'viewer', 'stranger'] as const) users[name] = await signUp(harness.app, `${name}@example.com`);
    const created = await call('POST', '/api/sites', users.owner.cookie, { subdomain: 'live-bakery', name: 'Live Bakery' });
    siteId = created.body.id;
    await addMember(harness, siteId, users.owner.cookie, { email: 'editor@example.com', cookie: users.editor.cookie }, 'editor');
    await addMember(harness, siteId, users.owner.cookie, { email: 'viewer@example.com', cookie: users.viewer.cookie }, 'viewer');
    expect((await call('POST', `/api/sites/${siteId}/branches`, users.owner.cookie, { name: 'draft', from: await headOf() })).status).toBe(201);
    ({ server, url: serverUrl } = await listenOn(harness.app));
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    await harness?.close();
  });

  it("sends presence and the branch's head at once, then another member's commits within a second", async () => {
    const live = await stream(users.viewer.cookie);
    expect((await live.next(isPresence)).data).toEqual([]);
    const current = await live.next((event) => event.event === 'head');
    expect(current.data).toMatchObject({ commit: await headOf(), source: expect.any(String) });

    const started = Date.now();
    const change = await commit(users.editor.cookie, 'Fresh bread daily');
    const head = await live.next((event) => event.event === 'head');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(head.data).toEqual({ commit: change.id, author: { id: users.editor.userId, name: 'editor' }, summary: 'Tagline: Fresh bread daily', source: 'api' });

    // Undo is a commit too; a commit on another branch is not this stream's.
    await commit(users.owner.cookie, 'Only on the draft', 'draft');
    const undo = await call('POST', `/api/sites/${siteId}/undo`, users.editor.cookie, { branch: 'main' });
    expect(undo.status).toBe(200);
    expect((await live.next((event) => event.event === 'head')).data).toMatchObject({ commit: undo.body.commit.id, summary: 'Undo: Tagline: Fresh bread daily' });
    live.close();
  });

  it("shows who is on the branch and where, marks the caller's own tabs, and forgets tabs that leave or go silent", async () => {
    const live = await stream(users.viewer.cookie);
    await live.next(isPresence);
    expect((await report(users.editor.cookie, 'editor-tab-1', 'hero-1')).status).toBe(204);
    const arrived = await live.next(isPresence);
    expect(arrived.data).toEqual([{ tabId: 'editor-tab-1', userId: users.editor.userId, name: 'editor', role: 'editor', sectionId: 'hero-1', color: expect.stringMatching(/^hsl\(\d+ 55% 30%\)$/), isSelf: false }]);

    // A viewer reports itself too; a tab on another branch is not listed here.
    expect((await report(users.viewer.cookie, 'viewer-tab-1', null)).status).toBe(204);
    expect((await live.next(isPresence)).data.map((entry: any) => [entry.tabId, entry.isSelf])).toEqual([['editor-tab-1', false], ['viewer-tab-1', true]]);
    expect((await report(users.owner.cookie, 'owner-tab-1', null, 'draft')).status).toBe(204);

    // Moving to another section, and a second tab of the same person in the same colour.
    expect((await report(users.editor.cookie, 'editor-tab-1', 'menu-2')).status).toBe(204);
    expect((await report(users.editor.cookie, 'editor-tab-9', null)).status).toBe(204);
    const moved = (await live.next((event) => isPresence(event) && event.data.length === 3)).data;
    expect(moved.map((entry: any) => [entry.tabId, entry.sectionId, entry.color])).toEqual([
      ['editor-tab-1', 'menu-2', arrived.data[0].color],
      ['editor-tab-9', null, arrived.data[0].color],
      ['viewer-tab-1', null, expect.any(String)],
    ]);
    await call('DELETE', `/api/sites/${siteId}/presence/editor-tab-9`, users.editor.cookie);
    await live.next((event) => isPresence(event) && event.data.length === 2);

    const left = await call('DELETE', `/api/sites/${siteId}/presence/editor-tab-1`, users.editor.cookie);
    expect(left.status).toBe(204);
    expect((await live.next(isPresence)).data.map((entry: any) => entry.tabId)).toEqual(['viewer-tab-1']);

    // Silent for more than 30 s: gone at the next periodic check, with no notification.
    clockOffsetMs += 31_000;
    try {
      expect((await live.next(isPresence)).data).toEqual([]);
    } finally {
      clockOffsetMs -= 31_000;
    }
    live.close();
  });

  it('refuses strangers (404), the signed-out (401), forged tab ids and malformed reports', async () => {
    for (const [method, path, body] of [
      ['GET', `/api/sites/${siteId}/live`, undefined],
      ['POST', `/api/sites/${siteId}/presence`, { tabId: 'stranger-tab', branch: 'main', sectionId: null }],
      ['DELETE', `/api/sites/${siteId}/presence/stranger-tab`, undefined],
    ] as const) {
      expect((await call(method, path, users.stranger.cookie, body)).status).toBe(404);
      expect((await call(method, path, null, body)).status).toBe(401);
    }
    expect((await call('GET', `/api/sites/${siteId}/live?branch=nowhere`, users.viewer.cookie)).status).toBe(404);

    // Someone else's tab id: neither taken over nor removed.
    expect((await report(users.editor.cookie, 'editor-tab-2', 'hero-1')).status).toBe(204);
    const forged = await report(users.viewer.cookie, 'editor-tab-2', 'footer-1');
    expect(forged.status).toBe(409);
    expect((await call('DELETE', `/api/sites/${siteId}/presence/editor-tab-2`, users.viewer.cookie)).status).toBe(204);
    const live = await stream(users.owner.cookie);
    expect((await live.next(isPresence)).data.filter((entry: any) => entry.tabId === 'editor-tab-2')).toEqual([expect.objectContaining({ userId: users.editor.userId, sectionId: 'hero-1' })]);
    live.close();
    await call('DELETE', `/api/sites/${siteId}/presence/editor-tab-2`, users.editor.cookie);

    for (const body of [{ tabId: 'x'.repeat(65), branch: 'main', sectionId: null }, { tabId: 'a b', branch: 'main', sectionId: null }, { tabId: 'ok', branch: 'Main!', sectionId: null }, { tabId: 'ok', branch: 'main', sectionId: 's'.repeat(101) }, { tabId: 'ok', branch: 'main' }]) {
      const answer = await call('POST', `/api/sites/${siteId}/presence`, users.editor.cookie, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].path).toMatch(/^body\//);
    }
  });

  it('limits heartbeats per person', async () => {
    const person = await signUp(harness.app, 'busy@example.com');
    await addMember(harness, siteId, users.owner.cookie, { email: 'busy@example.com', cookie: person.cookie }, 'viewer');
    const statuses: number[] = [];
    for (let index = 0; index < 41; index += 1) statuses.push((await report(person.cookie, `busy-tab-${index % 3}`, null)).status);
    expect(statuses.slice(0, 40).every((status) => status === 204)).toBe(true);
    expect(statuses[40]).toBe(429);
  });

  it("ends a removed member's stream, and releases the listener when the client goes away", async () => {
    const person = await signUp(harness.app, 'leaving@example.com');
    await addMember(harness, siteId, users.owner.cookie, { email: 'leaving@example.com', cookie: person.cookie }, 'viewer');
    const before = harness.siteEvents.openStreams;
    const leaving = await stream(person.cookie);
    const staying = await stream(users.viewer.cookie);
    await leaving.next(isPresence);
    await staying.next(isPresence);
    expect(harness.siteEvents.openStreams).toBe(before + 2);

    expect((await call('DELETE', `/api/sites/${siteId}/members/${person.userId}`, users.owner.cookie)).status).toBe(204);
    await Promise.race([leaving.ended, new Promise((_, reject) => setTimeout(() => reject(new Error('the stream stayed open')), 2_000))]);
    staying.close();
    for (let attempt = 0; attempt < 40 && harness.siteEvents.openStreams !== before; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.siteEvents.openStreams).toBe(before);
  });

  it.runIf(backend.name === 'postgres')('carries commits and presence from one process to another over the database', async () => {
    // A second app on its own connection pool to the same database: another web process.
    const logger = createLogger('silent');
    const database: Database = await openPostgres(harness.database.pool.options.connectionString!);
    const auth = createAuth({ config: harness.config, database, logger, mailer: createMailer(harness.config, logger), secret: harness.config.AUTH_SECRET ?? '' });
    const other = createApp({ config: harness.config, database, auth, logger, rateLimits: GENEROUS_RATE_LIMITS, live: { recheckMs: 60_000, headRecheckMs: 60_000, pingMs: 60_000 } });
    const { server: otherServer, url: otherUrl } = await listenOn(other);
    try {
      const live = await stream(users.viewer.cookie, 'main', otherUrl);
      await live.next(isPresence);
      await live.next((event) => event.event === 'head');
      const started = Date.now();
      const change = await commit(users.editor.cookie, 'Baked on process A');
      expect((await live.next((event) => event.event === 'head')).data).toMatchObject({ commit: change.id, author: { id: users.editor.userId } });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect((await report(users.editor.cookie, 'editor-tab-a', 'hero-1')).status).toBe(204);
      expect((await live.next(isPresence)).data.map((entry: any) => entry.tabId)).toContain('editor-tab-a');
      live.close();
      await call('DELETE', `/api/sites/${siteId}/presence/editor-tab-a`, users.editor.cookie);
    } finally {
      await stopServer(otherServer);
      await database.close();
    }
  });
});
