import { describe, expect, it } from 'vitest';
import { extractLocation } from './extract-location.ts';

describe('extractLocation', () => {
  it.each([
    ['A dental practice located in Austin TX. Calm.', { city: 'Austin', region: 'TX', country: 'United States' }],
    ['Garden Center in Portland, Oregon: perennials.', { city: 'Portland', region: 'Oregon', country: 'United States' }],
    ["A family Italian restaurant in Boston's North End with pasta.", { city: 'Boston', area: 'North End', region: 'MA' }],
    ['Licensed, insured. Serving Tampa Bay.', { city: 'Tampa Bay', region: 'FL' }],
    ['Photographer Sam Lee, based in Vancouver, available for travel.', { city: 'Vancouver', country: 'Canada' }],
    ['Tutoring online and in person in Toronto.', { city: 'Toronto', region: 'Ontario' }],
    ['Padaria artesanal em Belo Horizonte com pães.', { city: 'Belo Horizonte', country: 'Brazil' }],
    ['A gym in Leeds with a sauna.', { city: 'Leeds', country: 'United Kingdom' }],
    ['we fix bikes. cheap. fast. downtown.', { city: undefined, area: 'Downtown' }],
  ])('%s', (prompt, expected) => {
    expect(extractLocation(prompt)).toMatchObject(expected);
  });

  it('ignores days, languages and the business name after "in"', () => {
    expect(extractLocation('Open in May. Classes in English. Welcome in Luna Studio.', 'Luna Studio').city).toBeUndefined();
  });

  it('reads a street address and a postcode', () => {
    expect(extractLocation('Find us at 123 Main Street, Springfield, IL 62701.')).toMatchObject({ street: '123 Main Street', postalCode: '62701' });
  });
});
