// Plans and payment in Debian's Chromium against a real `pagehub serve` with billing on, paid through the fake Stripe
// of test/support/fake-stripe (its Checkout page, its signed webhooks). A free account creates a site and tries to
// add a custom domain in Settings: the plan prompt names Starter and leads to the plans; returning from a checkout
// that was never paid says it is confirming and never claims success; Upgrade to Starter → the fake Checkout → Pay →
// back on /billing, which waits for the webhook's Starter; the domain is then added (201) and the usage bars show
// custom domains 1 of 1, full. A failed renewal puts the account in grace: the banner over every screen and the
// notice with the portal button. Screenshots of /billing at 1280 and 375 px, no overflow at 375 px, no serious axe
// violation, no console error. Pay-to-publish (a server with BILLING_MODE=per-site): Publish is replaced by Pay to
// publish; back from a paid Checkout whose webhook has not arrived, the screen waits and offers no Publish; the
// webhook unlocks it. With billing off (a default server) no Billing link, banner or plan shows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from '../support/fake-stripe/index.ts';
import { seedDataDir } from '../support/seed-data-dir.ts';
import { linkLoggedFor, startServe } from '../support/spawn-serve.ts';
import { captureScreen, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 20_000 };
const WEBHOOK_SECRET = 'whsec_billing_browser_test';
const PASSWORD = 'correct horse battery';

let fake: FakeStripe;
let suite: WebSuite;
let context: BrowserContext;
let page: Page;
/** The app at its public address (http://localhost:port): Checkout returns there, so the session cookie lives there. */
let app: string;
let consoleErrors: string[];
const overflows: Record<string, number> = {};
const violations: Record<string, string[]> = {};

async function checkScreen(name: string): Promise<void> {
  overflows[name] = (await captureScreen(page, name)).overflowAtPhone;
  violations[name] = await seriousAxeViolations(page);
}

