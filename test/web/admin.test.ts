// The operator's screens in Debian's Chromium against a real `pagehub serve`: the first account signed up is the
// platform admin; a second person signs up, makes a site and publishes it (through the API). The admin opens
// /admin from the account menu: the dashboard counts the 2 sign-ups and the publish. Accounts: the admin searches
// the person, changes their limits, mails them a password reset and suspends them with a reason → the person's
// next API request is refused (401) and their site's address answers the paused page (503); lifting the
// suspension brings the site back. The audit log filtered by `admin.` lists those actions by email, and its CSV
// link carries the filter. Sites: the person's site taken offline for abuse with a reason (its address stops
// answering it; the person is mailed, and, signed in, sees the reason on their site and can't publish it), its
// history read-only, then restored (the person publishes again). Webhooks: none on a server without payments. The person, signed in again, has no Admin link and
// meets the ordinary not-found screen at /admin. Dashboard, accounts, audit and sites screens at 1280 and 375 px:
// no overflow at 375 px, no serious or critical axe violation, no console error.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteRequest } from '../support/site-request.ts';
import { captureScreen, collectConsoleErrors, DESKTOP, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 20_000 };
const PASSWORD = 'correct horse battery';
const SUBDOMAIN = 'brunos-bakery';
const REASON = 'Phishing pages reported by three visitors';

let suite: WebSuite;
let url: string;
let person: BrowserContext;

/** A JSON call with `context`'s session cookie; the response itself, so a refusal can be checked. */
async function call(context: BrowserContext, method: 'GET' | 'POST', path: string, data?: unknown) {
  return context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
}

