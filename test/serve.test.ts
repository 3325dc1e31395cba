// `pagehub serve` as a user runs it: a real process on a temp DATA_DIR, the lock against a second one,
// graceful stop on SIGTERM, and one clear line for a bad environment variable.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { environment, killSpawned, spawnServe, waitFor } from './support/spawn-serve.ts';

// How long start-up takes is a bench figure (npm run bench startup, goal < 10 s on a quiet machine); here, with the
// other suites loading both cores, the test only waits long enough to tell a slow start from a hung one.
const START_UP_MS = 45_000;
const workspace = await mkdtemp(join(tmpdir(), 'pagehub-serve-'));
afterAll(async () => {
  killSpawned();
  await rm(workspace, { recursive: true, force: true });
});

describe('pagehub serve', () => {
  it('serves /api/health, refuses a second process on the same DATA_DIR, and stops on SIGTERM with exit 0', async () => {
    const dataDir = join(workspace, 'data');
    const first = spawnServe(environment({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }));
    const url = await waitFor(() => /PageHub is running at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(first.output.stdout)?.[1], START_UP_MS, `the start-up line (stderr: ${first.output.stderr})`);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok', queue: 'ok' } });

    const second = spawnServe(environment({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }));
    expect(await second.exited).toBe(1);
    expect(second.output.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.output.stderr).toMatch(new RegExp(`Another PageHub process \\(pid ${first.child.pid}\\) is using .*data\\. Stop it, or set DATA_DIR`));
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  }, 2 * START_UP_MS);

  it.each([
    [{ PORT: 'abc' }, /^pagehub serve: Invalid configuration — PORT: expected a port number$/],
    [{ PUBLIC_URL: 'not a url' }, /^pagehub serve: Invalid configuration — PUBLIC_URL: expected a URL/],
    [{ DATABASE_URL: 'postgres://db.invalid:5432/pagehub' }, /^pagehub serve: Invalid configuration — AUTH_SECRET: required with DATABASE_URL/],
  ])('a bad environment %j stops start-up with exit 1 and one line naming the variable', async (variables, message) => {
    const spawned = spawnServe(environment({ DATA_DIR: join(workspace, 'bad-env'), HOST: '127.0.0.1', ...variables }));
    expect(await spawned.exited).toBe(1);
    expect(spawned.output.stdout).toBe('');
    expect(spawned.output.stderr.trim().split('\n')).toHaveLength(1);
    expect(spawned.output.stderr.trim()).toMatch(message);
  });
});

describe('startServer', () => {
  it('on close, stops accepting connections but finishes the requests in flight', async () => {
    const logger = createLogger('silent');
    const server = await startServer(loadConfig({ DATA_DIR: join(workspace, 'graceful'), PORT: '0', HOST: '127.0.0.1' }), { logger });
    let releaseSlowRequest = () => {};
    const slowRequestArrived = new Promise<void>((arrived) => {
      server.app.openapi(
        createRoute({ method: 'get', path: '/api/probe/slow', responses: { 200: { description: 'Slow', content: { 'application/json': { schema: z.object({ isDone: z.boolean() }) } } } } }),
        async (c) => {
          arrived();
          await new Promise<void>((resolve) => (releaseSlowRequest = resolve));
          return c.json({ isDone: true }, 200);
        },
      );
    });
    const inFlight = fetch(`${server.url}/api/probe/slow`);
    await slowRequestArrived;
    const closed = server.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    releaseSlowRequest();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ isDone: true });
    await closed;
  });
});
