// Site generation with a streaming provider model behind the fake server (the real `ai` SDK code, Anthropic's
// wire format): the job's event stream carries partial documents as the model writes, then the site; an invalid
// document is fed back and the corrected one is used; a provider that keeps failing ends the job with a clear error.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeSite } from '../../src/composer/index.ts';
import { createModelRoles } from '../../src/ai/providers/index.ts';
import { backends } from '../support/backends.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

const pglite = backends.find((backend) => backend.name === 'pglite')!;

describe('generation with a streaming provider', () => {
  let fake: FakeProvider;
  let harness: TestApp;
  let server: Server;
  let serverUrl: string;
  let cookie: string;

  beforeAll(async () => {
    fake = await startFakeProvider();
    const roles = createModelRoles({ PAGEHUB_MODEL_INTENT: 'offline', PAGEHUB_MODEL_EDITOR: 'offline', PAGEHUB_MODEL_GENERATOR: 'anthropic:claude-sonnet-4-5', PAGEHUB_MODEL_IMAGE: 'offline', ANTHROPIC_API_KEY: 'key', ANTHROPIC_BASE_URL: fake.baseUrls.anthropic, AI_TIMEOUT_SECONDS: 5 }, { partialIntervalMs: 0 });
    harness = await openTestApp(pglite, {}, { roles, startQueue: true });
    cookie = (await signUp(harness.app, 'streamer@example.com')).cookie;
    server = createServer(getRequestListener(harness.app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await harness?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  const start = async (subdomain: string) => {
    const response = await harness.app.request(apiRequest('/api/sites/generate', { method: 'POST', cookie, body: { prompt: 'Harbor Light Dental, a gentle family dentist in Portland, Maine.', subdomain } }));
    expect(response.status).toBe(202);
    return ((await response.json()) as { jobId: string }).jobId;
  };
  const events = async (jobId: string) => {
    const text = await (await fetch(`${serverUrl}/api/jobs/${jobId}/events`, { headers: { cookie, origin: TEST_PUBLIC_URL } })).text();
    return text
      .split('\n\n')
      .filter((block) => block.includes('data: '))
      .map((block) => ({ event: /event: (.+)/.exec(block)?.[1] ?? 'message', data: JSON.parse(block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('')) }));
  };

  it('streams partial documents while the model writes, then creates the site it wrote', async () => {
    const written = composeSite('Harbor Light Dental, a gentle family dentist in Portland, Maine.').site;
    fake.enqueue({ kind: 'answer', value: written, chunks: 12, chunkDelayMs: 60 });
    const jobId = await start('harbor-light');
    const stream = await events(jobId);
    const partials = stream.filter((entry) => entry.event === 'partial').map((entry) => JSON.stringify(entry.data.document));
    expect(partials.length).toBeGreaterThan(1);
    expect(partials.at(-1)!.length).toBeGreaterThan(partials[0]!.length);
    expect(stream.at(-1)).toMatchObject({ event: 'status', data: { status: 'succeeded', result: { subdomain: 'harbor-light' } } });
    expect(fake.requests[0]!.body.stream).toBe(true);
    const site = (await (await harness.app.request(apiRequest(`/api/sites/${stream.at(-1)!.data.result.siteId}`, { cookie }))).json()) as { document: { name: string; pages: unknown[] } };
    expect(site.document.name).toBe(written.name);
    expect(site.document.pages).toHaveLength(written.pages.length);
  });

  it('feeds an invalid document back to the model and keeps the corrected one', async () => {
    const written = composeSite('Harbor Light Dental, a gentle family dentist in Portland, Maine.').site;
    fake.enqueue({ kind: 'answer', value: { ...written, pages: [] } }, { kind: 'answer', value: written });
    const stream = await events(await start('harbor-light-two'));
    expect(stream.at(-1)!.data).toMatchObject({ status: 'succeeded' });
    expect(JSON.stringify(fake.requests[1]!.body)).toContain('Your previous answer was rejected');
  });

  it('ends the job failed, with a message a person can act on, when the provider keeps failing', async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'server-error' as const })));
    const stream = await events(await start('harbor-light-three'));
    expect(stream.at(-1)!.data).toMatchObject({ status: 'failed', error: { code: 'AI_PROVIDER_UNAVAILABLE', detail: expect.stringContaining('Try again in a minute') } });
    expect(fake.requests).toHaveLength(3);
  });
});
