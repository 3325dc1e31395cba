import { describe, expect, it } from 'vitest';
import { sectionDefinition } from '../../site/index.ts';
import { applySitePatch } from '../site-patch.ts';
import type { PatchOperation } from '../json-patch.ts';
import { jsonEqual } from '../json-equal.ts';
import { applyReversibly, refusal, sample, sectionIds } from './apply-reversibly.test-support.ts';
import { DocumentOperationError } from './locate.ts';
import { addSection, duplicateSection, moveSection, newSectionPosition, removeSection, setSectionVisible } from './sections.ts';

describe('newSectionPosition', () => {
  it('puts a new section before the closing call to action and contact form, or at the end when none closes the page', () => {
    const site = sample();
    // home: hero, features, richText, cta, contactForm
    expect(newSectionPosition(site, 'home')).toBe(3);
    // about ends with testimonials, which closes nothing
    expect(newSectionPosition(site, 'about')).toBe(6);
    expect(newSectionPosition(site, 'privacy')).toBe(1);
    const onlyClosing = sample((input) => {
      input.pages[4]!.sections = [];
    });
    expect(newSectionPosition(onlyClosing, 'privacy')).toBe(0);
  });

  it('puts it right after the selected section, even after the closing one', () => {
    const site = sample();
    expect(newSectionPosition(site, 'home', 0)).toBe(1);
    expect(newSectionPosition(site, 'home', 4)).toBe(5);
    // a selection that is not on the page (gone meanwhile) falls back to the default place
    expect(newSectionPosition(site, 'home', -1)).toBe(3);
    expect(newSectionPosition(site, 'home', 9)).toBe(3);
    expect(() => newSectionPosition(site, 'nowhere')).toThrow(/no page "nowhere"/);
  });

  it('is decided by the catalog: only section types marked as closing are skipped', () => {
    expect(sectionDefinition('cta')?.isClosing).toBe(true);
    expect(sectionDefinition('contactForm')?.isClosing).toBe(true);
    expect(sectionDefinition('testimonials')?.isClosing).toBeUndefined();
  });
});

describe('addSection', () => {
  it('adds a visible section with the catalog defaults under a fresh id, at the end or where asked', () => {
    const site = sample();
    const atEnd = applyReversibly(site, addSection(site, { pageId: 'home', type: 'testimonials' }));
    const added = atEnd.pages[0]!.sections.at(-1)!;
    expect(added).toEqual({ id: 'home-testimonials', type: 'testimonials', props: sectionDefinition('testimonials')!.props.parse(sectionDefinition('testimonials')!.defaults), visible: true });
    const second = applyReversibly(atEnd, addSection(atEnd, { pageId: 'home', type: 'testimonials', at: 1 }));
    expect(sectionIds(second, 0).slice(0, 3)).toEqual(['p0-s0-hero', 'home-testimonials-2', 'p0-s1-features']);
    expect(new Set(sectionIds(second, 0)).size).toBe(sectionIds(second, 0).length);
  });

  it('takes the id it is given', () => {
    const site = sample();
    expect(applyReversibly(site, addSection(site, { pageId: 'about', type: 'faq', at: 0, id: 'questions' })).pages[1]!.sections[0]!.id).toBe('questions');
  });

  it('refuses an unknown page or type, a position off the list and an id in use', () => {
    const site = sample();
    expect(() => addSection(site, { pageId: 'nowhere', type: 'hero' })).toThrow(new DocumentOperationError('There is no page "nowhere" in this site'));
    expect(() => addSection(site, { pageId: 'home', type: 'carousel' })).toThrow(/no section type "carousel"/);
    expect(() => addSection(site, { pageId: 'home', type: 'hero', at: 6 })).toThrow(/out of range \(0–5\)/);
    expect(() => addSection(site, { pageId: 'home', type: 'hero', at: -1 })).toThrow(DocumentOperationError);
    expect(() => addSection(site, { pageId: 'home', type: 'hero', id: 'about' })).toThrow(/already used/);
  });
});

