import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { apiRequest, openTestApp, type TestApp } from '../../test/support/test-app.ts';
import { AppError, appError } from '../errors.ts';
import { problemResponses } from './problem.ts';
import { requireUser } from './require-user.ts';

const CreateThing = z.object({ subdomain: z.string().regex(/^[a-z0-9-]{3,63}$/, 'Use 3–63 lowercase letters, digits or hyphens'), count: z.number().int().min(1) });

/** Routes that exist only in this test, to drive the error handler. */
function addProbeRoutes(testApp: TestApp): void {
  const { app } = testApp;
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/probe/things/{id}',
      request: { params: z.object({ id: z.string().length(4) }), body: { required: true, content: { 'application/json': { schema: CreateThing } } } },
      responses: { 201: { description: 'Created', content: { 'application/json': { schema: CreateThing } } }, ...problemResponses(400, 415) },
    }),
    (c) => c.json(c.req.valid('json'), 201),
  );
  app.get('/api/probe/app-error', () => {
    throw appError('CONFLICT', 'The base commit is stale.', { head: 'c42', status: 999 });
  });
  app.get('/api/probe/rate-limited', () => {
    throw new AppError('RATE_LIMITED', { headers: { 'retry-after': '7' } });
  });
  app.get('/api/probe/zod', () => {
    CreateThing.parse({ subdomain: 'A!', count: 0 });
    return new Response('unreachable');
  });
  app.get('/api/probe/crash', () => {
    throw new TypeError('secret internal detail: cannot read x of undefined');
  });
  app.get('/api/probe/me', (c) => c.json(requireUser(c)));
}

