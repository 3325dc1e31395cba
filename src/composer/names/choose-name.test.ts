import { describe, expect, it } from 'vitest';
import { extractName } from '../extract-name.ts';
import { chooseName } from './choose-name.ts';
import { nameCandidates } from './name-candidates.ts';

// Where no rule reads a name, the learnt model weighs the candidate spans, "no name" among them.

describe('choosing a name among the spans when the rules read none', () => {
  it.each([
    ["For twelve years Rosa's Cantina has fed the neighbourhood tacos and mole.", "Rosa's Cantina"],
  ])('reads a name the sentence goes on about: %s', (text, name) => {
    expect(extractName(text, 'en')).toMatchObject({ name, source: 'ranked' });
  });

  // A rule reads this one now: a name of several words after a comma, then its verb
  it('reads a name after a comma and before its verb by rule', () => {
    expect(extractName('Hidden down an alley off the market square, Moth & Lantern serves cocktails until 2am.', 'en')).toMatchObject({ name: 'Moth & Lantern', source: 'sentence' });
  });

  it.each([
    'Independent optician on Park Road, Crouch End. Eye tests, contact lenses and designer frames.',
    "Choir practice every Thursday at St Anne's Hall. All voices welcome, no auditions.",
    'We groom dogs at our salon on Mill Lane. Baths, clips and nail trims.',
  ])('takes no street, hall or place for a name: %s', (text) => {
    expect(extractName(text, 'en')).toBeUndefined();
  });

  it('offers "no name" among the candidates, and chooses it when nothing else is offered', () => {
    const candidates = nameCandidates('bookkeeping for tradespeople, vat returns and invoicing', 'en');
    expect(candidates.map((candidate) => candidate.name)).toEqual(['']);
    expect(chooseName(candidates)).toBe('');
  });

  it('offers a name without its legal form or, in another language, its leading article', () => {
    const names = nameCandidates('La Pizzeria Vesuvio S.r.l. sforna pizza napoletana a Bergamo.', 'it').map((candidate) => candidate.name);
    expect(names).toContain('Pizzeria Vesuvio');
    expect(names).not.toContain('La Pizzeria Vesuvio S.r.l.');
  });
});