describe('moveSection', () => {
  it('moves a section within its page', () => {
    const site = sample();
    const moved = applyReversibly(site, moveSection(site, 'p0-s2-richtext', 0));
    expect(sectionIds(moved, 0)).toEqual(['p0-s2-richtext', 'p0-s0-hero', 'p0-s1-features', 'p0-s3-cta', 'p0-s4-contactform']);
    const down = applyReversibly(site, moveSection(site, 'p0-s0-hero', 1));
    expect(sectionIds(down, 0).slice(0, 2)).toEqual(['p0-s1-features', 'p0-s0-hero']);
  });

  it('does nothing when the section is already there, and refuses an unknown id or position', () => {
    const site = sample();
    expect(moveSection(site, 'p0-s1-features', 1)).toEqual([]);
    expect(() => moveSection(site, 'p0-s1-features', 5)).toThrow(/out of range/);
    expect(() => moveSection(site, 'gone', 0)).toThrow(new DocumentOperationError('There is no section "gone" in this site'));
  });
});

describe('duplicateSection', () => {
  it('puts a copy with a fresh id right after the section', () => {
    const site = sample();
    const once = applyReversibly(site, duplicateSection(site, 'p1-s3-team'));
    const twice = applyReversibly(once, duplicateSection(once, 'p1-s3-team'));
    expect(sectionIds(twice, 1).slice(4, 7)).toEqual(['p1-s3-team', 'about-team-2', 'about-team']);
    const [original, , copy] = twice.pages[1]!.sections.slice(4, 7);
    expect(copy!.props).toEqual(original!.props);
  });
});

describe('removeSection', () => {
  it('removes a section', () => {
    const site = sample();
    expect(sectionIds(applyReversibly(site, removeSection(site, 'p2-s2-faq')), 2)).not.toContain('p2-s2-faq');
  });

  it('leaves a section that a link points to, as the applier says why', () => {
    const site = sample((input) => {
      input.navigation.items.push({ label: 'Team', href: 'page:about#p1-s3-team' });
    });
    expect(refusal(site, removeSection(site, 'p1-s3-team'))).toEqual(['Links to section "p1-s3-team", which is not on page "about"']);
    expect(() => removeSection(site, 'gone')).toThrow(DocumentOperationError);
  });
});

describe('setSectionVisible', () => {
  it('hides and shows a section', () => {
    const site = sample();
    const hidden = applyReversibly(site, setSectionVisible(site, 'p0-s3-cta', false));
    expect(hidden.pages[0]!.sections[3]!.visible).toBe(false);
    expect(applyReversibly(hidden, setSectionVisible(hidden, 'p0-s3-cta', true)).pages[0]!.sections[3]!.visible).toBe(true);
  });
});

describe('a sequence of section edits', () => {
  it('is undone by its inverses in reverse order', () => {
    const original = sample();
    const steps: ((site: typeof original) => PatchOperation[])[] = [
      (site) => addSection(site, { pageId: 'services', type: 'cta', at: 2 }),
      (site) => duplicateSection(site, 'services-cta'),
      (site) => moveSection(site, 'services-cta-2', 0),
      (site) => setSectionVisible(site, 'services-hero', false),
      (site) => removeSection(site, 'p2-s4-logos'),
    ];
    let site = original;
    const inverses: PatchOperation[][] = [];
    for (const step of steps) {
      const result = applySitePatch(site, step(site));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      inverses.unshift(result.inverse);
      site = result.site;
    }
    expect(sectionIds(site, 2)).toEqual(['services-cta-2', 'services-hero', 'p2-s0-gallery', 'services-cta', 'p2-s1-pricing', 'p2-s2-faq', 'p2-s3-stats']);
    for (const inverse of inverses) {
      const result = applySitePatch(site, inverse);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      site = result.site;
    }
    expect(jsonEqual(site, original)).toBe(true);
  });
});
