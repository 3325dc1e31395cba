// Invitations from both sides in Debian's Chromium against a real `pagehub serve`: one browser, two contexts. The
// owner makes an invite link and invites an address by email in Settings, and resends an invitation; the invitee,
// signed out, opens the link, sees the site, the inviter and the role, creates an account from there, confirms the
// mail, lands back on the invitation and accepts it into the editor. The emailed invitation, opened by the wrong
// account, offers to sign out; the account of that address accepts it. A withdrawn link explains itself. Screens of
// the invitation (signed out, signed in, wrong account, withdrawn) at 1280 and 375 px, copied to scratch/invites/;
// no overflow at 375 px, no serious or critical axe violation, no console error.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTakingScreenshots } from '../support/screenshots.ts';
import { captureScreen, collectConsoleErrors, DESKTOP, SCREENSHOTS, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 20_000 };
const SCRATCH = join(import.meta.dirname, '..', '..', 'scratch', 'invites');
const PASSWORD = 'correct horse battery';

let suite: WebSuite;
let url: string;
const overflows: Record<string, number> = {};
const violations: Record<string, string[]> = {};

/** Screenshots (test-results/web and scratch/invites), overflow at 375 px and axe, under `name`. */
async function checkScreen(page: Page, name: string): Promise<void> {
  overflows[name] = (await captureScreen(page, name)).overflowAtPhone;
  violations[name] = await seriousAxeViolations(page);
  if (!isTakingScreenshots) return;
  await mkdir(SCRATCH, { recursive: true });
  for (const width of [1280, 375]) await copyFile(join(SCREENSHOTS, `${name}-${width}.png`), join(SCRATCH, `${name}-${width}.png`));
}

/** A JSON call with `context`'s session cookie. */
async function api(context: BrowserContext, method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown): Promise<any> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.status() === 204 ? {} : response.json();
}

/** From the invitation's "Create an account": sign up, follow the confirmation mail, and be back on `invitePath`. */
async function signUpFromInvite(page: Page, invitePath: string, person: { name: string; email: string }): Promise<void> {
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.waitForURL((address) => address.pathname === '/sign-up' && address.searchParams.get('next') === invitePath, WAIT);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor(WAIT);
  await page.goto(await suite.mailedLink(person.email));
  await page.waitForURL((address) => address.pathname === invitePath, WAIT);
}

beforeAll(async () => {
  suite = await openWebSuite('invites');
  ({ url } = suite);
}, 120_000);

afterAll(() => suite?.close());

/**
 * Clicks "Create link" and reads the link. On a busy machine the first click has been seen to come to nothing (no
 * link, no error) once in many runs: then it is clicked once more; an error the screen shows fails the test by its words.
 */
async function createInviteLink(ownerPage: Page): Promise<string> {
  const button = ownerPage.getByRole('button', { name: 'Create link' });
  const link = ownerPage.getByTestId('invite-url');
  const refusal = ownerPage.getByText('No link was created');
  await button.click();
  await link.or(refusal).first().waitFor({ timeout: 10_000 }).catch(async () => {
    if (!(await link.isVisible()) && !(await refusal.isVisible())) await button.click();
  });
  await link.or(refusal).first().waitFor(WAIT);
  if (await refusal.isVisible()) throw new Error(`Creating an invite link failed: ${await refusal.locator('..').textContent()}`);
  return (await link.textContent(WAIT))!;
}