async function problem(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

describe.each(backends)('HTTP app on $name', (backend) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp(backend);
    addProbeRoutes(testApp);
  });
  afterAll(() => testApp.close());

  it('answers an unknown route with a 404 problem', async () => {
    const response = await testApp.app.request(apiRequest('/api/nothing-here'));
    expect(response.status).toBe(404);
    const body = await problem(response);
    expect(body).toMatchObject({ type: 'https://pagehub.dev/errors/not-found', title: 'Not found', status: 404, code: 'NOT_FOUND', instance: '/api/nothing-here' });
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await testApp.app.request(
      new Request('http://localhost:8080/api/probe/things/abcd', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:8080' }, body: '{"subdomain": "bak' }),
    );
    expect(response.status).toBe(400);
    expect(await problem(response)).toMatchObject({ code: 'MALFORMED_JSON', type: 'https://pagehub.dev/errors/malformed-json', instance: '/api/probe/things/abcd' });
  });

  it('answers schema failures with 400 and the path of every bad field', async () => {
    const response = await testApp.app.request(apiRequest('/api/probe/things/abcd', { method: 'POST', body: { subdomain: 'Not OK!', count: 'three' } }));
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, type: 'https://pagehub.dev/errors/validation-failed' });
    expect(body.errors).toEqual([
      { path: 'body/subdomain', message: 'Use 3–63 lowercase letters, digits or hyphens' },
      { path: 'body/count', message: expect.stringMatching(/expected number/) },
    ]);

    const badParam = await testApp.app.request(apiRequest('/api/probe/things/toolong', { method: 'POST', body: { subdomain: 'bakery', count: 1 } }));
    expect(badParam.status).toBe(400);
    expect(((await problem(badParam)).errors as { path: string }[]).map((error) => error.path)).toEqual(['params/id']);

    const good = await testApp.app.request(apiRequest('/api/probe/things/abcd', { method: 'POST', body: { subdomain: 'bakery', count: 2 } }));
    expect(good.status).toBe(201);
    expect(await good.json()).toEqual({ subdomain: 'bakery', count: 2 });
  });

  it('answers a body of the wrong media type with 415', async () => {
    const response = await testApp.app.request(new Request('http://localhost:8080/api/probe/things/abcd', { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://localhost:8080' }, body: 'hello' }));
    expect(response.status).toBe(415);
    expect(await problem(response)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('turns a Zod error thrown by a handler into 400 with field paths', async () => {
    const response = await testApp.app.request(apiRequest('/api/probe/zod'));
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect((body.errors as { path: string }[]).map((error) => error.path)).toEqual(['subdomain', 'count']);
  });

  it('answers a thrown AppError with its code, detail and extra members, never overriding the standard ones', async () => {
    const response = await testApp.app.request(apiRequest('/api/probe/app-error'));
    expect(response.status).toBe(409);
    expect(await problem(response)).toMatchObject({ code: 'CONFLICT', status: 409, title: 'Conflict', detail: 'The base commit is stale.', head: 'c42' });

    const limited = await testApp.app.request(apiRequest('/api/probe/rate-limited'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await problem(limited)).toMatchObject({ code: 'RATE_LIMITED', detail: expect.stringContaining('Retry-After') });
  });

  it('answers an unexpected error with 500, no stack and no internals, and logs it', async () => {
    const response = await testApp.app.request(apiRequest('/api/probe/crash', { headers: { 'x-request-id': 'crash-1' } }));
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    expect(text).not.toMatch(/secret internal detail|TypeError|at .*\.ts/);
    expect(await problem(response)).toMatchObject({ code: 'INTERNAL', status: 500, requestId: 'crash-1' });
    const logged = testApp.logs.find((line) => line.requestId === 'crash-1' && line.level === 50 && line.err);
    expect((logged?.err as { stack?: string } | undefined)?.stack).toContain('secret internal detail');
  });

  it('refuses a body over the size limit with 413 before reading it', async () => {
    const response = await testApp.app.request(apiRequest('/api/probe/things/abcd', { method: 'POST', body: { subdomain: 'x'.repeat(1024 * 1024 + 1), count: 1 } }));
    expect(response.status).toBe(413);
    expect(await problem(response)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('requireUser answers 401 without a session', async () => {
    const response = await testApp.app.request(apiRequest('/api/probe/me'));
    expect(response.status).toBe(401);
    expect(await problem(response)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('echoes a sane x-request-id, replaces an insane one, and logs one line per request', async () => {
    const echoed = await testApp.app.request(apiRequest('/api/health', { headers: { 'x-request-id': 'abc-123.def' } }));
    expect(echoed.headers.get('x-request-id')).toBe('abc-123.def');
    const replaced = await testApp.app.request(apiRequest('/api/health', { headers: { 'x-request-id': 'evil\u0007id with spaces' } }));
    const generated = replaced.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const auth = await testApp.app.request(apiRequest('/api/auth/get-session', { headers: { 'x-request-id': 'auth-1' } }));
    expect(auth.headers.get('x-request-id')).toBe('auth-1');
    const lines = testApp.logs.filter((line) => line.msg === 'request' && (line.requestId === 'abc-123.def' || line.requestId === generated));
    expect(lines).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/health', status: 200, requestId: 'abc-123.def', userId: null, ms: expect.any(Number) }),
      expect.objectContaining({ requestId: generated, status: 200 }),
    ]);
  });

  it('GET /api/health answers 200 with each check', async () => {
    const response = await testApp.app.request(apiRequest('/api/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok' } });
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document of every declared route', async () => {
    const response = await testApp.app.request(apiRequest('/api/openapi.json'));
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/openapi.json', '/api/auth/sign-up/email', '/api/auth/get-session', '/api/probe/things/{id}']));
    expect(Object.keys(document.paths['/api/probe/things/{id}'] ?? {})).toEqual(['post']);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Problem', 'Health']));
  });
});

describe.each(backends)('GET /api/health on $name when the database is down', (backend) => {
  it('answers 503 naming the failed check', async () => {
    const testApp = await openTestApp(backend);
    await testApp.database.close();
    const response = await testApp.app.request(apiRequest('/api/health'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', checks: { database: 'error', storage: 'ok' } });
    await testApp.close();
  });

  it('answers 503 naming storage when the S3 bucket cannot be reached', async () => {
    const unreachable = { S3_ENDPOINT: 'http://127.0.0.1:9', S3_BUCKET: 'pagehub', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: 'true' };
    const testApp = await openTestApp(backend, unreachable);
    const response = await testApp.app.request(apiRequest('/api/health'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', checks: { database: 'ok', storage: 'error' } });
    await testApp.close();
  });
});
