import { describe, expect, it } from 'vitest';
import { applyReversibly, sample } from './apply-reversibly.test-support.ts';
import { setText, setValue } from './set-value.ts';

describe('setValue', () => {
  it('adds what is missing, replaces what is there and removes what becomes undefined', () => {
    const site = sample();
    expect(setValue(site, '/seo/siteUrl', 'https://sample.example')).toEqual([{ op: 'add', path: '/seo/siteUrl', value: 'https://sample.example' }]);
    expect(setValue(site, '/name', 'Crumb')).toEqual([{ op: 'replace', path: '/name', value: 'Crumb' }]);
    expect(setValue(site, '/business/socials/instagram', undefined)).toEqual([{ op: 'remove', path: '/business/socials/instagram' }]);
    expect(setValue(site, '/business/socials/github', undefined)).toEqual([]);
  });

  it('removes an emptied value the schema refuses when removing it is allowed, and keeps the refused one otherwise', () => {
    const site = sample();
    const emptied = setValue(site, '/business/socials/instagram', '');
    expect(emptied).toEqual([{ op: 'remove', path: '/business/socials/instagram' }]);
    expect(applyReversibly(site, emptied).business.socials.instagram).toBeUndefined();
    expect(setValue(site, '/name', '')).toEqual([{ op: 'replace', path: '/name', value: '' }]);
    expect(setValue(site, '/footer/text', '')).toEqual([{ op: 'replace', path: '/footer/text', value: '' }]);
  });

  it('sets text in the default locale where the text is translated', () => {
    const site = sample((input) => {
      input.locales = { default: 'pt', available: ['en', 'pt'] };
      input.footer!.text = { en: 'Fresh bread', pt: 'Pão fresco' };
    });
    expect(setText(site, '/footer/text', 'Pão quente')).toEqual([{ op: 'replace', path: '/footer/text/pt', value: 'Pão quente' }]);
    expect(setText(site, '/seo/description', 'Uma padaria')).toEqual([{ op: 'replace', path: '/seo/description', value: 'Uma padaria' }]);
  });
});
