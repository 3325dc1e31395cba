import { describe, expect, it } from 'vitest';
import { extractHours } from './extract-hours.ts';
import { hoursInEnglish } from './hours-words.ts';
import type { ComposerLocale } from './detect-locale.ts';

const read = (text: string, locale: ComposerLocale) => {
  const { hours } = extractHours(hoursInEnglish(text, locale));
  return hours === undefined ? undefined : Object.fromEntries(Object.entries(hours).map(([day, entry]) => [day.slice(0, 2), entry.closed ? 'closed' : `${entry.open}-${entry.close}`]));
};

describe('opening hours in other languages', () => {
  it.each([
    ['pt', 'Abrimos de segunda a sábado, das 8h às 19h. Fechado ao domingo.', { mo: '08:00-19:00', sa: '08:00-19:00', su: 'closed' }],
    ['es', 'Horario: lunes a viernes de 9:00 a 14:00. Sábados cerrado.', { mo: '09:00-14:00', fr: '09:00-14:00', sa: 'closed' }],
    ['fr', 'Ouvert du mardi au samedi de 10h à 19h, fermé le lundi.', { mo: 'closed', tu: '10:00-19:00', sa: '10:00-19:00' }],
    ['de', 'Mo–Fr 9–18 Uhr, Sa 10–14 Uhr.', { mo: '09:00-18:00', fr: '09:00-18:00', sa: '10:00-14:00', su: 'closed' }],
    ['it', 'Aperti tutti i giorni dalle 12 alle 23.', { mo: '12:00-23:00', su: '12:00-23:00' }],
    ['nl', 'Di t/m za 9.00–17.30 uur. Maandag gesloten.', { mo: 'closed', tu: '09:00-17:30', sa: '09:00-17:30' }],
  ] as const)('reads %s: %s', (locale, text, expected) => {
    expect(read(text, locale)).toMatchObject(expected);
  });

  it('leaves words that only look like short day names alone, and English as it is', () => {
    expect(read('So schnell wie möglich, do it.', 'de')).toBeUndefined();
    expect(hoursInEnglish('Open Mon–Fri 9 to 5', 'en')).toBe('Open Mon–Fri 9 to 5');
  });
});
