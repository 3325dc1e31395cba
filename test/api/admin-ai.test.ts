// The operator's AI screen's API on both backends: models per role changed at runtime (checked as start-up checks
// them, refused in plain words), the context strategy, both in force on the edit route at once and on a second
// process within 2 s (NOTIFY); the cost report by model, person and day with its CSV (formula-safe, audited); and
// the budget gauge reading the runtime setting.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRuntimeSettings } from '../../src/admin/index.ts';
import { recordModelCalls, type ModelCallRecord } from '../../src/ai/index.ts';
import { createApp } from '../../src/http/index.ts';
import { createLogger } from '../../src/logger.ts';
import { backends } from '../support/backends.ts';
import { editFixtureSite } from '../support/edit-site.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
const MODEL = 'anthropic:claude-sonnet-4-5';
const HEADLINE = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const NEW_HEADLINE = { summary: 'New headline', operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Fresh bread every morning' }], question: null };
const FAQ_ANSWER = 'Street parking is available on Oak Street.'; // on the home page, far from its hero

type App = TestApp['app'];
interface Settings { ai: { attempts: number; dailyBudgetUsd: number; models: Record<string, string>; contextStrategy: string } }

describe.each(backends)('the operator’s AI screen’s API on $name', (backend) => {
  let h: TestApp;
  let fake: FakeProvider;
  let admin = { cookie: '', userId: '' };
  let owner = { cookie: '', userId: '' };
  let siteId = '';
  let head = '';
  const call = (app: App, method: string, path: string, cookie?: string, body?: unknown) => app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) }));
  const put = (body: unknown) => call(h.app, 'PUT', '/api/admin/settings', admin.cookie, body);
  const settingsOn = async (app: App) => ((await (await call(app, 'GET', '/api/admin/settings', admin.cookie)).json()) as { settings: Settings }).settings;
  const edit = (app: App) => call(app, 'POST', `/api/sites/${siteId}/edit`, owner.cookie, { prompt: 'Change the headline to "Fresh bread every morning"', branch: 'main', base: head });
  const editorRequestText = () => JSON.stringify(fake.requests.at(-1)?.body ?? {});

  beforeAll(async () => {
    fake = await startFakeProvider();
    h = await openTestApp(backend, { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.baseUrls.anthropic, METRICS_TOKEN: TOKEN });
    admin = await signUp(h.app, 'ai-admin@example.com'); // the first account runs the platform
    owner = await signUp(h.app, 'baker@example.com');
    const created = await call(h.app, 'POST', '/api/sites', owner.cookie, { subdomain: 'luna-studio', name: 'Luna Studio', document: editFixtureSite() });
    expect(created.status).toBe(201);
    ({ id: siteId, head } = (await created.json()) as { id: string; head: string });
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  it('starts from the environment: offline models, scoped context', async () => {
    expect((await settingsOn(h.app)).ai).toMatchObject({ models: { intent: 'offline', editor: 'offline', generator: 'offline', image: 'offline' }, contextStrategy: 'scoped' });
  });

  it('lists the providers this server can call', async () => {
    const { providers } = (await (await call(h.app, 'GET', '/api/admin/ai/providers', admin.cookie)).json()) as { providers: { name: string; isReady: boolean; makesPictures: boolean }[] };
    expect(providers).toEqual([
      { name: 'anthropic', label: 'Anthropic', isReady: true, makesPictures: false },
      { name: 'openai', label: 'OpenAI', isReady: false, makesPictures: true },
      { name: 'openai-compatible', label: 'OpenAI-compatible server', isReady: false, makesPictures: true },
      { name: 'google', label: 'Google', isReady: false, makesPictures: true },
    ]);
    expect((await call(h.app, 'GET', '/api/admin/ai/providers', owner.cookie)).status).toBe(404);
  });

  it('refuses a model it can’t call with 422, the field named and plain words, and changes nothing', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ editor: 'claude' }, 'ai/models/editor', /provider and a model name/],
      [{ intent: 'acme:smart-1' }, 'ai/models/intent', /doesn’t know the provider “acme”/],
      [{ generator: 'openai:gpt-5-mini' }, 'ai/models/generator', /no key for OpenAI/],
      [{ image: 'anthropic:claude-sonnet-4-5' }, 'ai/models/image', /no picture models/],
    ];
    for (const [models, path, message] of cases) {
      const refused = await put({ ai: { models, attempts: 5 } });
      expect(refused.status).toBe(422);
      const problem = (await refused.json()) as { code: string; errors: { path: string; message: string }[] };
      expect(problem.code).toBe('AI_MODEL_UNUSABLE');
      expect(problem.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
      expect(JSON.stringify(problem)).not.toMatch(/API_KEY|PAGEHUB_MODEL/);
    }
    expect((await put({ ai: { contextStrategy: 'everything' } })).status).toBe(400);
    expect((await put({ ai: { models: { painter: 'offline' } } })).status).toBe(400);
    const now = await settingsOn(h.app);
    expect(now.ai.attempts).toBe(3);
    expect(now.ai.models.editor).toBe('offline');
  });

  it('puts a provider model and the page context in force on the next edit, audited; offline again stays valid', async () => {
    const changed = await put({ ai: { models: { intent: MODEL, editor: MODEL }, contextStrategy: 'page' } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { settings: Settings }).settings.ai).toMatchObject({ models: { intent: MODEL, editor: MODEL, generator: 'offline', image: 'offline' }, contextStrategy: 'page' });
    const audit = (await (await call(h.app, 'GET', '/api/admin/audit?action=admin.settings', admin.cookie)).json()) as { entries: { actorId: string; details: unknown }[] };
    expect(audit.entries[0]).toMatchObject({ actorId: admin.userId, details: { change: { ai: { models: { intent: MODEL, editor: MODEL }, contextStrategy: 'page' } } } });

    fake.enqueue({ kind: 'answer', value: HEADLINE }, { kind: 'answer', value: NEW_HEADLINE });
    const answered = await edit(h.app);
    expect(answered.status).toBe(201);
    expect(fake.requests.map((request) => request.provider)).toEqual(['anthropic', 'anthropic']);
    expect(editorRequestText()).toContain(FAQ_ANSWER); // the whole home page went to the editor
    const calls = await h.database.db.selectFrom('ai_calls').select(['role', 'provider', 'model']).where('site_id', '=', siteId).execute();
    expect(calls).toEqual(expect.arrayContaining([{ role: 'editor', provider: 'anthropic', model: 'claude-sonnet-4-5' }]));

    // Scoped again: the same edit shows the editor the hero only.
    expect((await put({ ai: { contextStrategy: 'scoped' } })).status).toBe(200);
    fake.reset();
    fake.enqueue({ kind: 'answer', value: HEADLINE }, { kind: 'answer', value: { ...NEW_HEADLINE, operations: [{ ...NEW_HEADLINE.operations[0], value: 'Fresh bread, every single morning' }] } });
    expect((await edit(h.app)).status).toBe(201);
    expect(fake.requests).toHaveLength(2);
    expect(editorRequestText()).not.toContain(FAQ_ANSWER);

    // Back to offline: the provider hears nothing more.
    expect((await put({ ai: { models: { intent: 'offline', editor: 'offline' } } })).status).toBe(200);
    fake.reset();
    const offline = await call(h.app, 'POST', `/api/sites/${siteId}/edit`, owner.cookie, { prompt: 'Make the primary color green', branch: 'main', base: head });
    expect(offline.status).toBe(201);
    expect(fake.requests).toHaveLength(0);
  });

  it('puts a changed model and context strategy in force on a second process within 2 s (NOTIFY)', async () => {
    const second = createRuntimeSettings(h.database, h.config, { maxAgeMs: 60_000 });
    const stop = await second.listen();
    try {
      const other = createApp({ config: h.config, database: h.database, auth: h.auth, logger: createLogger('silent'), settings: second });
      expect((await settingsOn(other)).ai.models.editor).toBe('offline');
      expect((await put({ ai: { models: { intent: MODEL, editor: MODEL }, contextStrategy: 'page' } })).status).toBe(200);
      const started = Date.now();
      await expect.poll(async () => (await settingsOn(other)).ai, { timeout: 2000, interval: 50 }).toMatchObject({ models: { editor: MODEL }, contextStrategy: 'page' });
      expect(Date.now() - started).toBeLessThan(2000);
      fake.enqueue({ kind: 'answer', value: HEADLINE }, { kind: 'answer', value: { ...NEW_HEADLINE, operations: [{ ...NEW_HEADLINE.operations[0], value: 'Bread from the second process' }] } });
      expect((await edit(other)).status).toBe(201);
      expect(fake.requests.map((request) => request.provider)).toEqual(['anthropic', 'anthropic']);
      expect(editorRequestText()).toContain(FAQ_ANSWER);
    } finally {
      await stop();
      await put({ ai: { models: { intent: 'offline', editor: 'offline' }, contextStrategy: 'scoped' } });
    }
  });

  it('reports the budget gauge from the runtime setting, not the environment', async () => {
    const gauge = async () => {
      const text = await (await h.app.request(new Request('http://localhost:8080/metrics', { headers: { authorization: `Bearer ${TOKEN}` } }))).text();
      return Number(/^pagehub_ai_daily_budget_usd (\S+)$/m.exec(text)?.[1]);
    };
    expect(await gauge()).toBe(h.config.AI_DAILY_BUDGET_USD);
    expect((await put({ ai: { dailyBudgetUsd: 12.5 } })).status).toBe(200);
    expect(await gauge()).toBe(12.5);
  });

  describe('the cost report', () => {
    const day = (offset: number) => new Date(Date.UTC(2026, 10, 10 + offset, 12));
    const callOf = (overrides: Partial<ModelCallRecord>): ModelCallRecord => ({ role: 'editor', provider: 'anthropic', model: 'claude-sonnet-4-5', usage: { inputTokens: 1_000_000, outputTokens: 0 }, latencyMs: 100, outcome: 'ok', ...overrides });
    let mallory = { cookie: '', userId: '' };

    beforeAll(async () => {
      mallory = await signUp(h.app, 'mallory@example.com');
      await h.database.db.updateTable('user').set({ name: '=HYPERLINK("http://evil.example","click")' }).where('id', '=', mallory.userId).execute();
      await recordModelCalls(h.database.db, [callOf({ userId: owner.userId }), callOf({ userId: owner.userId, role: 'intent', provider: 'openai', model: 'gpt-5-mini', outcome: 'provider_error' })], day(0));
      await recordModelCalls(h.database.db, [callOf({ userId: mallory.userId }), callOf({ userId: null, role: 'generator' })], day(1));
      await recordModelCalls(h.database.db, [callOf({ userId: owner.userId })], day(40)); // outside the range below
    });

    const report = async (query: string) => {
      const response = await call(h.app, 'GET', `/api/admin/ai/costs?${query}`, admin.cookie);
      expect(response.status).toBe(200);
      return (await response.json()) as { rows: { key: string | null; label: string; calls: number; failedCalls: number; costUsd: number }[]; nextCursor: string | null; totals: { calls: number; costUsd: number }; from: string; to: string };
    };
    const RANGE = 'from=2026-11-10&to=2026-11-11';

    it('adds up by model, person and day on the server, within the days asked', async () => {
      const byModel = await report(`${RANGE}&groupBy=model`);
      expect(byModel.totals.calls).toBe(4);
      expect(byModel.rows.map((row) => [row.label, row.calls, row.failedCalls])).toEqual([['anthropic:claude-sonnet-4-5', 3, 0], ['openai:gpt-5-mini', 1, 1]]);
      expect(byModel.rows[0]!.costUsd).toBeGreaterThan(byModel.rows[1]!.costUsd);
      const byUser = await report(`${RANGE}&groupBy=user`);
      expect(byUser.rows.map((row) => row.label).sort()).toEqual(['=HYPERLINK("http://evil.example","click") (mallory@example.com)', 'Nobody signed in (background work)', 'baker (baker@example.com)'].sort());
      expect(byUser.rows.find((row) => row.key === owner.userId)?.calls).toBe(2);
      const byDay = await report(`${RANGE}&groupBy=day`);
      expect(byDay.rows.map((row) => [row.key, row.calls])).toEqual([['2026-11-11', 2], ['2026-11-10', 2]]);
    });

    it('pages a long report with a cursor', async () => {
      const first = await report(`${RANGE}&groupBy=user&limit=2`);
      expect(first.rows).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const second = await report(`${RANGE}&groupBy=user&limit=2&cursor=${first.nextCursor}`);
      expect(second.rows).toHaveLength(1);
      expect(second.nextCursor).toBeNull();
      expect(new Set([...first.rows, ...second.rows].map((row) => row.key)).size).toBe(3);
    });

    it('refuses days backwards, longer than a year or not dates, naming the field', async () => {
      for (const query of ['from=2026-11-12&to=2026-11-10', 'from=2024-01-01&to=2026-11-10', 'from=yesterday', 'groupBy=site']) {
        const refused = await call(h.app, 'GET', `/api/admin/ai/costs?${query}`, admin.cookie);
        expect(refused.status).toBe(400);
        expect(((await refused.json()) as { errors: { path: string }[] }).errors[0]?.path).toMatch(/^query\//);
      }
    });

    it('exports CSV with formula cells made harmless, and audits the export', async () => {
      const response = await call(h.app, 'GET', `/api/admin/ai/costs.csv?${RANGE}&groupBy=user`, admin.cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('content-disposition')).toContain('pagehub-ai-costs-by-user-2026-11-10-to-2026-11-11.csv');
      const lines = (await response.text()).trim().split('\r\n');
      expect(lines[0]).toBe('person,calls,failed calls,input tokens,output tokens,cost (USD)');
      const hostile = lines.find((line) => line.includes('HYPERLINK'))!;
      expect(hostile.startsWith(`"'=HYPERLINK(""http://evil.example"",""click"") (mallory@example.com)"`)).toBe(true);
      expect(lines).toHaveLength(4);
      const audit = (await (await call(h.app, 'GET', '/api/admin/audit?action=admin.ai.costs.export', admin.cookie)).json()) as { entries: { details: unknown }[] };
      expect(audit.entries[0]?.details).toEqual({ groupBy: 'user', from: '2026-11-10', to: '2026-11-11', rows: 3 });
    });

    it('answers 404 to anyone but a platform admin', async () => {
      for (const path of ['/api/admin/ai/costs', '/api/admin/ai/costs.csv']) {
        expect((await call(h.app, 'GET', path)).status).toBe(404);
        expect((await call(h.app, 'GET', path, owner.cookie)).status).toBe(404);
        expect((await call(h.app, 'GET', path, mallory.cookie)).status).toBe(404);
      }
      expect((await call(h.app, 'PUT', '/api/admin/settings', owner.cookie, { ai: { models: { editor: 'offline' } } })).status).toBe(404);
    });
  });
});
