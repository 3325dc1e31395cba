import { describe, expect, it } from 'vitest';
import { subdomainFromWords } from './subdomain-from-words.ts';
import { SUGGESTED_SUBDOMAIN_LENGTH, suggestSubdomain } from './suggest-subdomain.ts';

const SUBDOMAIN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('suggestSubdomain', () => {
  it.each([
    // The business name the composer reads, wherever the description puts it.
    ['Crumb & Co, a family bakery in Porto', 'crumb-co'],
    ['Mobile car detailing service called Shine, covering Leeds and Bradford. Ceramic coating, valeting.', 'shine'],
    ["I'm starting a plant consulting business called 'Petal & Stem'. We are a boutique plant service.", 'petal-stem'],
    ['We sell coffee. Cafe Aroma is a roastery in Lisbon.', 'cafe-aroma'],
    ['Law office of Hartmann & Cole, employment law for small businesses.', 'hartmann-cole'],
    ['Handmade ceramics shop Clay & Co selling mugs online.', 'clay-co'],
    ['Café Açaí: smoothies', 'cafe-acai'],
    ['Moreau & Lang — a law firm', 'moreau-lang'],
    ["Mama Tee's Kitchen, Caribbean food in Peckham.", 'mama-tees-kitchen'],
    // No name: the opening words, whole, without a leading article.
    ['Create a landing page for a vegan bakery', 'create-a-landing-page-for-a'],
    ['a family bakery in Porto, open every morning', 'family-bakery-in-porto'],
    ['we fix bikes. cheap. fast. downtown.', 'we-fix-bikes'],
    ['  --hello   world--  ', 'hello-world'],
    ['(mobile) dog grooming', 'mobile-dog-grooming'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (text, expected) => expect(suggestSubdomain(text)).toBe(expected));

  it.each([
    'The Extraordinarily Long Named Neighbourhood Bakery Cooperative of Greater Manchester, a bakery.',
    'mobile car detailing service called shine and sparkle and co, covering the whole of west yorkshire',
    'A very small independent bookshop and coffee house with a reading garden in the middle of Bath',
    'Sourdough! Pastries! Coffee! Open every day from seven in the morning until late.',
  ])('keeps whole words within the length for %j', (text) => {
    const suggestion = suggestSubdomain(text);
    expect(suggestion.length).toBeGreaterThan(0);
    expect(suggestion.length).toBeLessThanOrEqual(SUGGESTED_SUBDOMAIN_LENGTH);
    expect(suggestion).toMatch(SUBDOMAIN);
    // Every word of the suggestion is a whole word of the description.
    const words = new Set(text.toLowerCase().split(/[^a-z0-9]+/));
    for (const word of suggestion.split('-')) expect(words, `"${word}" in "${suggestion}"`).toContain(word);
  });

  it('never cuts a word: the 40-character cut of the old suggestion is gone', () => {
    const suggestion = suggestSubdomain('mobile car detailing service called shine, covering leeds');
    expect(suggestion).not.toBe('mobile-car-detailing-service-called-shin');
    expect(suggestion.split('-').every((word) => ['mobile', 'car', 'detailing', 'service', 'called', 'shine', 'covering', 'leeds'].includes(word))).toBe(true);
  });

  it('keeps one very long word whole, as long as a subdomain may be', () => {
    expect(suggestSubdomain('Supercalifragilisticexpialidociousbakery in Porto')).toBe('supercalifragilisticexpialidociousbakery');
  });
});

describe('subdomainFromWords (the templates dialog, without the name rules)', () => {
  it.each([
    ['my Bakery', 'my-bakery'],
    ['my Photography & Portraits Studio Collection', 'my-photography-portraits'],
    ['An art gallery', 'art-gallery'],
    ['an', 'an'],
  ])('%j → %j', (text, expected) => expect(subdomainFromWords(text)).toBe(expected));
});
