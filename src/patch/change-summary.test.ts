import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import { summarizeChanges } from './change-summary.ts';

describe('summarizeChanges', () => {
  it('names a changed button as a button, not by its prop name', () => {
    const before = sampleSite();
    const after = structuredClone(before);
    (after.pages[0]!.sections[0]!.props as { primaryAction: { href: string } }).primaryAction.href = 'page:about';
    const summary = summarizeChanges(before, after);
    expect(summary).toBe('Changed the main button of the hero section on Home');
    expect(summary).not.toMatch(/primary ?action|page:/i);
  });
});
