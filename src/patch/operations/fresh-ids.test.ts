import { describe, expect, it } from 'vitest';
import { Id } from '../../site/index.ts';
import { applyReversibly, sample } from './apply-reversibly.test-support.ts';
import { freshPageId, freshSectionId, kebabCase, takenIds } from './fresh-ids.ts';
import { addSection } from './sections.ts';

describe('the id rule', () => {
  it('names a new section after its page and type, as the composer and the chat editor do', () => {
    const site = sample();
    expect(freshSectionId(site, 'home', 'testimonials')).toBe('home-testimonials');
    expect(freshSectionId(site, 'about', 'richText')).toBe('about-rich-text');
    expect(freshSectionId(site, 'contact', 'contactForm')).toBe('contact-contact-form');
  });

  it('counts on from 2 past every id in use, page ids included', () => {
    let site = sample();
    site = applyReversibly(site, addSection(site, { pageId: 'home', type: 'stats' }));
    expect(freshSectionId(site, 'home', 'stats')).toBe('home-stats-2');
    expect(freshSectionId(site, 'about', 'hero')).toBe('about-hero-2');
    expect(freshPageId(site, 'about')).toBe('about-2');
    expect(freshPageId(site, 'about-hero')).toBe('about-hero-2');
    expect(takenIds(site)).toContain('home-stats');
  });

  it('makes valid ids from any base, long ones shortened so a suffix still fits', () => {
    const site = sample((input) => {
      input.pages[5]!.id = 'a'.repeat(64);
    });
    const long = freshSectionId(site, 'a'.repeat(64), 'testimonials');
    expect(long).toBe('a'.repeat(58));
    expect(freshPageId(site, 'Our Story!')).toBe('our-story');
    expect(freshPageId(site, '  ')).toBe('page');
    expect(freshPageId(site, 'blog/first-post')).toBe('blog-first-post');
    for (const id of [long, freshPageId(site, 'Our Story!'), freshPageId(site, '--x--'), freshSectionId(site, 'home', 'blogList')]) expect(Id.safeParse(id).success).toBe(true);
  });

  it('writes types in kebab case', () => {
    expect(kebabCase('blogList')).toBe('blog-list');
    expect(kebabCase('Café & Bar 2')).toBe('caf-bar-2');
  });
});
