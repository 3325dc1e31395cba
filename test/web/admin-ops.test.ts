// The operator's Errors, Jobs and Settings screens in Debian's Chromium against a real `pagehub serve` on
// PostgreSQL, whose intent and editor models are the fake provider's. A person makes two chat edits: one commits,
// the model's answers to the other fail validation three times. The admin's dashboard counts 2 chat edits, 50 %
// succeeded, 1 failed; the Errors screen lists the failed AI edit, and opening it shows what was asked, the answers
// tried and what failed the checks. Settings: too many tries is refused beside the field; 5 tries is saved and a
// second process (a settings store of its own on the same database, listening) reads it within 2 s; a limit of 1
// site for every account while payments are off refuses the person's next site (402). Jobs: two jobs of a test
// queue fail until they are dead-lettered; the screen lists them; one is retried and runs, the other discarded
// after a confirmation. Errors, Jobs and Settings at 1280 and 375 px: no overflow at 375 px, no serious or
// critical axe violation, no console error.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRuntimeSettings, type RuntimeSettingsStore } from '../../src/admin/index.ts';
import { loadConfig } from '../../src/config.ts';
import { startJobQueue, type JobQueue } from '../../src/jobs/index.ts';
import { createLogger } from '../../src/logger.ts';
import { openPostgres, type Database } from '../../src/store/database.ts';
import { editFixtureSite } from '../support/edit-site.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-providers/index.ts';
import { createDatabase, dropDatabase } from '../support/throwaway-postgres.ts';
import { captureScreen, DESKTOP, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 20_000 };
const PASSWORD = 'correct horse battery';
const QUEUE = 'ops-check';
const DEAD_LETTERS = 'ops-check-dead-letters';
const INTENT = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const headline = (value: string) => ({ summary: 'Hero headline', operations: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value }], question: null });

let suite: WebSuite;
let url: string;
let person: BrowserContext;
let fake: FakeProvider;
let adminUrl: string;
let databaseName: string;
let database: Database;
let secondProcess: RuntimeSettingsStore;
let stopListening: () => Promise<void>;
let queue: JobQueue;
let isBroken = true;
const ran: string[] = [];

