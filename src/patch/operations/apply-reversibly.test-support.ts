// Test support for the operation tests: apply an operation's patch with the one applier and check that it is
// exact (stored as sent, nothing normalized) and reversible, also through a JSON round trip.
import { expect } from 'vitest';
import { parseSite, type Site, type SiteInput } from '../../site/index.ts';
import { sampleSiteInput } from '../../../test/support/sample-site.ts';
import type { PatchOperation } from '../json-patch.ts';
import { jsonEqual } from '../json-equal.ts';
import { applySitePatch } from '../site-patch.ts';

/** The six-page sample site, changed first by `edit` (on its input) when given. */
export function sample(edit?: (input: SiteInput) => void): Site {
  const input = sampleSiteInput();
  edit?.(input);
  return parseSite(input);
}

/** Applies `operations` to `site` and answers the new document, after checking exactness and the inverse. */
export function applyReversibly(site: Site, operations: readonly PatchOperation[]): Site {
  expect(operations.length).toBeGreaterThan(0);
  const result = applySitePatch(site, JSON.parse(JSON.stringify(operations)) as PatchOperation[]);
  if (!result.ok) throw new Error(`The patch was refused: ${JSON.stringify(result.errors)}`);
  expect(result.patch).toEqual(operations);
  const undone = applySitePatch(result.site, JSON.parse(JSON.stringify(result.inverse)) as PatchOperation[]);
  expect(undone.ok && jsonEqual(undone.site, site)).toBe(true);
  return result.site;
}

/** The validation messages of a patch the applier refuses. */
export function refusal(site: Site, operations: readonly PatchOperation[]): string[] {
  const result = applySitePatch(site, operations);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

export const sectionIds = (site: Site, pageIndex: number): string[] => site.pages[pageIndex]!.sections.map((section) => section.id);
