// The vocabulary finders: section words and mentions, colour roles, fonts, languages and page lookups.
import { describe, expect, it } from 'vitest';
import { FONT_IDS, SECTION_TYPES } from '../../../site/index.ts';
import { siteOutline } from '../../site-outline.ts';
import { editFixtureSite } from '../../../../test/support/edit-site.ts';
import { colorRoleIn, mentionsColor } from './colors.ts';
import { FONT_FAMILIES, FONT_KINDS, fontIdFor } from './fonts.ts';
import { findLanguages, localeForLanguage } from './languages.ts';
import { findOutlinePage, slugify } from './pages.ts';
import { findSectionMentions, SECTION_WORDS, sectionTypeOf } from './sections.ts';
import { correctTypos } from './typos.ts';

describe('section words', () => {
  it('gives every catalog section type everyday words', () => {
    for (const type of SECTION_TYPES) expect(SECTION_WORDS[type]?.length, type).toBeGreaterThan(0);
  });

  it('finds sections in order, longest phrase first, and skips a page named like a section', () => {
    const mentions = findSectionMentions('move the photo gallery above the call-to-action on the faq page');
    expect(mentions.map((mention) => [mention.type, mention.kind])).toEqual([['gallery', 'section'], ['cta', 'section']]);
    expect(findSectionMentions('add a question to the faq').map((mention) => mention.kind)).toEqual(['item', 'section']);
    expect(findSectionMentions('change the pricing plan').map((mention) => [mention.type, mention.kind])).toEqual([['pricing', 'item']]);
    expect(findSectionMentions('change the button text')).toEqual([]);
    expect(sectionTypeOf('Reviews')).toBe('testimonials');
    expect(sectionTypeOf('opening hours')).toBe('hours');
  });
});

describe('colour, font and language words', () => {
  it('names the theme colour role, the most specific first', () => {
    expect(colorRoleIn('make the primary color green')).toBe('primary');
    expect(colorRoleIn('change the text colour to dark gray')).toBe('text');
    expect(colorRoleIn('a darker background')).toBe('background');
    expect(mentionsColor('use #1E3A8A')).toBe(true);
    expect(mentionsColor('a light gray band')).toBe(true);
    expect(mentionsColor('fresh bread')).toBe(false);
  });

  it('maps known families and kinds to curated fonts', () => {
    for (const id of [...Object.values(FONT_FAMILIES), ...Object.values(FONT_KINDS)]) expect(FONT_IDS).toContain(id);
    expect(fontIdFor('Poppins')).toBe('poppins');
    expect(fontIdFor('Futura')).toBe('poppins');
    expect(fontIdFor('Playfair Display')).toBe('playfair-display');
    expect(fontIdFor('Source Serif 4')).toBe('source-serif-4');
    expect(fontIdFor('serif')).toBe('source-serif-4');
    expect(fontIdFor('Wingdings')).toBeUndefined();
  });

  it('turns language names into locale codes', () => {
    expect(localeForLanguage('Portuguese')).toBe('pt');
    expect(localeForLanguage('español')).toBe('es');
    expect(findLanguages('translate into japanese and chinese')).toEqual(['ja', 'zh']);
  });
});

describe('page words', () => {
  const outline = siteOutline(editFixtureSite());

  it('slugifies new page names', () => {
    expect(slugify('Gift Cards')).toBe('gift-cards');
    expect(slugify('Über uns & Team!')).toBe('uber-uns-and-team');
  });

  it('finds outline pages by slug, title or a shortened or extended title', () => {
    expect(findOutlinePage(outline, 'the homepage')).toBe('home');
    expect(findOutlinePage(outline, 'Privacy policy')).toBe('privacy');
    expect(findOutlinePage(outline, 'terms')).toBe('terms');
    expect(findOutlinePage(outline, 'about us')).toBe('about');
    expect(findOutlinePage(outline, 'services list heading')).toBeUndefined();
    expect(findOutlinePage(outline, 'careers')).toBeUndefined();
  });
});

describe('correctTypos', () => {
  it.each([
    ['remvoe the gallary', 'remove the gallery'],
    ['transalte to portugese', 'translate to portuguese'],
    ['adda team secton', 'add team section'],
    ['make the backgroud colour olive', 'make the background colour olive'],
  ])('reads a slip as the rule word it is one slip from: %s', (text, meant) => {
    expect(correctTypos(text)).toBe(meant);
  });

  it('leaves known words, inflections and everyday words alone', () => {
    for (const text of ['We moved to 42 Harbor Street', 'add a page for gift cards', 'from now on', 'the form is broken', 'boring preview text']) expect(correctTypos(text)).toBe(text);
  });

  it('knows the site’s own words', () => {
    expect(correctTypos('rename the Evnets page', ['Events'])).toBe('rename the events page');
    expect(correctTypos('rename the Evnets page')).toBe('rename the Evnets page');
  });
});
