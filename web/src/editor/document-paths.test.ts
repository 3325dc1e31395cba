import { describe, expect, it } from 'vitest';
import { composeSite } from '../../../src/composer/index.ts';
import { applySitePatch } from '../../../src/patch/index.ts';
import { findTextPath, pointer, setOperation, uniqueSectionId, valueAt } from './document-paths.ts';

const site = composeSite('Crumb & Co, a bakery in Austin').site;

describe('document paths', () => {
  it('finds the prop a piece of preview text came from', () => {
    const hero = site.pages[0]!.sections[0]!;
    const heading = (hero.props as { heading: string }).heading;
    expect(findTextPath(hero.props, heading, '/pages/0/sections/0/props', 'en')).toBe('/pages/0/sections/0/props/heading');
    expect(findTextPath(hero.props, 'no such text', '/pages/0/sections/0/props', 'en')).toBeNull();
  });

  it('sets, adds and removes values with valid operations', () => {
    const path = `/pages/0/sections/0/props${pointer('heading')}`;
    const result = applySitePatch(site, setOperation(site, path, 'New headline'));
    expect(result.ok && valueAt(result.site, path)).toBe('New headline');
    expect(setOperation(site, '/business/socials/github', undefined)).toEqual([]);
    expect(setOperation(site, '/business/socials/github', 'https://github.com/x')[0]?.op).toBe('add');
  });

  it('makes section ids that are not used yet', () => {
    const used = site.pages[0]!.sections[0]!.id;
    const fresh = uniqueSectionId(site, used);
    expect(fresh).not.toBe(used);
    expect(site.pages.flatMap((page) => page.sections.map((section) => section.id))).not.toContain(fresh);
  });
});