describe('invitations, from the owner’s and the invitee’s side', () => {
  it('a link and an emailed invitation lead a signed-out person into the site', async () => {
    const { context: ownerContext, page: ownerPage, consoleErrors: ownerErrors } = suite;
    await api(ownerContext, 'POST', '/api/auth/sign-up/email', { name: 'Ana Silva', email: 'ana@example.com', password: PASSWORD });
    expect((await ownerContext.request.get(await suite.mailedLink('ana@example.com'))).ok()).toBe(true);
    const siteId = (await api(ownerContext, 'POST', '/api/sites', { subdomain: 'harbor-cafe', name: 'Harbor Cafe', template: 'cafe' })).id as string;

    // The owner: an editor link, and viewer invitations by email; one of them is sent again.
    await ownerPage.goto(`${url}/sites/${siteId}/settings`);
    const linkUrl = new URL(await createInviteLink(ownerPage));
    const members = ownerPage.getByRole('region', { name: 'Members' });
    const invitations = ownerPage.getByTestId('invite');
    for (const email of ['bruno@example.com', 'dora@example.com']) {
      await members.getByLabel('Email').fill(email);
      await members.getByLabel('Role for the person invited').selectOption('viewer');
      await members.getByRole('button', { name: 'Send invitation' }).click();
      await ownerPage.getByText(`Invitation sent to ${email}`).waitFor(WAIT);
      await invitations.filter({ hasText: `Viewer invitation to ${email}` }).getByText('Waiting').waitFor(WAIT);
    }
    const firstToDora = await suite.mailedLink('dora@example.com', '/invite/');
    await invitations.filter({ hasText: 'dora@example.com' }).getByRole('button', { name: 'Resend the invitation to dora@example.com' }).click();
    await ownerPage.getByText('Invitation sent again to dora@example.com').waitFor(WAIT);
    await invitations.filter({ hasText: 'dora@example.com' }).getByText('Withdrawn').waitFor(WAIT);
    expect(await suite.mailedLink('dora@example.com', '/invite/')).not.toBe(firstToDora);

    const inviteeContext = await suite.browser.newContext({ viewport: DESKTOP });
    try {
      const page = await inviteeContext.newPage();
      const inviteeErrors = collectConsoleErrors(page);

      // Signed out, the link shows the site, who invited and the role, with a way in that comes back here.
      await page.goto(`${url}${linkUrl.pathname}`);
      await page.getByRole('heading', { name: 'Join “Harbor Cafe”' }).waitFor(WAIT);
      const card = page.getByRole('main');
      expect(await card.textContent()).toContain('Ana Silva invited you to work on this website');
      expect(await card.textContent()).toContain('Editor. Can change the site’s pages, pictures and look, and publish it.');
      expect(await card.textContent()).toContain('The link works until');
      await checkScreen(page, 'invite-signed-out');
      await signUpFromInvite(page, linkUrl.pathname, { name: 'Carla Mota', email: 'carla@example.com' });

      // Back on the invitation, signed in: accept, and the editor of that site opens.
      await page.getByRole('button', { name: 'Accept and open the site' }).waitFor(WAIT);
      expect(await card.textContent()).toContain('You are signed in as carla@example.com');
      await checkScreen(page, 'invite-signed-in');
      await page.getByRole('button', { name: 'Accept and open the site' }).click();
      await page.waitForURL(`${url}/sites/${siteId}`, WAIT);
      await page.getByText('All changes saved').waitFor(WAIT);

      // Bruno's invitation, opened by Carla: it says whose it is and offers to switch.
      const toBruno = new URL(await suite.mailedLink('bruno@example.com', '/invite/'));
      await page.goto(`${url}${toBruno.pathname}`);
      await page.getByText('This invitation is for another address').waitFor(WAIT);
      expect(await card.textContent()).toContain('It was sent to b•••@example.com');
      await checkScreen(page, 'invite-wrong-account');
      await page.getByRole('button', { name: 'Sign out and use that address' }).click();
      await page.getByText('Use the address the invitation was sent to: b•••@example.com').waitFor(WAIT);
      await signUpFromInvite(page, toBruno.pathname, { name: 'Bruno Reis', email: 'bruno@example.com' });
      await page.getByRole('button', { name: 'Accept and open the site' }).click();
      await page.waitForURL(`${url}/sites/${siteId}`, WAIT);

      const roles = Object.fromEntries(((await api(ownerContext, 'GET', `/api/sites/${siteId}/members`)).members as { email: string; role: string }[]).map((member) => [member.email, member.role]));
      expect(roles).toEqual({ 'ana@example.com': 'owner', 'carla@example.com': 'editor', 'bruno@example.com': 'viewer' });

      // A link the owner withdrew says so, and whom to ask.
      const withdrawn = await api(ownerContext, 'POST', `/api/sites/${siteId}/invites`, { role: 'viewer', expiresInHours: 24, maxUses: 5 });
      await ownerPage.reload();
      await invitations.filter({ hasText: 'Viewer link' }).getByRole('button', { name: /^Revoke/ }).click();
      await invitations.filter({ hasText: 'Viewer link' }).getByText('Withdrawn').waitFor(WAIT);
      await page.goto(`${url}/invite/${withdrawn.token}`);
      await page.getByRole('heading', { name: 'This invitation was withdrawn' }).waitFor(WAIT);
      expect(await card.textContent()).toContain('Ask Ana Silva for a new one.');
      await checkScreen(page, 'invite-revoked');

      // The preview's 410 is an answer the screen explains, not a fault; nothing else may be logged as an error.
      expect(inviteeErrors.filter((error) => !/status of 410/.test(error))).toEqual([]);
    } finally {
      await inviteeContext.close();
    }

    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((name) => [name, 0])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(ownerErrors).toEqual([]);
  }, 240_000);
});
