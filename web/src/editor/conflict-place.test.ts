import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../../test/support/sample-site.ts';
import { conflictPlace } from './conflict-place.ts';

describe('conflictPlace', () => {
  const site = sampleSite();
  const page = site.pages[0]!;
  const hero = page.sections.findIndex((section) => section.type === 'hero');

  it('names a field by its label in the panels, with its section and page', () => {
    const place = conflictPlace(site, `/pages/0/sections/${hero}/props/heading`);
    expect(place).toMatch(/^Headline of the Hero section on “.+”$/);
    expect(place).not.toContain(page.sections[hero]!.id);
  });

  it('names sections, pages, settings and bad pointers without ids or pointers', () => {
    expect(conflictPlace(site, `/pages/0/sections/${hero}`)).toMatch(/^The Hero section on/);
    expect(conflictPlace(site, '/pages/0/sections')).toMatch(/^The order of the sections on/);
    expect(conflictPlace(site, '/theme/colors/primary')).toBe('The look of the site (theme)');
    expect(conflictPlace(site, '/business/phone')).toBe('The business details');
    expect(conflictPlace(site, 'not a pointer')).toBe('A part of the site');
  });
});
