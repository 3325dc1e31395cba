import { describe, expect, it } from 'vitest';
import { composeSite } from '../../../../src/composer/index.ts';
import type { PresenceEntry } from '../../api/index.ts';
import { activityOf, initialsOf } from './presence-avatars.tsx';
import { sectionLabel } from './section-label.ts';

const site = composeSite('Crumb & Co, a bakery in Austin').site;
const entry = (sectionId: string | null, role: PresenceEntry['role'] = 'editor'): PresenceEntry => ({ tabId: 't1', userId: 'u1', name: 'Ana Silva', role, sectionId, color: 'hsl(1 55% 30%)', isSelf: false });

describe('presence avatars', () => {
  it('names the section a person is editing as the section list does', () => {
    const section = site.pages.at(-1)!.sections.at(-1)!;
    const { type, heading } = sectionLabel(section, 'en');
    expect(activityOf(entry(section.id), site, 'en')).toBe(`editing the ${type} section${heading ? ` “${heading}”` : ''}`);
  });

  it('says where someone is without a section, or in a section that is gone', () => {
    expect(activityOf(entry(null), site, 'en')).toBe('in the editor');
    expect(activityOf(entry('deleted-section'), site, 'en')).toBe('in the editor');
    expect(activityOf(entry(null, 'viewer'), site, 'en')).toBe('viewing the site');
  });

  it('makes initials from the first and last word, whatever the spacing', () => {
    expect(initialsOf('Ana Silva')).toBe('AS');
    expect(initialsOf('  maria  da  luz ')).toBe('ML');
    expect(initialsOf('editor')).toBe('E');
    expect(initialsOf('ana.silva')).toBe('AS');
    expect(initialsOf('   ')).toBe('?');
  });
});
