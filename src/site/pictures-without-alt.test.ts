import { describe, expect, it } from 'vitest';
import { composeSite } from '../composer/index.ts';
import { findPicturesWithoutAlt } from './pictures-without-alt.ts';
import type { Site } from './site.ts';

function withHeroImage(alt: unknown): Site {
  const site = structuredClone(composeSite('Crumb Bakery, a bakery in Leeds').site);
  const hero = site.pages[0]!.sections.find((section) => section.type === 'hero')!;
  (hero.props as Record<string, unknown>).image = { src: 'https://images.example.com/a.jpg', alt, width: 1200, height: 800 };
  return site;
}

describe('findPicturesWithoutAlt', () => {
  it('finds a picture whose description is empty or blank, with the pointer of its alt', () => {
    for (const alt of ['', '  ']) {
      const [picture] = findPicturesWithoutAlt(withHeroImage(alt));
      expect(picture).toMatchObject({ sectionLabel: 'Hero', src: 'https://images.example.com/a.jpg' });
      expect(picture?.path).toMatch(/^\/pages\/0\/sections\/\d+\/props\/image\/alt$/);
    }
  });

  it('reads translated descriptions in the default language', () => {
    expect(findPicturesWithoutAlt(withHeroImage({ en: 'Loaves', pt: '' }))).toEqual([]);
    expect(findPicturesWithoutAlt(withHeroImage({ en: '', pt: 'Pães' }))).toHaveLength(1);
  });

  it('finds nothing in a composed site, whose slots hold drawings, not pictures', () => {
    expect(findPicturesWithoutAlt(composeSite('Crumb Bakery, a bakery in Leeds').site)).toEqual([]);
  });
});
