import { describe, expect, it } from 'vitest';
import { limitTexts, limitValues } from './plan-limit-values.ts';

describe('a plan’s limits on the Settings screen', () => {
  it('reads numbers, storage in MB and “no limit”, and leaves empty fields to the plan', () => {
    expect(limitValues({ sites: ' 2 ', storageBytes: '10', aiEditsPerMonth: 'No limit', customDomains: '' })).toEqual({ limits: { sites: 2, storageBytes: 10 * 1024 * 1024, aiEditsPerMonth: null } });
  });

  it('names each field that is not a whole number', () => {
    expect(limitValues({ sites: '-1', publishedSites: '2.5', customDomains: 'lots' })).toEqual({ problems: { sites: expect.stringContaining('whole number'), publishedSites: expect.any(String), customDomains: expect.any(String) } });
  });

  it('shows the saved limits as they were typed', () => {
    expect(limitTexts({ sites: 2, storageBytes: 10 * 1024 * 1024, aiEditsPerMonth: null })).toEqual({ sites: '2', storageBytes: '10', aiEditsPerMonth: 'no limit' });
    expect(limitTexts(undefined)).toEqual({});
  });
});
