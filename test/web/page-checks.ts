// What every screen of the editor app must pass, as helpers for the browser suite: screenshots at 1280 and
// 375 px (with no horizontal overflow at 375), 0 serious or critical axe violations, and no console errors.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { analyzeAxe } from '../support/analyze-axe.ts';
import { isTakingScreenshots } from '../support/screenshots.ts';
import { REPO_ROOT } from '../support/run-cli.ts';

export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'web');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

/** Collects console errors and uncaught exceptions of a page (and its frames). */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** The editor's preview frame: the person's own site (checked by the generated-sites suite); it runs no scripts, so it can't take axe's and would stall the run. */
export const PREVIEW_FRAME = 'iframe[title^="Preview"]';

/** The serious and critical axe violations on the page as it is now, one line each; `exclude`: a selector left out. */
export async function seriousAxeViolations(page: Page, { exclude }: { exclude?: string } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (exclude) builder.exclude(exclude);
  const result = await analyzeAxe(page, builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']), exclude ? { exclude } : {});
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** How far the page is wider than the viewport, in px (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Resolves once the page has been through two rendering updates since the call: media queries, resize and
 * intersection observers have run on its current size and scroll position, and what they changed is painted.
 * (A page whose frames are not rendered at all — never the case here — would resolve after a second instead.)
 */
export async function renderedFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const fallback = setTimeout(resolve, 1_000);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(fallback);
            resolve();
          }),
        );
      }),
  );
}

/**
 * Waits for the page to have painted its current state. A same-origin frame (the editor's preview) is painted with
 * the page, so the page's own rendering updates are enough; a cross-origin one (a thumbnail, sandboxed without
 * allow-same-origin, in a process of its own) is painted a moment later with nothing to wait on, so a page holding
 * one gets `frameMs`.
 */
async function painted(page: Page, frameMs: number): Promise<void> {
  // Asked of the document: Playwright learns of a new cross-origin frame a moment after it is in the page.
  if (await page.evaluate(() => [...document.querySelectorAll('iframe')].some((frame) => frame.contentDocument === null))) await page.waitForTimeout(frameMs);
  else await renderedFrames(page);
}

/**
 * Scrolls through the page (lazy previews render once near the viewport), then waits for every preview frame to
 * load, for the web fonts, and for the page to have painted.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let top = 0; top < height; top += step) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    // Never shorter than the pause this used to be, and never before the page has rendered at that position.
    await Promise.all([renderedFrames(page), page.waitForTimeout(60)]);
  }
  // Every preview shown; one still waiting is brought into view meanwhile (a list that grew after the page was
  // measured above would otherwise keep its last previews out of reach).
  await page.waitForFunction(
    () => {
      const waiting = [...document.querySelectorAll('[data-testid="site-thumbnail"]')].find((thumbnail) => !thumbnail.querySelector('iframe'));
      waiting?.scrollIntoView({ block: 'center' });
      return waiting === undefined;
    },
    null,
    { timeout: 30_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await Promise.all(page.frames().map((frame) => frame.waitForLoadState('load')));
  // The web fonts of the page and of its same-origin frames.
  await page.evaluate(async () => {
    const documents = [document, ...[...document.querySelectorAll('iframe')].flatMap((frame) => (frame.contentDocument ? [frame.contentDocument] : []))];
    await Promise.all(documents.map((shown) => shown.fonts.ready));
  });
  await painted(page, 300);
}

/**
 * A screenshot of the whole page at `viewport`'s width. The viewport is stretched to the page's height first:
 * Chromium does not paint preview frames (cross-origin: sandboxed) that are outside the viewport.
 */
async function screenshotWhole(page: Page, path: string, viewport: { width: number; height: number }, isFullPage: boolean): Promise<void> {
  if (isFullPage) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 12_000)) });
    await painted(page, 400);
  }
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}

/**
 * Screenshots of the current screen at 1280 and 375 px (the whole page, or only the viewport for a dialog), and
 * its overflow at 375 px; leaves the page at 1280 px. With screenshots off, only the overflow is measured.
 */
export async function captureScreen(page: Page, name: string, { isFullPage = true } = {}): Promise<{ overflowAtPhone: number }> {
  if (isTakingScreenshots) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.setViewportSize(DESKTOP);
    await settle(page);
    await screenshotWhole(page, join(SCREENSHOTS, `${name}-1280.png`), DESKTOP, isFullPage);
  }
  await page.setViewportSize(PHONE);
  await settle(page);
  const overflowAtPhone = await horizontalOverflow(page);
  if (isTakingScreenshots) await screenshotWhole(page, join(SCREENSHOTS, `${name}-375.png`), PHONE, isFullPage);
  await page.setViewportSize(DESKTOP);
  await renderedFrames(page);
  return { overflowAtPhone };
}
