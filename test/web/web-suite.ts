// One browser suite's set-up: the editor built if stale, a real `pagehub serve` on a temporary DATA_DIR (its database
// copied in already migrated: test/support/seed-data-dir.ts), Debian's
// Chromium with one desktop-sized page whose console errors are collected; close() undoes all of it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWebAppIfStale } from '../../scripts/build-web.ts';
import { launchChromium } from '../support/browser.ts';
import { seedDataDir } from '../support/seed-data-dir.ts';
import { killSpawned, linkLoggedFor, startServe } from '../support/spawn-serve.ts';
import { collectConsoleErrors, DESKTOP } from './page-checks.ts';

export interface WebSuite {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /**
   * The link of the newest mail to `email` (mail goes to the server's log), e.g. the confirmation after sign-up — on
   * `url`'s origin, where the browser's cookies are (the mail names PUBLIC_URL, http://localhost:port).
   */
  mailedLink(email: string, prefix?: string): Promise<string>;
  close(): Promise<void>;
}

export async function openWebSuite(name: string, environment: Record<string, string> = {}, { defaultTimeoutMs }: { defaultTimeoutMs?: number } = {}): Promise<WebSuite> {
  await buildWebAppIfStale((line) => process.stdout.write(`${line}\n`));
  const workspace = await mkdtemp(join(tmpdir(), `pagehub-${name}-`));
  await seedDataDir(join(workspace, 'data'));
  // LOG_LEVEL=info: with no SMTP_URL, mail (and its link) goes to the log at info.
  const served = await startServe({ DATA_DIR: join(workspace, 'data'), LOG_LEVEL: 'info', ...environment }, 30_000);
  const { url } = served;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  if (defaultTimeoutMs) page.setDefaultTimeout(defaultTimeoutMs);
  return {
    url,
    browser,
    context,
    page,
    consoleErrors: collectConsoleErrors(page),
    mailedLink: async (email, prefix) => {
      const link = new URL(await linkLoggedFor(served.output, email, prefix));
      return `${url}${link.pathname}${link.search}`;
    },
    async close() {
      await browser.close();
      killSpawned();
      await rm(workspace, { recursive: true, force: true });
    },
  };
}
