// The History, Publish and Settings screens of a site in Debian's Chromium against a real `pagehub serve`: a site
// made and changed through the API, then its versions previewed, compared, named, branched, merged and rolled
// back from the History screen; published and put back live from the Publish screen (checked by fetching the
// site by Host); a domain, an invite link and the link to the messages on the Settings screen; and Messages: a
// visitor's form post on the published site's own host ending on its /thanks/ page in the site's look, then the
// message in the owner's inbox (badges, read/unread, Reply, notification choice, CSV, delete). Every screen:
// screenshots at 1280 and 375 px in test-results/web/, no overflow at 375 px, no serious or critical axe
// violation, no console error.
import { request as httpRequest } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreen, collectConsoleErrors, DESKTOP, seriousAxeViolations } from './page-checks.ts';
import { openWebSuite, type WebSuite } from './web-suite.ts';

const WAIT = { timeout: 20_000 };
const SUBDOMAIN = 'harbor-cafe';

let suite: WebSuite;
let context: BrowserContext;
let page: Page;
let url: string;
let consoleErrors: string[];
const overflows: Record<string, number> = {};
const violations: Record<string, string[]> = {};

async function checkScreen(name: string): Promise<void> {
  overflows[name] = (await captureScreen(page, name)).overflowAtPhone;
  violations[name] = await seriousAxeViolations(page);
}