async function api(context: BrowserContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function signUp(context: BrowserContext, name: string, email: string): Promise<void> {
  await api(context, 'POST', '/api/auth/sign-up/email', { name, email, password: PASSWORD });
  expect((await context.request.get(await suite.mailedLink(email))).ok()).toBe(true);
}

beforeAll(async () => {
  fake = await startFakeProvider();
  adminUrl = inject('postgresUrl');
  const created = await createDatabase(adminUrl);
  databaseName = created.name;
  suite = await openWebSuite('admin-ops', {
    DATABASE_URL: created.url,
    AUTH_SECRET: 'admin-ops-test-secret-0123456789abcdef',
    PAGEHUB_MODEL_INTENT: 'anthropic:claude-sonnet-4-5',
    PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5',
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: fake.baseUrls.anthropic,
  });
  ({ url } = suite);
  person = await suite.browser.newContext({ viewport: DESKTOP });
  // A second process on the same database: its own settings store, told of changes through NOTIFY.
  database = await openPostgres(created.url);
  secondProcess = createRuntimeSettings(database, loadConfig({}), { maxAgeMs: 60_000 });
  stopListening = await secondProcess.listen();
  // A queue whose jobs fail while `isBroken`: one retry, then dead-lettered.
  queue = await startJobQueue(database, { logger: createLogger('silent'), pollingIntervalSeconds: 0.5 });
  await queue.createQueue(DEAD_LETTERS, { retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 60 });
  await queue.createQueue(QUEUE, { retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 60, deadLetter: DEAD_LETTERS });
  await queue.work<{ step: string }>(QUEUE, async ({ step }) => {
    if (isBroken) throw new Error('The storage service did not answer');
    ran.push(step);
  });
}, 180_000);

afterAll(async () => {
  await queue?.stop(5_000);
  await stopListening?.();
  await suite?.close();
  await database?.close();
  await fake?.close();
  if (databaseName) await dropDatabase(adminUrl, databaseName);
});

describe('the operator’s errors, jobs and settings', () => {
  it('counts a failed chat edit and shows it among the errors, changes settings in force on a second process, and retries a dead-lettered job', async () => {
    const { context, page, consoleErrors } = suite;
    await signUp(context, 'Ada Admin', 'ada@example.com');
    await signUp(person, 'Bruno Baker', 'bruno@example.com');
    const site = await api(person, 'POST', '/api/sites', { subdomain: 'brunos-bakery', document: editFixtureSite() });
    // Two jobs that fail until they are dead-lettered.
    const failing = [(await queue.boss.send(QUEUE, { step: 'first' }))!, (await queue.boss.send(QUEUE, { step: 'second' }))!];

    // One chat edit commits; the model's answers to the other fail validation three times.
    fake.enqueue({ kind: 'answer', value: INTENT }, { kind: 'answer', value: headline('Fresh bread every morning') });
    const edited = await api(person, 'POST', `/api/sites/${site.id}/edit`, { prompt: 'Change the headline to "Fresh bread every morning"', base: site.head });
    fake.enqueue({ kind: 'answer', value: INTENT }, ...Array.from({ length: 3 }, () => ({ kind: 'answer' as const, value: headline('<script>alert(1)</script>') })));
    const refused = await person.request.fetch(`${url}/api/sites/${site.id}/edit`, { method: 'POST', headers: { origin: url }, data: { prompt: 'Change the headline to <script>', base: edited.commit.id } });
    expect(refused.status()).toBe(422);

    // The dashboard: 2 chat edits, half of them succeeded, 1 failed.
    await page.goto(`${url}/admin`);
    const chatEdits = page.getByTestId('figure-chat-edits');
    await chatEdits.locator('dd').first().filter({ hasText: '2' }).waitFor(WAIT);
    expect(await chatEdits.locator('dd').nth(1).textContent()).toBe('50 % succeeded · 1 failed');
    expect((await api(context, 'GET', '/api/admin/dashboard?range=7d')).chatEdits).toMatchObject({ total: 2, committed: 1, failed: 1, successRate: 0.5 });

    // Errors: the failed AI edit, and what was recorded with it.
    const nav = page.getByRole('navigation', { name: 'Admin' });
    await nav.getByRole('link', { name: 'Errors' }).click();
    await page.getByRole('button', { name: 'Failed AI edits' }).click();
    const row = page.getByTestId('error-row').filter({ hasText: 'failed validation' });
    await row.waitFor(WAIT);
    await expect.poll(() => page.getByTestId('error-row').count(), WAIT).toBe(1);
    expect(await row.textContent()).toContain('POST /api/sites/:id/edit');
    await row.getByRole('button', { name: /^Open the error/ }).click();
    const occurrence = page.getByTestId('error-occurrence').first();
    await occurrence.waitFor(WAIT);
    const recorded = await occurrence.textContent();
    expect(recorded).toContain('What was asked:content edit');
    expect(recorded).toContain('Answers tried:3');
    expect(recorded).toContain('operations/0/value');
    expect(recorded).not.toContain('alert(1)'); // what the model wrote is not kept
    await page.getByText('1 time in the last 30 days').waitFor(WAIT);
    const errorsChecks = await captureChecks('admin-errors');
    // Narrowed to the last 24 hours it is still there; no job of the server's own failed.
    await page.getByRole('group', { name: 'Seen in the last' }).getByRole('button', { name: '24 hours' }).click();
    await page.getByRole('group', { name: 'Seen in the last' }).getByRole('button', { name: '24 hours', pressed: true }).waitFor(WAIT);
    await row.waitFor(WAIT);
    await page.getByRole('button', { name: 'Failed jobs' }).click();
    await page.getByText('No failed jobs in the last 24 hours.').waitFor(WAIT);

    // AI: too many tries is refused beside the field; 5 is in force on the second process within 2 s.
    await nav.getByRole('link', { name: 'AI', exact: true }).click();
    const aiForm = page.getByRole('form', { name: 'AI settings' });
    const tries = aiForm.getByLabel('Attempts per call');
    await tries.waitFor(WAIT);
    expect(await tries.inputValue()).toBe('3');
    expect((await secondProcess.get()).ai.attempts).toBe(3);
    await tries.fill('9');
    await aiForm.getByRole('button', { name: 'Save AI settings' }).click();
    await expect.poll(() => tries.getAttribute('aria-invalid'), WAIT).toBe('true');
    await tries.fill('5');
    await aiForm.getByRole('button', { name: 'Save AI settings' }).click();
    const saved = Date.now();
    await page.getByText('Saved. Every server uses the new settings within a few seconds.').waitFor(WAIT);
    await expect.poll(async () => (await secondProcess.get()).ai.attempts, { timeout: 2_000, interval: 50 }).toBe(5);
    expect(Date.now() - saved).toBeLessThan(2_000);

    // Settings, limits per plan: while payments are off every account is on "No payments"; 1 site refuses Bruno's second.
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('group', { name: 'Plan' }).getByRole('button', { name: 'No payments' }).click();
    const limits = page.getByRole('form', { name: 'Limits of the No payments plan' });
    await limits.getByText('The plan’s own: no limit').first().waitFor(WAIT);
    await page.getByRole('group', { name: 'Plan' }).getByRole('button', { name: 'Free' }).click();
    await page.getByRole('form', { name: 'Limits of the Free plan' }).getByText('The plan’s own: 500 MB').waitFor(WAIT);
    await page.getByRole('group', { name: 'Plan' }).getByRole('button', { name: 'No payments' }).click();
    await limits.getByLabel('Sites', { exact: true }).fill('lots');
    await limits.getByRole('button', { name: 'Save No payments limits' }).click();
    await limits.getByText('Enter a whole number').waitFor(WAIT);
    await limits.getByLabel('Sites', { exact: true }).fill('1');
    await limits.getByRole('button', { name: 'Save No payments limits' }).click();
    await page.getByText('The limits of the No payments plan are saved.').waitFor(WAIT);
    const second = await person.request.fetch(`${url}/api/sites`, { method: 'POST', headers: { origin: url }, data: { subdomain: 'brunos-second', name: 'Second' } });
    expect(second.status()).toBe(402);
    expect((await secondProcess.get()).limits).toEqual({ unlimited: { sites: 1 } });
    const settingsChecks = await captureChecks('admin-settings');
    const audit = await api(context, 'GET', '/api/admin/audit?action=admin.settings');
    expect(audit.entries.map((entry: { details: unknown }) => entry.details)).toEqual([{ change: { limits: { unlimited: { sites: 1 } } } }, { change: { ai: expect.objectContaining({ attempts: 5 }) } }]);

    // Jobs: both jobs failed for good (dead-lettered); one is retried and runs, the other discarded.
    await expect.poll(async () => Promise.all(failing.map(async (id) => (await queue.boss.getJobById(QUEUE, id))?.state)), { timeout: 30_000, interval: 250 }).toEqual(['failed', 'failed']);
    await nav.getByRole('link', { name: 'Jobs' }).click();
    const queueRow = page.getByTestId('queue-row').filter({ hasText: `Failed jobs go on to ${DEAD_LETTERS}` });
    await queueRow.waitFor(WAIT);
    await expect.poll(async () => (await queueRow.locator('td').nth(4).textContent())?.trim(), WAIT).toBe('2');
    await page.getByTestId('queue-row').filter({ hasText: `Dead letters of ${QUEUE}` }).waitFor(WAIT);
    const jobRows = page.getByTestId('failed-job-row');
    await jobRows.filter({ hasText: failing[1]! }).waitFor(WAIT);
    expect(await jobRows.filter({ hasText: failing[0]! }).textContent()).toContain('The storage service did not answer');
    const jobsChecks = await captureChecks('admin-jobs');

    isBroken = false;
    await page.getByRole('button', { name: `Retry job ${failing[0]}` }).click();
    await page.getByText('The job is back in its queue.').waitFor(WAIT);
    await expect.poll(async () => (await queue.boss.getJobById(QUEUE, failing[0]!))?.state, { timeout: 30_000, interval: 250 }).toBe('completed');
    expect(ran).toEqual(['first']);

    await page.getByRole('button', { name: `Discard job ${failing[1]}…` }).click();
    const dialog = page.getByRole('dialog', { name: 'Discard this job?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    expect(await queue.boss.getJobById(QUEUE, failing[1]!)).not.toBeNull();
    await page.getByRole('button', { name: `Discard job ${failing[1]}…` }).click();
    await dialog.getByRole('button', { name: 'Discard job' }).click();
    await page.getByText('The job is discarded.').waitFor(WAIT);
    expect(await queue.boss.getJobById(QUEUE, failing[1]!)).toBeNull();
    await page.getByText('No failed jobs. Everything ran.').waitFor(WAIT);
    const audited = await api(context, 'GET', '/api/admin/audit?action=admin.job.');
    expect(audited.entries.map((entry: { action: string; target: string }) => [entry.action, entry.target])).toEqual([['admin.job.discard', failing[1]], ['admin.job.retry', failing[0]]]);

    const clean = { overflow: 0, violations: [] };
    expect({ errors: errorsChecks, settings: settingsChecks, jobs: jobsChecks }).toEqual({ errors: clean, settings: clean, jobs: clean });
    // The one refusal the test asked for (too many tries) is the browser's only complaint.
    expect(consoleErrors.filter((line) => !(line.includes('status of 400') && line.includes('/api/admin/settings')))).toEqual([]);
  }, 240_000);
});

async function captureChecks(name: string): Promise<{ overflow: number; violations: string[] }> {
  const { overflowAtPhone } = await captureScreen(suite.page, name);
  return { overflow: overflowAtPhone, violations: await seriousAxeViolations(suite.page) };
}
