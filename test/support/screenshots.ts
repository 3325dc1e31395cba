// Screenshots are for people: the browser suites save them under test-results/ for a person to open. They decide
// no assertion, and they are a fifth of what a page check costs, so where nobody looks at them (CI sets
// PAGEHUB_SCREENSHOTS=off in .ci/run) they are not taken; every check around them still runs.
import type { Locator, Page } from 'playwright-core';

export const isTakingScreenshots = process.env.PAGEHUB_SCREENSHOTS !== 'off';

type ScreenshotOptions = Parameters<Page['screenshot']>[0] & Parameters<Locator['screenshot']>[0];

/** `target.screenshot(options)`, unless screenshots are off. */
export async function screenshot(target: Page | Locator, options: ScreenshotOptions): Promise<void> {
  if (isTakingScreenshots) await target.screenshot(options);
}
