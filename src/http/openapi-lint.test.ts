// GET /api/openapi.json against Redocly's `recommended` rules (redocly.yaml), run by the pinned @redocly/cli, plus
// what those rules cannot know: which operations need the session cookie, and which answers the middleware adds.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../../test/support/test-app.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A production-like address: the document's `servers` and the cookie's name follow PUBLIC_URL. */
const PUBLIC_URL = 'https://app.pagehub.app';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; in: string; name: string }> };
}

/** `redocly lint` as its JSON report; it exits non-zero when it finds errors, which is still a report. */
function redoclyLint(file: string): Promise<{ totals: { errors: number; warnings: number }; problems: LintProblem[] }> {
  const binary = join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');
  const args = [binary, 'lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format=json', '--max-problems=1000'];
  const environment = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, env: environment, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as Awaited<ReturnType<typeof redoclyLint>>);
      } catch {
        reject(new Error(`redocly lint gave no JSON report (${error?.message ?? 'exit 0'}):\n${stderr}`));
      }
    });
  });
}

const pglite = backends.find((backend) => backend.name === 'pglite')!;

describe('GET /api/openapi.json', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, operation })));

  beforeAll(async () => {
    testApp = await openTestApp(pglite, { PUBLIC_URL });
    const response = await testApp.app.request(new Request(`${PUBLIC_URL}/api/openapi.json`));
    expect(response.status).toBe(200);
    document = (await response.json()) as OpenApiDocument;
  });
  afterAll(() => testApp.close());

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const directory = await mkdtemp(join(tmpdir(), 'pagehub-openapi-'));
    try {
      const file = join(directory, 'openapi.json');
      await writeFile(file, JSON.stringify(document, null, 2));
      const report = await redoclyLint(file);
      const problems = report.problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 30_000);

  it('names the session cookie that signing in sets', async () => {
    // On https better-auth prefixes its cookies with __Secure-; the default test app runs on http and signs in.
    expect(document.components.securitySchemes.sessionCookie).toEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie', name: '__Secure-better-auth.session_token' }));
    const plainApp = await openTestApp(pglite);
    try {
      const { cookie } = await signUp(plainApp.app, 'ada@example.com');
      const plainDocument = (await (await plainApp.app.request(apiRequest('/api/openapi.json'))).json()) as OpenApiDocument;
      const name = plainDocument.components.securitySchemes.sessionCookie?.name;
      expect(name).toBe('better-auth.session_token');
      expect(cookie.split('; ').map((pair) => pair.split('=')[0])).toContain(name);
    } finally {
      await plainApp.close();
    }
  });

  it('gives every operation a camelCase operationId and a security requirement; signed-in ones document 401', () => {
    for (const { name, operation } of operations()) {
      expect(operation.operationId, name).toMatch(/^[a-z][a-zA-Z]+$/);
      expect(operation.security, name).toBeDefined();
      const needsSession = operation.security!.length > 0 && operation.security!.every((requirement) => 'sessionCookie' in requirement);
      if (needsSession) expect(Object.keys(operation.responses), name).toContain('401');
    }
    // PageHub's own public operations (better-auth's list under /api/auth grows with its features).
    const publicOperations = operations().filter(({ name, operation }) => operation.security?.length === 0 && !name.includes(' /api/auth/'));
    expect(publicOperations.map(({ name }) => name).sort()).toEqual(['GET /api/fonts/{file}', 'GET /api/forms/{siteId}/thanks', 'GET /api/health', 'GET /api/invites/{token}', 'GET /api/notices', 'GET /api/openapi.json', 'GET /api/templates', 'GET /api/tls/ask', 'POST /api/billing/webhook', 'POST /api/forms/{siteId}/{formId}']);
  });

  it("documents the middleware's answers on the operations it guards", () => {
    const statuses = (path: string, method: string) => Object.keys(document.paths[path]?.[method]?.responses ?? {});
    // A change with a JSON body: Origin check, size limit, media type, depth limit, write rate limit.
    expect(statuses('/api/sites', 'post')).toEqual(expect.arrayContaining(['400', '401', '403', '413', '415', '422', '429']));
    // A change without a body.
    expect(statuses('/api/sites/{id}', 'delete')).toEqual(expect.arrayContaining(['400', '403', '429']));
    expect(statuses('/api/sites/{id}', 'delete')).not.toContain('413');
    // Visitors' form posts come from published sites: no Origin check there.
    expect(statuses('/api/forms/{siteId}/{formId}', 'post')).toEqual(expect.arrayContaining(['400', '413', '422', '429']));
    expect(statuses('/api/forms/{siteId}/{formId}', 'post')).not.toContain('403');
    // A read only meets the input guard.
    expect(statuses('/api/health', 'get').filter((status) => status.startsWith('4'))).toEqual(['400']);
    // better-auth answers 403 itself (its format); the Origin check before it answers problem+json.
    expect(Object.keys(document.paths['/api/auth/sign-in/email']?.post?.responses['403']?.content ?? {})).toEqual(['application/json', 'application/problem+json']);
  });
});
