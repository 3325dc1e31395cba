import { describe, expect, it } from 'vitest';
import { extractHours } from './extract-hours.ts';

const open = (from: string, to: string) => ({ closed: false, open: from, close: to });
const closed = { closed: true };

describe('extractHours', () => {
  it('reads a day range and a time range', () => {
    const { hours } = extractHours('Trattoria. Open Tuesday to Sunday, 5pm to 11pm.');
    expect(hours).toEqual({ monday: closed, tuesday: open('17:00', '23:00'), wednesday: open('17:00', '23:00'), thursday: open('17:00', '23:00'), friday: open('17:00', '23:00'), saturday: open('17:00', '23:00'), sunday: open('17:00', '23:00') });
  });

  it('reads times followed by "every day"', () => {
    const { hours } = extractHours('Cafe, open 7am-6pm every day, in Lisbon.');
    expect(Object.values(hours ?? {})).toEqual(Array(7).fill(open('07:00', '18:00')));
  });

  it.each(['A 24/7 gym', '24 hour emergency plumbing', 'Open around the clock'])('treats "%s" as open all week, 00:00–23:59', (prompt) => {
    const result = extractHours(prompt);
    expect(result.isOpen24x7).toBe(true);
    expect(result.hours?.sunday).toEqual(open('00:00', '23:59'));
  });

  it('pairs several day groups with their own times', () => {
    const { hours } = extractHours('Mon-Fri 9:00-17:30, Sat 10am-2pm, closed Sunday.');
    expect(hours).toMatchObject({ monday: open('09:00', '17:30'), friday: open('09:00', '17:30'), saturday: open('10:00', '14:00'), sunday: closed });
  });

  it('infers the afternoon for "9 to 5" after the word open', () => {
    expect(extractHours('We are open weekdays 9 to 5.').hours?.wednesday).toEqual(open('09:00', '17:00'));
  });

  it('does not read grade ranges, notice periods or years as hours', () => {
    expect(extractHours('Tutoring for grades 6-12 since 1998.').hours).toBeUndefined();
    expect(extractHours('Cancel with 24 hours notice.').isOpen24x7).toBe(false);
  });

  it('assumes every day when times have no days, and says so', () => {
    const result = extractHours('Open 8am-4pm.');
    expect(result.hours?.sunday).toEqual(open('08:00', '16:00'));
    expect(result.notes).toHaveLength(1);
  });
});
