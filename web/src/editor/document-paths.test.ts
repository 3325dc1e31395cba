import { describe, expect, it } from 'vitest';
import { composeSite } from '../../../src/composer/index.ts';
import { findTextPath, pointer, valueAt } from './document-paths.ts';

const site = composeSite('Crumb & Co, a bakery in Austin').site;

describe('document paths', () => {
  it('finds the prop a piece of preview text came from', () => {
    const hero = site.pages[0]!.sections[0]!;
    const heading = (hero.props as { heading: string }).heading;
    expect(findTextPath(hero.props, heading, '/pages/0/sections/0/props', 'en')).toBe('/pages/0/sections/0/props/heading');
    expect(findTextPath(hero.props, heading, '', 'en')).toBe('/heading');
    expect(findTextPath(hero.props, 'no such text', '/pages/0/sections/0/props', 'en')).toBeNull();
  });

  it('reads values by pointer, dotted field paths split', () => {
    expect(pointer('pages', 0, 'primaryAction.label')).toBe('/pages/0/primaryAction/label');
    expect(valueAt(site, `/pages/0/sections/0/props${pointer('heading')}`)).toBe((site.pages[0]!.sections[0]!.props as { heading: string }).heading);
    expect(valueAt(site, '/pages/99/title')).toBeUndefined();
  });
});
