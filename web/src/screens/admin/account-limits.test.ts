import { describe, expect, it } from 'vitest';
import { limitText, overridesFrom } from './account-limits.ts';

describe('an account’s limit overrides from the form', () => {
  it('leaves empty fields out (the plan’s) and turns MB into bytes', () => {
    expect(overridesFrom({ sites: ' 5 ', publishedSites: '', storageBytes: '200' })).toEqual({ limits: { sites: 5, storageBytes: 200 * 1024 * 1024 } });
    expect(overridesFrom({})).toEqual({ limits: {} });
  });
  it('refuses what is not a whole number of 0 or more, naming the field', () => {
    expect(overridesFrom({ sites: '-1', aiEditsPerMonth: '2.5', customDomains: 'ten' })).toEqual({
      problems: { sites: expect.any(String), aiEditsPerMonth: expect.any(String), customDomains: expect.any(String) },
    });
  });
  it('writes a limit in words', () => {
    expect(limitText(null)).toBe('no limit');
    expect(limitText(3)).toBe('3');
    expect(limitText(1024 * 1024 * 1024, true)).toBe('1024 MB');
  });
});
