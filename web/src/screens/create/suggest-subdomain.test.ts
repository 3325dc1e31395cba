import { describe, expect, it } from 'vitest';
import { suggestSubdomain } from './suggest-subdomain.ts';

describe('suggestSubdomain', () => {
  it.each([
    ['Crumb & Co, a family bakery in Porto', 'crumb-co'],
    ['Café Açaí: smoothies', 'cafe-acai'],
    ['  --Hello   World--  ', 'hello-world'],
    ['Moreau & Lang — a law firm', 'moreau-lang'],
    ['', ''],
  ])('%j → %j', (text, expected) => expect(suggestSubdomain(text)).toBe(expected));

  it('keeps to 40 characters without a trailing hyphen', () => {
    const suggestion = suggestSubdomain('The Extraordinarily Long Named Neighbourhood Bakery Cooperative');
    expect(suggestion.length).toBeLessThanOrEqual(40);
    expect(suggestion).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
