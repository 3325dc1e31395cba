import { describe, expect, it } from 'vitest';
import { composeSite } from '../compose-site.ts';
import { words } from '../trades/text.ts';

describe('nameFromWords', () => {
  it.each([
    'Bouncy castle and soft play hire for children’s parties around Norwich.',
    'Traditional hammam with steam room and clay wraps in Lyon.',
    'we fix cracked phone screens and swap batteries while you wait',
    'Cerrajero urgente en Sevilla, apertura de puertas y cambio de cerraduras.',
    'Dachdeckerei im Raum Kassel: Steildach, Flachdach und Dachrinnen.',
    'crystals, tarot decks and incense, full moon circles on fridays',
  ])('names "%s" only with the words it wrote', (prompt) => {
    const { site, facts } = composeSite(prompt);
    expect(facts.name).toBeUndefined();
    const written = new Set(words(prompt));
    expect(words(site.business.name).filter((word) => !written.has(word))).toEqual([]);
  });

  it('puts the place first and the description’s own trade words after it, in English', () => {
    expect(composeSite('Bouncy castle hire for kids parties in Leeds.').site.business.name).toBe('Leeds Bouncy Castle Hire');
  });
});
