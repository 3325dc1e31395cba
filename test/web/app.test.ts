// The editor app in Debian's Chromium against a real `pagehub serve` (temp DATA_DIR, free port), as a person
// uses it: sign up → check your inbox → the confirmation link → the empty dashboard → create a site from a
// description (watching the progress) → the editor route → the dashboard card with its thumbnail → sign out →
// sign in → start from a template.
// Every screen: screenshots at 1280 and 375 px in test-results/web/, no horizontal overflow at 375 px, no console
// errors; axe finds nothing serious or critical on sign-in, sign-up, the dashboard, create and templates.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreen, collectConsoleErrors, DESKTOP, SCREENSHOTS, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';
import { screenshot } from '../support/screenshots.ts';

const PERSON = { name: 'Rosa Lima', email: 'rosa@example.com', password: 'correct horse battery' };
const WAIT = { timeout: 20_000 };

let suite: WebSuite;
let page: Page;
let url: string;
let consoleErrors: string[];
const overflows: Record<string, number> = {};
const violations: Record<string, string[]> = {};

async function checkScreen(name: string, { axe = true, isFullPage = true } = {}): Promise<void> {
  overflows[name] = (await captureScreen(page, name, { isFullPage })).overflowAtPhone;
  if (axe) violations[name] = await seriousAxeViolations(page);
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

beforeAll(async () => {
  // GitHub sign-in is configured (never followed here: no network) so the sign-in screen shows its button.
  suite = await openWebSuite('web', { GITHUB_CLIENT_ID: 'test-client', GITHUB_CLIENT_SECRET: 'test-secret' });
  ({ url, page, consoleErrors } = suite);
}, 120_000);

afterAll(() => suite?.close());

describe('the editor app', () => {
  it('is served at / with its security headers, and site hosts still reach the site server', async () => {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await index.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    const script = await fetch(`${url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // A client-side route gets the app too; a missing file and the API do not.
    expect(await (await fetch(`${url}/sites/anything`)).text()).toContain('<div id="root"></div>');
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/api/nothing-here`)).headers.get('content-type')).toContain('application/problem+json');
    // A site's host is the site server's: an unknown site gets the platform's 404 page, not the app.
    const { request } = await import('node:http');
    const siteAnswer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(`${url}/`, { headers: { host: 'no-such-site.localhost' } }, (incoming) => {
        let body = '';
        incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(siteAnswer.status).toBe(404);
    expect(siteAnswer.body).not.toContain('<div id="root"></div>');
  });

  it('takes a person from sign-up to a generated site, through sign-out and sign-in, to a template', async () => {
    // Signed out, / is the front door (its own test below); its Sign in link leads to sign-in.
    await page.goto(`${url}/`);
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).click();
    await heading('Sign in to PageHub').waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('button', { name: 'Continue with GitHub' }).waitFor(WAIT);
    expect(await page.getByRole('button', { name: /Continue with (Google|Facebook)/ }).count()).toBe(0);
    await checkScreen('sign-in');

    // Sign up: the form says what is missing next to each field, then creates the account.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading('Create your account').waitFor(WAIT);
    await checkScreen('sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Enter your name.').waitFor(WAIT);
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Your name').fill(PERSON.name);
    await page.getByLabel('Email').fill(PERSON.email);
    await page.getByLabel('Password').fill(PERSON.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Nobody is signed in until the address is confirmed: the screen says where the link went, and resends it.
    await heading('Check your inbox').waitFor(WAIT);
    await page.getByText(`We sent a link to ${PERSON.email}. Open it to finish signing up.`).waitFor(WAIT);
    await checkScreen('check-inbox');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText('A new link is on its way').waitFor(WAIT);
    // Signing in before confirming says so in plain words (and mails a fresh link).
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await heading('Sign in to PageHub').waitFor(WAIT);
    await page.getByLabel('Email').fill(PERSON.email);
    await page.getByLabel('Password').fill(PERSON.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Confirm your email address first').waitFor(WAIT);
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).not.toBe('true');
    await checkScreen('sign-in-unconfirmed');
    // That 403 is the answer the screen explains; Chromium logs every 4xx as a console error.
    expect(consoleErrors.splice(0)).toEqual([expect.stringMatching(/status of 403 .*\/api\/auth\/sign-in\/email\)$/)]);
    // The link in the mail (in the server's log: no SMTP_URL) confirms the address and signs in.
    await page.goto(await suite.mailedLink(PERSON.email));

    // The empty dashboard.
    await heading('Your sites').waitFor(WAIT);
    await page.getByRole('heading', { name: 'No sites yet' }).waitFor(WAIT);
    await checkScreen('dashboard-empty');

    // Create a site from a description: an example fills it in and suggests a subdomain, checked live.
    await page.getByRole('link', { name: 'Create a site' }).last().click();
    await heading('Create a site').waitFor(WAIT);
    const description = page.getByLabel('Describe your business');
    const count = page.getByTestId('description-count');
    // Sent empty, both fields say what they need; each error goes as soon as its field is fixed.
    await page.getByRole('button', { name: 'Create my site' }).click();
    await page.getByText('Describe your business in at least a sentence').waitFor(WAIT);
    await page.getByText('Choose a subdomain for your site.').waitFor(WAIT);
    await description.fill('Mobile car detailing service called Shine, covering Leeds and Bradford.');
    // The name rules load in their own chunk when the form opens: the suggestion follows within a moment.
    await expect.poll(() => page.getByLabel('Subdomain').inputValue(), WAIT).toBe('shine');
    await page.getByText('Describe your business in at least a sentence').waitFor({ state: 'detached', ...WAIT });
    await page.getByText('Choose a subdomain for your site.').waitFor({ state: 'detached', ...WAIT });
    expect(await count.textContent()).toBe('71 / 2,000 characters');
    // Nothing cuts a long description silently: a paste that is too long is refused whole, with the reason…
    expect(await description.getAttribute('maxlength')).toBeNull();
    const pasteWasApplied = await description.evaluate((element) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', 'Sourdough and pastries. '.repeat(209));
      return element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    });
    expect(pasteWasApplied).toBe(false);
    await page.getByText(/^That paste has 5,016 characters, so the description would have 5,087; PageHub reads up to 2,000\. Nothing was pasted/).waitFor(WAIT);
    expect(await description.inputValue()).toBe('Mobile car detailing service called Shine, covering Leeds and Bradford.');
    // …and typing past the maximum is said at once, in red on the counter, until it is short enough again.
    await description.fill('A bakery. '.repeat(201));
    expect(await count.textContent()).toBe('2,010 / 2,000 characters');
    await page.getByText('The description has 2,010 characters; PageHub reads up to 2,000. Shorten it by 10 to create the site.').waitFor(WAIT);
    await description.fill('A bakery. '.repeat(200));
    await page.getByText(/^The description has/).waitFor({ state: 'detached', ...WAIT });
    await page.getByRole('button', { name: 'Bakery' }).click();
    expect(await page.getByLabel('Describe your business').inputValue()).toContain('Crumb & Co');
    expect(await page.getByLabel('Subdomain').inputValue()).toBe('crumb-co');
    await page.getByText('crumb-co is available').waitFor(WAIT);
    await checkScreen('create');

    // Slow the event stream a little so the progress stays on screen long enough to be seen and captured.
    await page.route('**/api/jobs/*/events', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Create my site' }).click();
    await heading('Creating your site').waitFor(WAIT);
    await page.getByRole('progressbar', { name: 'Generation progress' }).waitFor(WAIT);
    await screenshot(page, { path: join(SCREENSHOTS, 'create-progress-1280.png') });

    // The editor route (its own suite checks the editor itself).
    await page.waitForURL(/\/sites\/[^/]+$/, WAIT);
    await heading('Crumb & Co').waitFor(WAIT);
    await page.unroute('**/api/jobs/*/events');

    // The dashboard shows the site: name, subdomain, draft state, last change and a live thumbnail.
    await page.goto(`${url}/`);
    await heading('Your sites').waitFor(WAIT);
    const card = page.getByTestId('site-card');
    await card.getByRole('link', { name: 'Crumb & Co' }).waitFor(WAIT);
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain('crumb-co');
    await card.getByText('Draft').waitFor(WAIT);
    await card.getByText(/Changed (just now|\d+ (seconds?|minutes?) ago)/).waitFor(WAIT);
    const thumbnail = card.locator('iframe');
    await thumbnail.waitFor({ state: 'attached', ...WAIT });
    expect(await thumbnail.getAttribute('sandbox')).toBe('');
    expect(await thumbnail.getAttribute('srcdoc')).toContain('Crumb &amp; Co');
    await checkScreen('dashboard');

    // Sign out from the account menu; sign in again with the password.
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to PageHub').waitFor(WAIT);
    await page.getByText('You are signed out.').waitFor(WAIT);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    // A magic link can be asked for instead of a password (the server logs it: no SMTP_URL).
    await page.getByRole('button', { name: 'Sign in with a link by email instead' }).click();
    await page.getByLabel('Email').fill(PERSON.email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByText('Check your inbox').waitFor(WAIT);
    await page.getByRole('button', { name: 'Sign in with a password instead' }).click();
    await page.getByLabel('Email').fill(PERSON.email);
    await page.getByLabel('Password').fill(PERSON.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await heading('Your sites').waitFor(WAIT);
    await page.getByTestId('site-card').getByRole('link', { name: 'Crumb & Co' }).waitFor(WAIT);

    // Start from a template: the gallery previews each starter; one becomes a new site.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
    await heading('Start from a template').waitFor(WAIT);
    const templates = page.getByTestId('template-card');
    await templates.first().locator('iframe').waitFor({ state: 'attached', ...WAIT });
    expect(await templates.count()).toBeGreaterThan(5);
    await checkScreen('templates');
    const firstLabel = (await templates.first().getByRole('heading').textContent()) ?? '';
    await templates.first().getByRole('button', { name: `Use the ${firstLabel} template` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(WAIT);
    // The business's name suggests the subdomain, and the new site's texts speak of it, not of the example.
    await dialog.getByLabel("Your business's name").fill('Lima Garden Studio');
    expect(await dialog.getByLabel('Subdomain').inputValue()).toBe('lima-garden-studio');
    await dialog.getByText(/is available/).waitFor(WAIT);
    await checkScreen('template-dialog', { isFullPage: false });
    const subdomain = await dialog.getByLabel('Subdomain').inputValue();
    await dialog.getByRole('button', { name: 'Create site' }).click();
    await page.waitForURL(/\/sites\/[^/]+$/, WAIT);
    await heading('Lima Garden Studio').waitFor(WAIT);

    await page.goto(`${url}/`);
    await heading('Your sites').waitFor(WAIT);
    await page.getByTestId('site-card').nth(1).waitFor(WAIT);
    expect(await page.getByTestId('site-card').count()).toBe(2);
    await page.getByTestId('site-card').getByText(subdomain, { exact: true }).waitFor(WAIT);

    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((name) => [name, 0])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(consoleErrors).toEqual([]);
  }, 180_000);

  it('meets a signed-out visitor with the front door, and carries their description through sign-up into generating', async () => {
    const visitor = await suite.browser.newContext({ viewport: DESKTOP });
    const door = await visitor.newPage();
    const errors = collectConsoleErrors(door);
    const visitorHeading = (name: string | RegExp) => door.getByRole('heading', { name, level: 1 });
    try {
      await door.goto(`${url}/`);
      await visitorHeading(/^Describe your business\. Get a website/).waitFor(WAIT);
      expect(new URL(door.url()).pathname).toBe('/');
      expect(await door.title()).toBe('Describe your business, get a website · PageHub');
      // The examples are composed and rendered live from the descriptions shown under them.
      const examples = door.getByRole('list', { name: 'Example sites' }).getByRole('listitem');
      expect(await examples.count()).toBe(3);
      await examples.first().locator('iframe').waitFor({ state: 'attached', ...WAIT });
      expect(await examples.first().locator('iframe').getAttribute('srcdoc')).toContain('Crumb &amp; Co');
      expect(await examples.first().textContent()).toContain('Crumb & Co, a family bakery in Porto');
      const { overflowAtPhone } = await captureScreen(door, 'landing');
      expect(overflowAtPhone).toBe(0);
      expect(await seriousAxeViolations(door)).toEqual([]);

      // Sent empty, it says what it needs; the description then rides through sign-up and its confirmation mail.
      await door.getByRole('button', { name: 'Create my website' }).click();
      await door.getByText('Describe your business in at least a sentence').waitFor(WAIT);
      await door.getByLabel('Describe your business', { exact: true }).fill('Fernhill Pottery, a small pottery studio in Bristol with evening wheel classes for beginners and a shop of handmade mugs.');
      await door.getByText('Describe your business in at least a sentence').waitFor({ state: 'detached', ...WAIT });
      await door.getByRole('button', { name: 'Create my website' }).click();
      await visitorHeading('Create your account').waitFor(WAIT);
      expect(new URL(door.url()).searchParams.get('next')).toBe('/new?from=home');
      await door.getByLabel('Your name').fill('Ines Park');
      await door.getByLabel('Email').fill('ines@example.com');
      await door.getByLabel('Password').fill('kiln and glaze 42');
      await door.getByRole('button', { name: 'Create account' }).click();
      await visitorHeading('Check your inbox').waitFor(WAIT);
      await door.goto(await suite.mailedLink('ines@example.com'));
      // Confirmed and signed in, generating starts by itself and the editor opens on the site described.
      await door.waitForURL(/\/sites\/[^/]+$/, WAIT);
      await visitorHeading('Fernhill Pottery').waitFor(WAIT);
      // Used once: the create screen opened again is empty.
      await door.goto(`${url}/new?from=home`);
      await visitorHeading('Create a site').waitFor(WAIT);
      expect(await door.getByLabel('Describe your business', { exact: true }).inputValue()).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);
  it('lets a person manage their account, reset a forgotten password, and delete the account', async () => {
    const context = await suite.browser.newContext({ viewport: DESKTOP });
    const tab = await context.newPage();
    const errors = collectConsoleErrors(tab);
    const h1 = (name: string | RegExp) => tab.getByRole('heading', { name, level: 1 });
    const screens: Record<string, { overflow: number; axe: string[] }> = {};
    const check = async (name: string) => {
      const { overflowAtPhone } = await captureScreen(tab, name);
      screens[name] = { overflow: overflowAtPhone, axe: await seriousAxeViolations(tab) };
    };
    /** Chromium logs every 4xx as a console error; the screens explain these ones. */
    const expectedRefusals = (count: number, pattern: RegExp) => {
      const refused = errors.filter((line) => pattern.test(line));
      expect(refused).toHaveLength(count);
      errors.splice(0, errors.length, ...errors.filter((line) => !pattern.test(line)));
    };
    const email = 'mara@example.com';
    try {
      // Someone else signed up first (the first account runs the platform, and that one's deletion is refused).
      await fetch(`${url}/api/auth/sign-up/email`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Operator', email: 'operator@example.com', password: 'operator password 1' }) });
      // Signed up and confirmed, with one site of her own.
      const signedUp = await fetch(`${url}/api/auth/sign-up/email`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Mara Quinn', email, password: 'first password 1' }) });
      expect(signedUp.status).toBe(200);
      await tab.goto(await suite.mailedLink(email));
      await h1('Your sites').waitFor(WAIT);
      expect((await tab.request.post(`${url}/api/sites`, { headers: { origin: url }, data: { subdomain: 'mara-flowers', name: 'Mara Flowers' } })).status()).toBe(201);

      // The user menu leads to the account screen.
      await tab.getByRole('button', { name: /Account menu for/ }).click();
      await tab.getByRole('link', { name: 'Your account' }).click();
      await h1('Your account').waitFor(WAIT);
      expect(new URL(tab.url()).pathname).toBe('/account');
      await tab.getByText('this device · signed in just now').waitFor(WAIT);
      await tab.getByText(/^Chrome on Linux$/).waitFor(WAIT);
      await check('account');

      // Name.
      await tab.getByLabel('Name', { exact: true }).fill('Mara Q. Quinn');
      await tab.getByRole('button', { name: 'Save name' }).click();
      await tab.getByText('Your name is saved.').waitFor(WAIT);

      // Email: a link goes to the new address; the screen says the address changes only once it is opened.
      await tab.getByLabel('New email address').fill('mara.new@example.com');
      await tab.getByRole('button', { name: 'Send confirmation link' }).click();
      await tab.getByText('We sent a link to mara.new@example.com. Open it to switch your account to that address — until then you keep signing in with mara@example.com.').waitFor(WAIT);
      expect(new URL(await suite.mailedLink('mara.new@example.com')).pathname).toBe('/api/auth/verify-email');

      // Password: a wrong current one is pointed at.
      await tab.getByLabel('Current password').fill('not the password');
      await tab.getByLabel('New password').fill('second password 2');
      await tab.getByRole('button', { name: 'Change password' }).click();
      await tab.getByText('This is not your current password. Check it and try again.').waitFor(WAIT);
      expect(await tab.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
      expectedRefusals(1, /status of 400 .*\/api\/auth\/change-password/);
      await check('account-errors');

      // Forgot the password: signed out, from the sign-in screen.
      await tab.getByRole('button', { name: /Account menu for/ }).click();
      await tab.getByRole('button', { name: 'Sign out', exact: true }).click();
      await h1('Sign in to PageHub').waitFor(WAIT);
      await tab.getByRole('link', { name: 'Forgot your password?' }).click();
      await h1('Forgot your password?').waitFor(WAIT);
      await tab.getByLabel('Email').fill(email);
      await tab.getByRole('button', { name: 'Email me a link' }).click();
      await tab.getByText(`If an account exists for ${email}, we sent a link to it.`).waitFor(WAIT);
      await check('forgot-password');
      const resetLink = await suite.mailedLink(email, '/api/auth/reset-password/');
      await tab.goto(resetLink);
      await h1('Choose a new password').waitFor(WAIT);
      expect(new URL(tab.url()).pathname).toBe('/reset-password');
      await check('reset-password');
      await tab.getByLabel('New password', { exact: true }).fill('third password 3');
      await tab.getByLabel('New password again').fill('third password 3');
      await tab.getByRole('button', { name: 'Save new password' }).click();
      await tab.getByText('Your password is changed').waitFor(WAIT);
      expect(new URL(tab.url()).pathname).toBe('/sign-in');
      // Used once: opened again, the link explains itself.
      await tab.goto(resetLink);
      await tab.getByText('This link no longer works').waitFor(WAIT);
      await check('reset-password-used');
      await tab.getByRole('link', { name: 'Sign in' }).click();
      await tab.getByLabel('Email').fill(email);
      await tab.getByLabel('Password').fill('third password 3');
      await tab.getByRole('button', { name: 'Sign in', exact: true }).click();
      await h1('Your sites').waitFor(WAIT);

      // Delete: typed email, then the decision about the site only she is on.
      // (The reset link redirected to the public address, http://localhost:…, where she is now signed in.)
      await tab.goto(new URL('/account', tab.url()).toString());
      await h1('Your account').waitFor(WAIT);
      await tab.getByLabel(`Type ${email} to confirm`).fill(email);
      await tab.getByRole('button', { name: 'Delete my account' }).click();
      await tab.getByText('First, decide about the sites only you own').waitFor(WAIT);
      await tab.getByText('Nobody else works on this site, so it will be deleted with your account.').waitFor(WAIT);
      expectedRefusals(1, /status of 409 .*\/api\/account\)$/);
      await check('account-delete-decisions');
      await tab.getByRole('button', { name: 'Delete my account' }).click();
      await tab.getByText('Your account is deleted').waitFor(WAIT);
      expect(new URL(tab.url()).pathname).toBe('/sign-in');
      const signIn = await fetch(`${url}/api/auth/sign-in/email`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'third password 3' }) });
      expect(signIn.status).toBe(401);

      expect(Object.fromEntries(Object.entries(screens).map(([name, result]) => [name, result.overflow]))).toEqual(Object.fromEntries(Object.keys(screens).map((name) => [name, 0])));
      expect(Object.fromEntries(Object.entries(screens).map(([name, result]) => [name, result.axe]))).toEqual(Object.fromEntries(Object.keys(screens).map((name) => [name, []])));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