/** A JSON call with the browser's session cookie. */
async function api(method: 'GET' | 'POST', path: string, data?: unknown): Promise<any> {
  const response = await context.request.fetch(`${url}${path}`, { method, headers: { origin: url }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function commit(siteId: string, branch: string, patch: unknown[], summary: string): Promise<string> {
  const head = (await api('GET', `/api/sites/${siteId}?branch=${branch}`)).head.id as string;
  return (await api('POST', `/api/sites/${siteId}/commits`, { branch, base: head, patch, summary })).commit.id as string;
}

/** The published site's page, asked for by Host as a browser at {subdomain}.localhost would. */
function fetchByHost(subdomain: string, path = '/'): Promise<{ status: number; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${url}${path}`, { headers: { host: `${subdomain}.localhost` } }, (incoming) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, location: incoming.headers.location, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const fetchSiteByHost = async () => (await fetchByHost(SUBDOMAIN)).body;

const entry = (summary: string) => page.getByTestId('commit-entry').filter({ hasText: summary });

/** Words that must never reach a person: link targets, prop names, type classifications, and this site's commit ids. */
async function internalWordsShown(siteId: string, where = page.locator('body')): Promise<string[]> {
  const text = await where.innerText();
  const ids: string[] = [];
  for (const branch of ((await api('GET', `/api/sites/${siteId}/branches`)).branches as { name: string }[]).map((entry) => entry.name)) {
    ids.push(...((await api('GET', `/api/sites/${siteId}/commits?branch=${branch}&limit=100`)).commits as { id: string }[]).map((commit) => commit.id));
  }
  return [...['page:', 'primaryAction', 'Didone', 'Neo-Grotesque', '](', 'href'].filter((word) => text.includes(word)), ...new Set(ids.filter((id) => text.includes(id)))];
}

beforeAll(async () => {
  suite = await openWebSuite('site-screens');
  ({ url, context, page, consoleErrors } = suite);
}, 120_000);

afterAll(() => suite?.close());

describe('the History, Publish and Settings screens', () => {
  it('preview, compare, name, branch, merge, roll back, publish, make live and set up a site', async () => {
    await api('POST', '/api/auth/sign-up/email', { name: 'Marta Reis', email: 'marta@example.com', password: 'correct horse battery' });
    // The confirmation link signs the browser in.
    expect((await context.request.get(await suite.mailedLink('marta@example.com'))).ok()).toBe(true);
    const siteId = (await api('POST', '/api/sites', { subdomain: SUBDOMAIN, name: 'Harbor Cafe', template: 'cafe' })).id as string;
    // The rename also links the home page's first button to another page (a `page:` value a person must not read).
    const created = (await api('GET', `/api/sites/${siteId}`)).document as { pages: { id: string; title: string; sections: { id: string; type: string; props: Record<string, unknown> }[] }[] };
    const buttonAt = created.pages[0]!.sections.findIndex((section) => section.props.primaryAction !== undefined);
    expect(buttonAt).toBeGreaterThanOrEqual(0);
    const currentTarget = (created.pages[0]!.sections[buttonAt]!.props.primaryAction as { href: string }).href;
    const linkedPage = created.pages.find((candidate, index) => index > 0 && `page:${candidate.id}` !== currentTarget)!;
    await commit(
      siteId,
      'main',
      [
        { op: 'replace', path: '/name', value: 'Harbor Bistro' },
        { op: 'replace', path: `/pages/0/sections/${buttonAt}/props/primaryAction/href`, value: `page:${linkedPage.id}` },
      ],
      'Rename to Harbor Bistro',
    );
    await commit(siteId, 'main', [{ op: 'replace', path: '/theme/colors/primary', value: '#0f766e' }], 'Teal primary colour');

    // History: the entries, newest first, with their summaries and sources.
    await page.goto(`${url}/sites/${siteId}/history`);
    await page.getByRole('heading', { name: 'Harbor Cafe', level: 1 }).waitFor(WAIT);
    await entry('Teal primary colour').waitFor(WAIT);
    const entries = page.getByTestId('commit-entry');
    expect(await entries.count()).toBe(3);
    expect(await entries.first().textContent()).toContain('Teal primary colour');
    expect(await entry('Rename to Harbor Bistro').getByTestId('commit-source').textContent()).toBe('API');
    // the author's name once the members are read, never "A former member" meanwhile
    await entries.first().getByText('Marta Reis').waitFor(WAIT);
    expect(await page.getByText('A former member').count()).toBe(0);
    await page.getByRole('link', { name: 'Back to editor' }).waitFor(WAIT);
    await checkScreen('site-history');

    // Preview the oldest version: its home page still has the first name.
    const oldest = entries.last();
    await oldest.getByRole('button', { name: /^Preview/ }).click();
    expect(new URL(page.url()).searchParams.get('commit')).toBeTruthy();
    const preview = page.getByTestId('version-preview').locator('iframe');
    await page.waitForFunction(() => document.querySelector('[data-testid="version-preview"] iframe')?.getAttribute('srcdoc')?.includes('Harbor Cafe'), null, WAIT);
    expect(await preview.getAttribute('sandbox')).toBe('');
    expect(await preview.getAttribute('srcdoc')).not.toContain('Harbor Bistro');

    // Compare the oldest and the newest: the change list says what changed; both pictures are shown.
    await oldest.getByRole('checkbox').check();
    await entries.first().getByRole('checkbox').check();
    const compare = page.getByTestId('compare-panel');
    await compare.getByTestId('change-list').waitFor(WAIT);
    expect(await compare.getByTestId('change-list').textContent()).toContain('Changed name to “Harbor Bistro”');
    expect(await compare.getByTestId('change-list').textContent()).toContain(`Linked the button in page “Home”`);
    expect(await compare.getByTestId('change-list').textContent()).toContain(`to the ${linkedPage.title} page`);
    expect(await compare.textContent()).toMatch(/The version of \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}/);
    expect(await internalWordsShown(siteId)).toEqual([]);
    expect(await compare.locator('iframe').count()).toBe(2);
    await checkScreen('site-history-compare');
    await compare.getByRole('button', { name: 'Close the comparison' }).click();

    // Name a version in plain words: the name appears on the entry as typed.
    await entry('Rename to Harbor Bistro').getByRole('button', { name: /^Name the version/ }).click();
    await page.getByRole('dialog').getByLabel('Version name').fill('Before launch');
    await page.getByRole('dialog').getByRole('button', { name: 'Name version' }).click();
    await entry('Rename to Harbor Bistro').getByText('Before launch', { exact: true }).waitFor(WAIT);
    expect((await api('GET', `/api/sites/${siteId}/tags`)).tags).toEqual([expect.objectContaining({ name: 'before-launch', displayName: 'Before launch' })]);

    // Create a branch from the newest version; the timeline switches to it.
    await entries.first().getByRole('button', { name: /^Create a branch from/ }).click();
    await page.getByRole('dialog').getByLabel('Branch name').fill('Spring menu');
    await page.getByRole('dialog').getByRole('button', { name: 'Create branch' }).click();
    await page.getByRole('heading', { name: 'Versions on Spring menu' }).waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('branch')).toBe('spring-menu');

    // A change on the branch (through the API), then merged into main from the UI.
    await commit(siteId, 'spring-menu', [{ op: 'replace', path: '/name', value: 'Harbor Spring Bistro' }], 'Spring name');
    await page.reload();
    await entry('Spring name').waitFor(WAIT);
    await page.getByRole('button', { name: 'Merge Spring menu into main' }).click();
    await page.getByText('Merged “Spring menu” into main.').waitFor(WAIT);
    await page.getByLabel('Branch', { exact: true }).selectOption('main');
    await page.getByRole('heading', { name: 'Versions on main' }).waitFor(WAIT);
    await entries.first().getByTestId('commit-source').getByText('Merge').waitFor(WAIT);
    expect(await entries.first().textContent()).toContain('Merged the branch “Spring menu” into “main”');
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await checkScreen('site-history-merged');

    // Roll back main to "Rename to Harbor Bistro", after confirming.
    await entry('Rename to Harbor Bistro').getByRole('button', { name: /^Roll back to/ }).click();
    const versionOf = /the version of \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2} — Before launch/;
    expect(await page.getByRole('dialog').textContent()).toMatch(versionOf);
    expect(await internalWordsShown(siteId, page.getByRole('dialog'))).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
    await page.getByText(/Rolled main back to the version of/).waitFor(WAIT);
    await entries.first().getByTestId('commit-source').getByText('Rollback').waitFor(WAIT);
    expect(await entries.first().textContent()).toMatch(new RegExp(`Rolled back to ${versionOf.source}`));
    expect(await internalWordsShown(siteId)).toEqual([]);
    await checkScreen('site-history-rolled-back');

    // The editor in plain words: the Add-section dialog, the button's link (the page by its title) and the fonts.
    await page.goto(`${url}/sites/${siteId}`);
    await page.getByRole('tab', { name: 'Sections' }).waitFor(WAIT);
    await page.getByRole('tab', { name: 'Sections' }).click();
    if (await page.getByRole('button', { name: 'All sections' }).isVisible()) await page.getByRole('button', { name: 'All sections' }).click();
    await page.getByRole('button', { name: 'Add a section' }).click();
    const catalog = page.getByRole('dialog');
    await catalog.getByRole('button', { name: 'Add Text' }).waitFor(WAIT);
    expect(await catalog.innerText()).toContain('Free text with headings, lists and links');
    expect(await internalWordsShown(siteId, catalog)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', ...WAIT });
    await page.locator(`[data-section-id="${created.pages[0]!.sections[buttonAt]!.id}"]`).click({ position: { x: 40, y: 20 } });
    const link = page.getByTestId('link-field').first();
    await link.waitFor(WAIT);
    expect(await link.getByRole('radio', { name: 'A page of this site' }).isChecked()).toBe(true);
    expect(await link.getByLabel('Page', { exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(linkedPage.title);
    await page.getByRole('tab', { name: 'Theme' }).click();
    await page.getByRole('button', { name: /^Heading font: / }).click();
    await page.getByRole('group', { name: 'Heading font' }).getByRole('radio').first().waitFor(WAIT);
    expect(await internalWordsShown(siteId)).toEqual([]);
    expect(await (await api('GET', `/api/sites/${siteId}`)).document.name).toBe('Harbor Bistro');

    await page.goto(`${url}/sites/${siteId}/history`);
    await page.getByRole('heading', { name: 'Versions on main' }).waitFor(WAIT);

    // Publish: the live address appears and the site answers by Host.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Publish' }).click();
    await page.getByRole('heading', { name: 'Publish your site' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Not published yet' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    // The composed café still has sample reviews and prices: publishing lists them first.
    await page.getByRole('region', { name: /still (a )?samples?/ }).waitFor(WAIT);
    await checkScreen('site-publish-samples');
    await page.getByRole('button', { name: 'Publish with the samples' }).click();
    await page.getByText('Your site is live at:').waitFor(WAIT);
    const liveLink = page.getByRole('status').getByRole('link', { name: new RegExp(`${SUBDOMAIN}\\.localhost`) });
    expect(await liveLink.getAttribute('href')).toContain(`${SUBDOMAIN}.localhost`);
    expect(await fetchSiteByHost()).toContain('Harbor Bistro');
    await page.getByTestId('deployment-row').first().getByText('Live', { exact: true }).waitFor(WAIT);

    // Publish again after a change, then make the first deployment live again: the old content is back.
    await commit(siteId, 'main', [{ op: 'replace', path: '/name', value: 'Harbor Grill' }], 'Rename to Harbor Grill');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Publish with the samples' }).click();
    await page.getByTestId('deployment-row').nth(1).waitFor(WAIT);
    expect(await fetchSiteByHost()).toContain('Harbor Grill');
    await checkScreen('site-publish');
    await page.getByTestId('deployment-row').last().getByRole('button', { name: /^Make live/ }).click();
    await page.getByText('That deployment is live again.').waitFor(WAIT);
    await page.getByTestId('deployment-row').last().getByText('Live', { exact: true }).waitFor(WAIT);
    const afterActivation = await fetchSiteByHost();
    expect(afterActivation).toContain('Harbor Bistro');
    expect(afterActivation).not.toContain('Harbor Grill');

    // Settings: a domain with its DNS records, an invite link, an invitation by email, the empty submissions inbox.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Custom domains' }).waitFor(WAIT);
    expect(await page.getByRole('link', { name: 'Open messages' }).getAttribute('href')).toBe(`/sites/${siteId}/inbox`);
    await page.getByLabel('Domain', { exact: true }).fill('www.harbor-example.com');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByTestId('domain').waitFor(WAIT);
    const records = await page.getByTestId('dns-record').allTextContents();
    expect(records.some((record) => record.startsWith('TXT'))).toBe(true);
    expect(records.some((record) => record.startsWith('CNAME') && record.includes(`${SUBDOMAIN}.localhost`))).toBe(true);
    await page.getByRole('button', { name: 'Create link' }).click();
    expect(await page.getByTestId('invite-url').textContent({ timeout: 20_000 })).toMatch(/^http.+\/invite\/.+/);
    await page.getByTestId('invite').first().waitFor(WAIT);
    await page.getByTestId('member').filter({ hasText: 'marta@example.com' }).waitFor(WAIT);
    // Adding someone by email sends an invitation: nobody joins until they accept it.
    await page.getByRole('region', { name: 'Members' }).getByLabel('Email').fill('joao@example.com');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to joao@example.com').waitFor(WAIT);
    await page.getByTestId('invite').filter({ hasText: 'Editor invitation to joao@example.com' }).getByText('Waiting').waitFor(WAIT);
    expect(await page.getByTestId('member').count()).toBe(1);
    await checkScreen('site-settings');

    // The invitee's side of an invite link (test/web/invites.test.ts has the whole of it): signed out, the link
    // shows the invitation with a way to sign in; signed up, Accept opens the site. As a viewer, Settings shows no visitors' messages, and a line saying who sees them instead of an error.
    const viewerInvite = await api('POST', `/api/sites/${siteId}/invites`, { role: 'viewer', expiresInHours: 24, maxUses: 1 });
    const viewerContext = await suite.browser.newContext({ viewport: DESKTOP });
    try {
      const viewerPage = await viewerContext.newPage();
      const viewerErrors = collectConsoleErrors(viewerPage);
      await viewerPage.goto(`${url}/invite/${viewerInvite.token}`);
      await viewerPage.getByRole('link', { name: 'Sign in' }).waitFor(WAIT);
      expect(await viewerPage.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(`/invite/${viewerInvite.token}`)}`);
      const asViewer = (path: string, data?: unknown) => viewerContext.request.fetch(`${url}${path}`, { method: 'POST', headers: { origin: url }, ...(data === undefined ? {} : { data }) });
      expect((await asViewer('/api/auth/sign-up/email', { name: 'Vera Lima', email: 'vera@example.com', password: 'correct horse battery' })).ok()).toBe(true);
      expect((await viewerContext.request.get(await suite.mailedLink('vera@example.com'))).ok()).toBe(true);
      await viewerPage.goto(`${url}/invite/${viewerInvite.token}`);
      await viewerPage.getByRole('button', { name: 'Accept and open the site' }).waitFor(WAIT);
      overflows['invite'] = (await captureScreen(viewerPage, 'invite')).overflowAtPhone;
      violations['invite'] = await seriousAxeViolations(viewerPage);
      await viewerPage.getByRole('button', { name: 'Accept and open the site' }).click();
      await viewerPage.waitForURL(`${url}/sites/${siteId}`, WAIT);
      await viewerPage.goto(`${url}/sites/${siteId}/settings`);
      await viewerPage.getByText('shown to its editors and owners').waitFor(WAIT);
      expect(await viewerPage.getByRole('link', { name: 'Open messages' }).count()).toBe(0);
      expect(await viewerPage.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: /Messages/ }).count()).toBe(0);
      expect(await viewerPage.getByRole('alert').count()).toBe(0);
      // A link that was never issued explains itself.
      await viewerPage.goto(`${url}/invite/not-a-real-token`);
      await viewerPage.getByRole('heading', { name: 'This invite link does not work' }).waitFor(WAIT);
      expect(await viewerPage.getByRole('main').textContent()).toContain('ask the site owner for a new one');
      expect(viewerErrors.filter((error) => !error.includes('404'))).toEqual([]);
    } finally {
      await viewerContext.close();
    }

    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((name) => [name, 0])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(consoleErrors).toEqual([]);
  }, 240_000);
  it('takes a visitor’s message on the published site to /thanks/ in the site’s look, then into the owner’s Messages', async () => {
    const subdomain = 'dock-bakery';
    const port = new URL(url).port;
    const siteId = (await api('POST', '/api/sites', { subdomain, name: 'Dock Bakery', template: 'cafe' })).id as string;
    const siteDocument = (await api('GET', `/api/sites/${siteId}`)).document as { pages: { slug: string; sections: { type: string }[] }[] };
    const formPage = siteDocument.pages.find((candidate) => candidate.sections.some((section) => section.type === 'contactForm'))!;
    expect(formPage, 'the café template has a contact form').toBeTruthy();
    await api('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });

    // A visitor (no PageHub session) sends the form from the site's own host.
    const visitorContext = await suite.browser.newContext({ viewport: DESKTOP });
    try {
      const visitor = await visitorContext.newPage();
      const visitorErrors = collectConsoleErrors(visitor);
      const siteOrigin = `http://${subdomain}.localhost:${port}`;
      await visitor.goto(`${siteOrigin}/${formPage.slug ? `${formPage.slug}/` : ''}`);
      const form = visitor.locator('form[action^="/api/forms/"]');
      await form.waitFor(WAIT);
      await form.getByLabel(/name/i).first().fill('Zoë Martins');
      await form.getByLabel(/email/i).first().fill('zoe@example.com');
      await form.getByLabel(/message/i).first().fill('Do you make sourdough, with “seeds”, on Fridays?\nThanks!');
      await form.getByRole('button').last().click();
      await visitor.waitForURL(`${siteOrigin}/thanks/**`, WAIT);
      await visitor.getByRole('heading', { name: 'Message sent' }).waitFor(WAIT);
      // The site's look: its own stylesheet applies, from the page's head past the CSP (its body font is the theme's,
      // not the browser's default serif; its theme's custom properties are set).
      const look = await visitor.evaluate(() => ({ rules: [...document.styleSheets].reduce((count, sheet) => count + sheet.cssRules.length, 0), font: getComputedStyle(document.body).fontFamily, primary: getComputedStyle(document.documentElement).getPropertyValue('--color-primary') }));
      expect(look.rules).toBeGreaterThan(100);
      expect(look.primary).toMatch(/^#[0-9a-f]{6}$/i);
      expect(look.font).not.toMatch(/^"?Times/);
      // The deployment's own thank-you page: the site's header and footer around it, and the way back to the form's page.
      await visitor.getByRole('banner').waitFor(WAIT);
      await visitor.getByRole('contentinfo').waitFor(WAIT);
      expect(await visitor.getByRole('main').getByRole('link', { name: 'Back to the site' }).getAttribute('href')).toBe(`/${formPage.slug ? `${formPage.slug}/` : ''}`);
      overflows['site-thanks'] = (await captureScreen(visitor, 'site-thanks')).overflowAtPhone;
      violations['site-thanks'] = await seriousAxeViolations(visitor);
      expect(visitorErrors).toEqual([]);
    } finally {
      await visitorContext.close();
    }

    // The dashboard's card counts it; the badge opens Messages.
    await page.goto(`${url}/`);
    const card = page.getByTestId('site-card').filter({ hasText: 'Dock Bakery' });
    await card.getByTestId('unread-badge').getByText('1 new message').waitFor(WAIT);
    await checkScreen('dashboard-unread');
    await card.getByTestId('unread-badge').click();
    await page.waitForURL(`${url}/sites/${siteId}/inbox`, WAIT);
    await page.getByRole('heading', { name: 'Messages from visitors' }).waitFor(WAIT);
    const tab = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: /Messages/ });
    await tab.getByTestId('unread-count').getByText('1').waitFor(WAIT);
    const message = page.getByTestId('visitor-message').first();
    await message.getByText('Zoë Martins').first().waitFor(WAIT);
    expect(await message.getAttribute('data-read')).toBe('false');
    expect(await message.innerText()).toContain('Do you make sourdough, with “seeds”, on Fridays?');
    expect(await message.innerText()).not.toMatch(/contact-form|p\d+-s\d+/); // no form ids for people
    const reply = await message.getByRole('link', { name: 'Reply' }).getAttribute('href');
    expect(reply).toMatch(/^mailto:zoe@example\.com\?subject=Re%3A%20Do%20you%20make%20sourdough/);
    await checkScreen('site-inbox');

    // Read, and the count goes; unread again, and it comes back.
    await message.getByRole('button', { name: 'Mark as read' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="visitor-message"]')?.getAttribute('data-read') === 'true', null, WAIT);
    await tab.getByTestId('unread-count').waitFor({ state: 'detached', ...WAIT });
    await message.getByRole('button', { name: 'Mark as unread' }).click();
    await tab.getByTestId('unread-count').getByText('1').waitFor(WAIT);

    // The owner's own notification choice, saved at once.
    const setting = page.getByTestId('lead-notifications');
    expect(await setting.getByRole('radio', { name: /Email me each message/ }).isChecked()).toBe(true);
    await setting.getByRole('radio', { name: /once a day/ }).check();
    await page.getByText('Saved how you hear of new messages.').waitFor(WAIT);
    expect((await api('GET', `/api/sites/${siteId}/lead-notifications`)).leadMail).toBe('daily');

    // Export: the link downloads the CSV with the visitor's words intact.
    const exportLink = page.getByRole('link', { name: /Export as spreadsheet/ });
    expect(await exportLink.getAttribute('href')).toBe(`/api/sites/${siteId}/submissions.csv`);
    const csv = await context.request.get(`${url}/api/sites/${siteId}/submissions.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('"Do you make sourdough, with “seeds”, on Fridays?\nThanks!"');

    // Delete, after confirming: the inbox is empty again.
    await message.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Delete message' }).click();
    await page.getByText('No messages yet').waitFor(WAIT);
    await checkScreen('site-inbox-empty');

    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((name) => [name, 0])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(consoleErrors).toEqual([]);
  }, 240_000);

  it('renames a site and moves it to a new address, the old one sending visitors on', async () => {
    await api('POST', '/api/auth/sign-up/email', { name: 'Noor Haddad', email: 'noor@example.com', password: 'correct horse battery' });
    expect((await context.request.get(await suite.mailedLink('noor@example.com'))).ok()).toBe(true);
    const siteId = (await api('POST', '/api/sites', { subdomain: 'fern-studio', name: 'Fern Studio', template: 'cafe' })).id as string;
    await api('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    await api('POST', '/api/sites', { subdomain: 'fern-shop', name: 'Fern Shop', template: 'cafe' });
    await page.goto(`${url}/sites/${siteId}/settings`);
    const section = page.getByRole('region', { name: 'Name and address' });
    await section.getByText('http://fern-studio.localhost', { exact: false }).waitFor(WAIT);
    // The name: saved when changed, refused when blank.
    await section.getByLabel('Site name').fill(' ');
    await section.getByText('Give the site a name.').waitFor(WAIT);
    expect(await section.getByRole('button', { name: 'Save name' }).isDisabled()).toBe(true);
    await section.getByLabel('Site name').fill('Fern & Clay Studio');
    await section.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('The site is renamed.').waitFor(WAIT);
    expect((await api('GET', `/api/sites/${siteId}`)).site.name).toBe('Fern & Clay Studio');
    // The address: a taken one is said at once; a free one asks first, saying what happens to the old address.
    await section.getByLabel('Subdomain').fill('fern-shop');
    await section.getByText('Another site already uses this subdomain.').waitFor(WAIT);
    await section.getByLabel('Subdomain').fill('fern-and-clay');
    await section.getByText('fern-and-clay is available').waitFor(WAIT);
    await section.getByRole('button', { name: 'Change address' }).click();
    await section.getByText(/sent to the new one for 30 days/).waitFor(WAIT);
    overflows['site-address'] = (await captureScreen(page, 'site-address')).overflowAtPhone;
    violations['site-address'] = await seriousAxeViolations(page);
    await section.getByRole('button', { name: 'Move the site' }).click();
    await page.getByText("The site's address is now fern-and-clay.").waitFor(WAIT);
    await section.getByText('http://fern-and-clay.localhost', { exact: false }).waitFor(WAIT);
    // The published site answers at the new address; the old one redirects there, path and all.
    expect((await fetchByHost('fern-and-clay')).status).toBe(200);
    const old = await fetchByHost('fern-studio', '/about');
    expect(old.status).toBe(301);
    expect(old.location).toMatch(/^http:\/\/fern-and-clay\.localhost(:\d+)?\/about$/);

    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((name) => [name, 0])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