async function api(context: BrowserContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await call(context, method, path, data);
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** Signs up through the API and opens the confirmation link in `context`, which signs it in. */
async function signUp(context: BrowserContext, name: string, email: string): Promise<void> {
  await api(context, 'POST', '/api/auth/sign-up/email', { name, email, password: PASSWORD });
  expect((await context.request.get(await suite.mailedLink(email))).ok()).toBe(true);
}

/** The person's published site, asked for by Host as a browser at {subdomain}.localhost would. */
const siteByHost = () => siteRequest(Number(new URL(url).port), `${SUBDOMAIN}.localhost`, '/');

async function screenChecks(page: Page, name: string): Promise<{ overflow: number; violations: string[] }> {
  const { overflowAtPhone } = await captureScreen(page, name);
  return { overflow: overflowAtPhone, violations: await seriousAxeViolations(page) };
}

beforeAll(async () => {
  suite = await openWebSuite('admin');
  ({ url } = suite);
  person = await suite.browser.newContext({ viewport: DESKTOP });
}, 120_000);

afterAll(() => suite?.close());

describe('the operator’s screens', () => {
  it('shows the figures, suspends and restores an account, and finds it in the audit log; hidden from everyone else', async () => {
    const { context, page, consoleErrors } = suite;
    await signUp(context, 'Ada Admin', 'ada@example.com');
    await signUp(person, 'Bruno Baker', 'bruno@example.com');
    const siteId = (await api(person, 'POST', '/api/sites', { subdomain: SUBDOMAIN, name: 'Bruno’s Bakery', template: 'cafe' })).id as string;
    await api(person, 'POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    expect((await siteByHost()).status).toBe(200);

    // The admin's account menu leads to /admin; the dashboard counts what the test did.
    await page.goto(url);
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(`${url}/admin`, WAIT);
    await page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor(WAIT);
    const figure = (testId: string) => page.getByTestId(testId).locator('dd').first();
    await figure('figure-sign-ups').waitFor(WAIT);
    expect(await figure('figure-sign-ups').textContent()).toBe('2');
    expect(Number(await figure('figure-publishes').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: '24 hours' }).click();
    await page.getByRole('button', { name: '24 hours', pressed: true }).waitFor(WAIT);
    expect(await figure('figure-sign-ups').textContent()).toBe('2');
    expect(await page.locator('figure svg rect').count()).toBeGreaterThan(0);
    const dashboardChecks = await screenChecks(page, 'admin-dashboard');

    // Accounts: search the person, open their account, suspend with a reason.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('bruno');
    await page.getByRole('button', { name: 'Search' }).click();
    const rows = page.getByTestId('account-row');
    await rows.filter({ hasText: 'bruno@example.com' }).waitFor(WAIT);
    await expect.poll(() => rows.count(), WAIT).toBe(1);
    await page.getByRole('button', { name: 'Open the account of Bruno Baker' }).click();
    await page.getByText(SUBDOMAIN, { exact: true }).waitFor(WAIT);
    const accountsChecks = await screenChecks(page, 'admin-accounts');

    // Limits over the plan: a bad number is refused in the form; 5 sites is then the account's ceiling.
    await page.getByRole('button', { name: 'Change limits' }).click();
    const limits = page.getByRole('form', { name: 'Limits' });
    await limits.getByLabel('Sites', { exact: true }).fill('-1');
    await limits.getByRole('button', { name: 'Save limits' }).click();
    await limits.getByText('Enter a whole number').waitFor(WAIT);
    await limits.getByLabel('Sites', { exact: true }).fill('5');
    await limits.getByRole('button', { name: 'Save limits' }).click();
    await page.getByText('1 of 5', { exact: true }).waitFor(WAIT);
    expect((await api(context, 'GET', `/api/admin/accounts/${(await api(context, 'GET', '/api/admin/accounts?q=bruno')).accounts[0].id}`)).billing.limits.sites).toBe(5);

    // A password-reset mail, sent to the person's address.
    await page.getByRole('button', { name: 'Send password-reset mail' }).click();
    await page.getByText('A link to choose a new password is on its way to bruno@example.com.').waitFor(WAIT);
    expect(await suite.mailedLink('bruno@example.com', '/api/auth/reset-password/')).toContain('/api/auth/reset-password/');

    // A reason too short is refused in the dialog, before anything is sent.
    await page.getByRole('button', { name: 'Suspend…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspend Bruno Baker?' });
    await dialog.getByRole('button', { name: 'Suspend account' }).click();
    await dialog.getByText('at least 3 characters').waitFor(WAIT);
    expect((await call(person, 'GET', '/api/sites')).status()).toBe(200);
    await dialog.getByLabel('Reason').fill(REASON);
    await dialog.getByRole('button', { name: 'Suspend account' }).click();
    await page.getByText('Bruno Baker is suspended: signed out everywhere, and 1 site paused.').waitFor(WAIT);
    await rows.filter({ hasText: 'suspended' }).waitFor(WAIT);
    await page.getByRole('alert').filter({ hasText: 'Suspended' }).getByText(REASON).waitFor(WAIT);

    // The person is refused, and their site shows the paused page.
    expect((await call(person, 'GET', '/api/sites')).status()).toBe(401);
    const paused = await siteByHost();
    expect(paused.status).toBe(503);
    expect(paused.text).toContain('Site paused');

    // Lifting the suspension brings the site back.
    await page.getByRole('button', { name: 'Lift the suspension' }).click();
    await page.getByText('The suspension is lifted; 1 site back online.').waitFor(WAIT);
    await rows.filter({ hasText: 'active' }).waitFor(WAIT);
    expect((await siteByHost()).status).toBe(200);

    // The audit log, filtered by `admin.`: every action above, newest first; the CSV link has the filter.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action').fill('admin.');
    await page.getByRole('button', { name: 'Filter' }).click();
    const entries = page.getByTestId('audit-row');
    await entries.filter({ hasText: 'admin.account.suspend' }).waitFor(WAIT);
    await expect.poll(() => entries.locator('td:nth-child(2)').allTextContents(), WAIT).toEqual(['admin.account.unsuspend', 'admin.account.suspend', 'admin.account.password-reset', 'admin.account.limits']);
    // Who did it and to whom, by email; the reason among the details.
    const suspendText = await entries.filter({ hasText: 'admin.account.suspend' }).textContent();
    expect(suspendText).toContain('ada@example.com');
    expect(suspendText).toContain('bruno@example.com');
    expect(suspendText).toContain(`reason: ${REASON}`);
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toBe('/api/admin/audit.csv?action=admin.');
    const csv = await context.request.get(`${url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('admin.account.suspend');

    const auditChecks = await screenChecks(page, 'admin-audit');

    // Sites: the person's site, taken offline for abuse with a reason; its address no longer answers it.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Sites' }).click();
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('bruno@example.com');
    await page.getByRole('button', { name: 'Search' }).click();
    const siteRow = page.getByTestId('site-row').filter({ hasText: SUBDOMAIN });
    await siteRow.getByText('published').waitFor(WAIT);
    const sitesChecks = await screenChecks(page, 'admin-sites');
    await siteRow.getByRole('button', { name: `Take ${SUBDOMAIN} offline` }).click();
    const offline = page.getByRole('dialog', { name: `Take ${SUBDOMAIN} offline?` });
    await offline.getByLabel('Reason').fill('Selling counterfeit goods');
    await offline.getByRole('button', { name: 'Take offline' }).click();
    await page.getByText(`${SUBDOMAIN} is offline.`).waitFor(WAIT);
    await page.getByText('Its owners were emailed the reason (bruno@example.com).').waitFor(WAIT);
    await siteRow.getByText('taken down').waitFor(WAIT);
    await siteRow.getByText('Selling counterfeit goods').waitFor(WAIT);
    expect((await siteByHost()).status).toBe(404);
    const audit = await api(context, 'GET', '/api/admin/audit?action=admin.site.');
    expect(audit.entries).toMatchObject([{ action: 'admin.site.unpublish', siteId, details: { reason: 'Selling counterfeit goods', wasLive: true, mailedTo: ['bruno@example.com'] } }]);
    // The owner was mailed, with a link to their site's Publish screen.
    expect(await suite.mailedLink('bruno@example.com', `/sites/${siteId}/publish`)).toContain(`/sites/${siteId}/publish`);

    // The site's history, to read only: its versions, and nothing to restore or change.
    await siteRow.getByRole('button', { name: `History of ${SUBDOMAIN}` }).click();
    const historyDialog = page.getByRole('dialog', { name: `History of ${SUBDOMAIN}` });
    const versions = historyDialog.getByTestId('site-history').getByRole('listitem');
    await versions.first().waitFor(WAIT);
    expect(await versions.count()).toBeGreaterThanOrEqual(1);
    expect(await historyDialog.getByText('Bruno Baker').count()).toBeGreaterThanOrEqual(1);
    expect(await historyDialog.getByRole('button').allTextContents()).toEqual(['']); // only the dialog's Close (an icon)
    const historyChecks = await screenChecks(page, 'admin-site-history');
    await historyDialog.getByRole('button', { name: 'Close' }).click();

    // Webhooks: this server takes no payments, so Stripe has sent nothing.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No events from Stripe yet.').waitFor(WAIT);

    // The person, signed in again: no Admin link, and /admin is the ordinary not-found screen.
    await api(person, 'POST', '/api/auth/sign-in/email', { email: 'bruno@example.com', password: PASSWORD });
    const personPage = await person.newPage();
    const personErrors = collectConsoleErrors(personPage);
    await personPage.goto(url);
    await personPage.getByRole('button', { name: /Account menu/ }).click();
    await personPage.getByRole('link', { name: 'Your account' }).waitFor(WAIT);
    expect(await personPage.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await personPage.goto(`${url}/admin/accounts`);
    await personPage.getByRole('heading', { name: 'Nothing lives at this address' }).waitFor(WAIT);
    expect(await personPage.getByText('Admin', { exact: true }).count()).toBe(0);
    expect(await personPage.title()).toBe('Not found · PageHub');
    expect((await call(person, 'GET', '/api/admin/accounts')).status()).toBe(404);

    // The owner, signed in, sees on their site why it was taken offline, and publishing is refused with the reason.
    await personPage.goto(`${url}/sites/${siteId}/publish`);
    const banner = personPage.getByTestId('taken-down-banner');
    await banner.getByText('“Selling counterfeit goods”').waitFor(WAIT);
    await banner.getByText('reply to the email we sent').waitFor(WAIT);
    expect(await personPage.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    const takenDownChecks = await screenChecks(personPage, 'site-taken-down');
    const refused = await call(person, 'POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('Selling counterfeit goods');
    await personPage.goto(`${url}/sites/${siteId}`);
    await personPage.getByTestId('taken-down-banner').getByText('“Selling counterfeit goods”').waitFor(WAIT);

    // The admin restores it: nothing goes live, and the owner may publish again.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Sites' }).click();
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('bruno@example.com');
    await page.getByRole('button', { name: 'Search' }).click();
    await siteRow.getByRole('button', { name: `Restore ${SUBDOMAIN}` }).click();
    await page.getByText(`${SUBDOMAIN} is restored`).waitFor(WAIT);
    await siteRow.getByText('not published').waitFor(WAIT);
    expect((await siteByHost()).status).toBe(404);
    await api(person, 'POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    expect((await siteByHost()).status).toBe(200);
    await personPage.goto(`${url}/sites/${siteId}/publish`);
    await personPage.getByRole('link', { name: 'Back to editor' }).waitFor(WAIT);
    await personPage.getByRole('heading', { name: 'Bruno’s Bakery' }).waitFor(WAIT);
    await expect.poll(() => personPage.getByRole('button', { name: 'Publish', exact: true }).isEnabled(), WAIT).toBe(true);
    expect(await personPage.getByTestId('taken-down-banner').count()).toBe(0);

    const clean = { overflow: 0, violations: [] };
    expect({ dashboard: dashboardChecks, accounts: accountsChecks, audit: auditChecks, sites: sitesChecks, history: historyChecks, takenDown: takenDownChecks }).toEqual({ dashboard: clean, accounts: clean, audit: clean, sites: clean, history: clean, takenDown: clean });
    expect(consoleErrors).toEqual([]);
    // The refused request for /api/admin/accounts above came from the test, not the page.
    expect(personErrors).toEqual([]);
  }, 240_000);
});
