// The operator's AI screen in Debian's Chromium against a real `pagehub serve` whose Anthropic is the loopback fake
// provider: the admin opens Admin → AI, sees which providers the server can call, is refused a provider it doesn't
// know (the message beside the field), then puts Anthropic on understanding and editing with the whole page as
// context and saves (audited). The person's next chat edit goes to Anthropic with the whole page; the cost table
// shows that model's cost, by model and by person, and the CSV link carries the grouping and days. Screenshots at
// 1280 and 375 px: no overflow at 375 px, no serious or critical axe violation, no console error.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editFixtureSite } from '../support/edit-site.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { captureScreen, DESKTOP, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 20_000 };
const PASSWORD = 'correct horse battery';
const MODEL = 'anthropic:claude-sonnet-4-5';
const HEADLINE = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const NEW_HEADLINE = { summary: 'New headline', operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Fresh bread every morning' }], question: null };
const FAQ_ANSWER = 'Street parking is available on Oak Street.';

let suite: WebSuite;
let fake: FakeProvider;
let url: string;
let person: BrowserContext;

async function api(context: BrowserContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function signUp(context: BrowserContext, name: string, email: string): Promise<void> {
  await api(context, 'POST', '/api/auth/sign-up/email', { name, email, password: PASSWORD });
  expect((await context.request.get(await suite.mailedLink(email))).ok()).toBe(true);
}

async function screenChecks(page: Page, name: string): Promise<{ overflow: number; violations: string[] }> {
  const { overflowAtPhone } = await captureScreen(page, name);
  return { overflow: overflowAtPhone, violations: await seriousAxeViolations(page) };
}

beforeAll(async () => {
  fake = await startFakeProvider();
  suite = await openWebSuite('admin-ai', { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.baseUrls.anthropic });
  ({ url } = suite);
  person = await suite.browser.newContext({ viewport: DESKTOP });
}, 120_000);

afterAll(async () => {
  await suite?.close();
  await fake?.close();
});

describe('the operator’s AI screen', () => {
  it('changes the models and the context strategy, and reads what they cost', async () => {
    const { context, page, consoleErrors } = suite;
    await signUp(context, 'Ada Admin', 'ada@example.com');
    await signUp(person, 'Bruno Baker', 'bruno@example.com');
    const site = await api(person, 'POST', '/api/sites', { subdomain: 'luna-studio', name: 'Luna Studio', document: editFixtureSite() });

    await page.goto(`${url}/admin`);
    await page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor(WAIT);
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'AI' }).click();
    await page.waitForURL(`${url}/admin/ai`, WAIT);
    const form = page.getByRole('form', { name: 'AI settings' });
    await form.waitFor(WAIT);
    expect(await page.getByTestId('providers').textContent()).toBe('This server can call Anthropic. Not set up: OpenAI, OpenAI-compatible server, Google.');
    const editing = form.getByLabel('Editing sites');
    expect(await editing.inputValue()).toBe('offline');

    // A provider PageHub doesn't know: refused beside the field, nothing saved.
    await editing.fill('acme:smart-1');
    await form.getByRole('button', { name: 'Save AI settings' }).click();
    await form.getByText('PageHub doesn’t know the provider “acme”', { exact: false }).waitFor(WAIT);
    expect(await editing.getAttribute('aria-invalid')).toBe('true');
    expect(consoleErrors.splice(0)).toEqual([expect.stringMatching(/status of 422 .*\/api\/admin\/settings\)$/)]); // the refusal, as the browser logs it
    expect((await api(context, 'GET', '/api/admin/settings')).settings.ai.models.editor).toBe('offline');

    // Anthropic for understanding and editing, the whole page as context: saved and audited.
    await editing.fill(MODEL);
    await form.getByLabel('Understanding requests').fill(MODEL);
    await form.getByLabel('Attempts per call').fill('2');
    await form.getByRole('radio', { name: /The whole page/ }).check();
    await form.getByRole('button', { name: 'Save AI settings' }).click();
    await page.getByText('Saved. Every server uses the new settings within a few seconds.').waitFor(WAIT);
    expect(await editing.getAttribute('aria-invalid')).toBeNull();
    const { settings } = await api(context, 'GET', '/api/admin/settings');
    expect(settings.ai).toMatchObject({ attempts: 2, contextStrategy: 'page', models: { intent: MODEL, editor: MODEL, generator: 'offline', image: 'offline' } });
    const audit = await api(context, 'GET', '/api/admin/audit?action=admin.settings');
    expect(audit.entries[0]).toMatchObject({ actorEmail: 'ada@example.com', details: { change: { ai: { attempts: 2, contextStrategy: 'page', models: { intent: MODEL, editor: MODEL } } } } });

    // The person's next chat edit goes to Anthropic, with the whole home page to read.
    fake.enqueue({ kind: 'answer', value: HEADLINE }, { kind: 'answer', value: NEW_HEADLINE });
    await api(person, 'POST', `/api/sites/${site.id}/edit`, { prompt: 'Change the headline to "Fresh bread every morning"', branch: 'main', base: site.head });
    expect(fake.requests).toHaveLength(2);
    expect(JSON.stringify(fake.requests[1]!.body)).toContain(FAQ_ANSWER);

    // The cost report: by model, then by person; the CSV link follows.
    await page.reload();
    const rows = page.getByTestId('cost-row');
    await rows.first().waitFor(WAIT);
    expect(await rows.allTextContents()).toEqual([expect.stringMatching(/^anthropic:claude-sonnet-4-5\s*2\s*0/)]);
    expect(await page.getByTestId('cost-total').textContent()).toMatch(/^\$\d+\.\d+ for 2 calls from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\.$/);
    const settingsChecks = await screenChecks(page, 'admin-ai');
    await page.getByRole('radio', { name: 'By person' }).click();
    await page.getByRole('cell', { name: 'Bruno Baker (bruno@example.com)' }).waitFor(WAIT);
    expect(await rows.count()).toBe(1);
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toMatch(/^\/api\/admin\/ai\/costs\.csv\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&groupBy=user$/);
    const csv = await context.request.get(`${url}${csvHref}`);
    expect((await csv.text()).split('\r\n')[1]).toMatch(/^Bruno Baker \(bruno@example\.com\),2,0,/);
    await page.getByRole('radio', { name: 'By day' }).click();
    await page.getByRole('columnheader', { name: 'Day' }).waitFor(WAIT);
    const costsChecks = await screenChecks(page, 'admin-ai-by-day');

    const clean = { overflow: 0, violations: [] };
    expect({ settings: settingsChecks, costs: costsChecks }).toEqual({ settings: clean, costs: clean });
    expect(consoleErrors).toEqual([]);
  });
});
