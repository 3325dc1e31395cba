// axe's results for a page, as AxeBuilder.analyze() gives them, in about half the time when there is no frame to
// look into. analyze() runs axe in parts, one per frame, and joins the parts in a new blank page; on a page whose
// frames are all left out (or that has none) that blank page and a second load of axe are all it adds. There, axe
// runs in the page in one go (AxeBuilder's legacy mode): the same rules and options, the same results.
import type { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** `builder` (made for `page`) analysed; `exclude`: the selector the builder leaves out, if any. */
export async function analyzeAxe(page: Page, builder: AxeBuilder, { exclude }: { exclude?: string } = {}): Promise<AxeResults> {
  const hasFrameToCheck = await page.evaluate((left) => [...document.querySelectorAll('iframe, frame')].some((frame) => !(left && frame.closest(left))), exclude ?? null);
  if (!hasFrameToCheck) builder.setLegacyMode();
  return builder.analyze();
}
