import { describe, expect, it } from 'vitest';
import { dateFormatter } from './date-format.ts';

describe('dateFormatter', () => {
  it('writes dates and times as the locale does, in UTC', () => {
    const monday = new Date(Date.UTC(2024, 0, 1, 17, 30));
    expect(dateFormatter('de', 'weekdayLong').format(monday)).toBe('Montag');
    expect(dateFormatter('fr', 'weekdayShort').format(monday)).toBe('lun.');
    expect(dateFormatter('en-US', 'time').format(monday)).toBe('5:30 PM');
    expect(dateFormatter('pt', 'date').format(monday)).toBe('1 de janeiro de 2024');
  });

  it('makes each formatter once, and falls back to English for a locale the runtime refuses', () => {
    expect(dateFormatter('es', 'time')).toBe(dateFormatter('es', 'time'));
    expect(dateFormatter('es', 'time')).not.toBe(dateFormatter('es', 'date'));
    expect(dateFormatter('not a locale!', 'weekdayLong').format(new Date(Date.UTC(2024, 0, 2)))).toBe('Tuesday');
  });

  it('keeps a bounded number of formatters however many locales pass through', () => {
    const first = dateFormatter('nl', 'time');
    for (let index = 0; index < 100; index += 1) dateFormatter(`en-x-${String(index).padStart(3, '0')}`, 'time');
    expect(dateFormatter('nl', 'time')).not.toBe(first);
    expect(dateFormatter('nl', 'time').format(new Date(Date.UTC(2024, 0, 1, 9, 5)))).toBe('9:05');
  });
});