async function api(browser: BrowserContext, origin: string, method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await browser.request.fetch(`${origin}${path}`, { method, headers: { origin }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** Signs up through the API and opens the mailed confirmation (which signs the browser in) on `origin`. */
async function signUp(browser: BrowserContext, origin: string, logged: () => Promise<string>, email: string): Promise<void> {
  await api(browser, origin, 'POST', '/api/auth/sign-up/email', { name: 'Rosa Lima', email, password: PASSWORD });
  const link = new URL(await logged());
  expect((await browser.request.get(`${origin}${link.pathname}${link.search}`)).ok()).toBe(true);
}

beforeAll(async () => {
  fake = await startFakeStripe({
    webhookSecret: WEBHOOK_SECRET,
    prices: [
      { id: 'price_starter', lookupKey: 'starter', unitAmount: 900, nickname: 'Starter' },
      { id: 'price_pro', lookupKey: 'pro', unitAmount: 2900, nickname: 'Pro' },
      { id: 'price_business', lookupKey: 'business', unitAmount: 9900, nickname: 'Business' },
      { id: 'price_site', lookupKey: 'site', unitAmount: 4900, nickname: 'Publishing a site', interval: null },
    ],
    priceFeatures: { price_starter: ['pagehub-starter'], price_pro: ['pagehub-pro'], price_business: ['pagehub-business'] },
  });
  suite = await openWebSuite('billing', {
    STRIPE_SECRET_KEY: 'sk_test_pagehub_billing',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.origin,
    STRIPE_PRICE_STARTER: 'price_starter',
    STRIPE_PRICE_PRO: 'price_pro',
    STRIPE_PRICE_BUSINESS: 'price_business',
  });
  ({ context, page, consoleErrors } = suite);
  app = suite.url.replace('127.0.0.1', 'localhost');
  fake.configureWebhooks({ url: `${suite.url}/api/billing/webhook` });
}, 120_000);

afterAll(async () => {
  await suite?.close();
  await fake?.close();
});

describe('plans and payment in the browser', () => {
  it('a free account meets the custom-domain limit, upgrades through Checkout, adds the domain and sees its usage', async () => {
    await signUp(context, app, () => suite.mailedLink('rosa@example.com'), 'rosa@example.com');
    const siteId = (await api(context, app, 'POST', '/api/sites', { subdomain: 'rosa-bakery', name: 'Rosa Bakery', template: 'cafe' })).id as string;

    // The limit, where the domain is added: the plan's words and the way to a plan that has room.
    await page.goto(`${app}/sites/${siteId}/settings`);
    await page.getByRole('heading', { name: 'Custom domains' }).waitFor(WAIT);
    await page.getByLabel('Domain', { exact: true }).fill('www.rosa-bakery.com');
    const refused = page.waitForResponse((response) => response.url().endsWith(`/api/sites/${siteId}/domains`) && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Add domain' }).click();
    expect((await refused).status()).toBe(402);
    const prompt = page.getByTestId('billing-refusal');
    await prompt.waitFor(WAIT);
    expect(await prompt.innerText()).toContain('Starter includes 1');
    expect(await page.getByText('No custom domains yet.').isVisible()).toBe(true);
    await checkScreen('billing-plan-prompt');

    // The account menu offers Billing while billing is on.
    await page.getByRole('button', { name: /Account menu/ }).click();
    expect(await page.getByRole('link', { name: 'Billing' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // A return from Checkout that nothing paid for is never taken for a payment.
    await page.goto(`${app}/billing?checkout=done`);
    await page.getByTestId('checkout-waiting').waitFor(WAIT);
    await page.waitForTimeout(2500);
    expect(await page.getByTestId('checkout-confirmed').count()).toBe(0);
    expect(await page.getByTestId('current-plan').innerText()).toBe('Free');
    await page.goto(`${app}/billing?checkout=cancelled`);
    await page.getByText('Nothing was charged').waitFor(WAIT);

    // See plans → the suggested plan → Checkout → Pay → back, waiting for the webhook's word.
    await page.goto(`${app}/sites/${siteId}/settings`);
    await page.getByLabel('Domain', { exact: true }).fill('www.rosa-bakery.com');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByRole('link', { name: 'See plans' }).click();
    await page.waitForURL((address) => address.pathname === '/billing', WAIT);
    const starter = page.getByTestId('plan-starter');
    await starter.waitFor(WAIT);
    expect(await starter.innerText()).toContain('Suggested');
    expect(await page.getByTestId('plan-free').getAttribute('aria-current')).toBe('true');
    expect(await starter.innerText()).toMatch(/\$9\s+a month/);
    await starter.getByRole('button', { name: 'Upgrade to Starter' }).click();
    await page.waitForURL((address) => address.origin === fake.origin && address.pathname.startsWith('/checkout/'), WAIT);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL((address) => address.origin === app && address.pathname === '/billing' && address.searchParams.get('checkout') === 'done', WAIT);
    const confirmed = page.getByTestId('checkout-confirmed');
    await confirmed.waitFor(WAIT);
    expect(await confirmed.innerText()).toContain('Starter');
    expect(await page.getByTestId('current-plan').innerText()).toBe('Starter');
    expect(await page.getByTestId('plan-starter').getAttribute('aria-current')).toBe('true');

    // The domain now fits the plan.
    await page.goto(`${app}/sites/${siteId}/settings`);
    await page.getByLabel('Domain', { exact: true }).fill('www.rosa-bakery.com');
    const added = page.waitForResponse((response) => response.url().endsWith(`/api/sites/${siteId}/domains`) && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Add domain' }).click();
    expect((await added).status()).toBe(201);
    await page.getByTestId('domain').filter({ hasText: 'www.rosa-bakery.com' }).waitFor(WAIT);
    expect(await page.getByTestId('billing-refusal').count()).toBe(0);

    // The usage bars: custom domains 1 of 1, full — said in words, not by colour alone.
    await page.goto(`${app}/billing`);
    const domains = page.getByTestId('usage-customDomains');
    await domains.waitFor(WAIT);
    expect(await domains.getAttribute('data-state')).toBe('full');
    expect(await domains.innerText()).toContain('1 of 1');
    expect(await domains.innerText()).toContain('Limit reached');
    expect(await page.getByTestId('usage-sites').getAttribute('data-state')).toBe('ok');
    expect(await page.getByTestId('usage-sites').innerText()).toContain('1 of 5');
    await page.getByTestId('invoices').waitFor(WAIT);
    await checkScreen('billing');

    // A failed renewal: grace — the banner over the other screens, the notice and the portal button on /billing.
    const subscription = fake.events().find((event) => event.type === 'customer.subscription.created')!.data.object as { id: string };
    await fake.failPayment(subscription.id);
    await fake.idle();
    await page.goto(`${app}/`);
    const banner = page.getByTestId('account-standing-banner');
    await banner.waitFor(WAIT);
    expect(await banner.innerText()).toContain('didn’t go through');
    await banner.getByRole('link', { name: 'Go to Billing' }).click();
    const notice = page.getByTestId('standing-notice');
    await notice.waitFor(WAIT);
    expect(await notice.getByRole('button', { name: 'Update payment method' }).isVisible()).toBe(true);
    expect(await page.getByTestId('account-standing-banner').count()).toBe(0);
    await checkScreen('billing-grace');

    expect(overflows).toEqual({ 'billing-plan-prompt': 0, billing: 0, 'billing-grace': 0 });
    expect(violations).toEqual({ 'billing-plan-prompt': [], billing: [], 'billing-grace': [] });
    // The refused POST is logged by the browser as a failed resource (402); the fake Checkout page has no favicon.
    expect(consoleErrors.filter((line) => !line.includes('status of 402') && !line.includes(fake.origin))).toEqual([]);
  });

  it('pay-to-publish: Publish unlocks when the webhook says the site is paid, not when the browser comes back', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'pagehub-billing-per-site-'));
    try {
      await seedDataDir(join(workspace, 'data'));
      const served = await startServe({
        DATA_DIR: join(workspace, 'data'),
        LOG_LEVEL: 'info',
        BILLING_MODE: 'per-site',
        STRIPE_SECRET_KEY: 'sk_test_pagehub_billing',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_BASE: fake.origin,
        STRIPE_PRICE_SITE: 'price_site',
      }, 30_000);
      const origin = served.url.replace('127.0.0.1', 'localhost');
      // Payments are recorded but not told to PageHub until the test sends them: the return alone must unlock nothing.
      fake.configureWebhooks({ url: `${served.url}/api/billing/webhook`, deliver: false });
      const other = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await signUp(other, origin, () => linkLoggedFor(served.output, 'pay@example.com'), 'pay@example.com');
        const siteId = (await api(other, origin, 'POST', '/api/sites', { subdomain: 'paid-cafe', name: 'Paid Cafe', template: 'cafe' })).id as string;
        const refused = await other.request.post(`${origin}/api/sites/${siteId}/publish`, { headers: { origin }, data: { confirmSamples: true } });
        expect([refused.status(), (await refused.json()).code]).toEqual([402, 'PAYMENT_REQUIRED']);

        const payPage = await other.newPage();
        await payPage.goto(`${origin}/sites/${siteId}/publish`);
        await payPage.getByRole('button', { name: 'Pay to publish' }).waitFor(WAIT);
        expect(await payPage.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
        expect((await captureScreen(payPage, 'billing-pay-to-publish')).overflowAtPhone).toBe(0);
        await payPage.getByRole('button', { name: 'Pay to publish' }).click();
        await payPage.waitForURL((address) => address.origin === fake.origin && address.pathname.startsWith('/checkout/'), WAIT);
        await payPage.getByRole('button', { name: 'Pay' }).click();
        await payPage.waitForURL((address) => address.origin === origin && address.pathname === `/sites/${siteId}/publish` && address.searchParams.get('payment') === 'done', WAIT);
        await payPage.getByTestId('payment-waiting').waitFor(WAIT);
        await payPage.waitForTimeout(2500);
        expect(await payPage.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
        expect(await payPage.getByText('Payment confirmed').count()).toBe(0);

        // The verified webhook arrives: the screen, still polling, unlocks Publish.
        for (const event of fake.events().filter((candidate) => candidate.type === 'checkout.session.completed')) await fake.sendEvent(event);
        await payPage.getByText('Payment confirmed').waitFor(WAIT);
        const publish = payPage.getByRole('button', { name: 'Publish', exact: true });
        expect(await publish.isEnabled()).toBe(true);
        expect(await payPage.getByRole('button', { name: 'Pay to publish' }).count()).toBe(0);
        const published = await other.request.post(`${origin}/api/sites/${siteId}/publish`, { headers: { origin }, data: { confirmSamples: true } });
        expect(published.status()).toBe(200);
      } finally {
        await other.close();
        fake.configureWebhooks({ url: `${suite.url}/api/billing/webhook`, deliver: true });
        served.child.kill('SIGTERM');
        await served.exited;
      }
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('with billing off, no payment link, banner or plan shows anywhere', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'pagehub-billing-off-'));
    try {
      await seedDataDir(join(workspace, 'data'));
      const served = await startServe({ DATA_DIR: join(workspace, 'data'), LOG_LEVEL: 'info' }, 30_000);
      const origin = served.url.replace('127.0.0.1', 'localhost');
      const other = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await signUp(other, origin, () => linkLoggedFor(served.output, 'off@example.com'), 'off@example.com');
        expect((await api(other, origin, 'GET', '/api/billing')).enabled).toBe(false);
        const offPage = await other.newPage();
        await offPage.goto(`${origin}/`);
        await offPage.getByRole('button', { name: /Account menu/ }).click();
        await offPage.getByRole('link', { name: 'Your account' }).waitFor(WAIT);
        expect(await offPage.getByRole('link', { name: 'Billing' }).count()).toBe(0);
        expect(await offPage.getByTestId('account-standing-banner').count()).toBe(0);
        // Typed in by hand, /billing says there is nothing to pay, with no plan or price.
        await offPage.goto(`${origin}/billing`);
        await offPage.getByText('does not take payments').waitFor(WAIT);
        expect(await offPage.getByRole('button', { name: /Upgrade|Switch|Payment/ }).count()).toBe(0);
        expect(await offPage.getByText('$').count()).toBe(0);
      } finally {
        await other.close();
        served.child.kill('SIGTERM');
        await served.exited;
      }
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
