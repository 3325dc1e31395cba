import { DAYS, type Hours } from '../site/index.ts';

// Opening hours in words for copy and FAQ answers: "Tuesday to Sunday, 17:00–23:00; closed Monday".

const LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Countries where people read "5pm" rather than "17:00". */
const TWELVE_HOUR_COUNTRIES = new Set(['United States', 'Canada', 'Australia', 'New Zealand', 'India', 'Philippines']);

export function usesTwelveHourClock(country: string | undefined): boolean {
  return country !== undefined && TWELVE_HOUR_COUNTRIES.has(country);
}

export function describeHours(hours: Hours, isTwelveHour = false): string {
  if (DAYS.every((day) => { const value = hours[day]; return !value.closed && value.open === '00:00' && value.close === '23:59'; })) {
    return 'open 24 hours a day, 7 days a week';
  }
  const time = (clock: string): string => (isTwelveHour ? twelveHour(clock) : clock);
  const slots = DAYS.map((day) => {
    const value = hours[day];
    return value.closed ? 'closed' : `${time(value.open)}–${time(value.close)}`;
  });
  const groups: { from: number; to: number; slot: string }[] = [];
  slots.forEach((slot, index) => {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.slot === slot) last.to = index;
    else groups.push({ from: index, to: index, slot });
  });
  const open = groups.filter((group) => group.slot !== 'closed');
  const closed = groups.filter((group) => group.slot === 'closed');
  if (open.length === 1 && open[0]!.from === 0 && open[0]!.to === 6) return `open every day, ${open[0]!.slot}`;
  const span = (group: { from: number; to: number }): string =>
    group.from === group.to ? LABELS[group.from]! : `${LABELS[group.from]} ${group.to - group.from === 1 ? 'and' : 'to'} ${LABELS[group.to]}`;
  const parts = open.map((group) => `${span(group)}, ${group.slot}`);
  if (closed.length > 0) parts.push(`closed ${closed.map(span).join(' and ')}`);
  return parts.join('; ');
}

export function isOpenEveryDay(hours: Hours): boolean {
  return DAYS.every((day) => !hours[day].closed);
}

/** "17:00" → "5pm", "07:30" → "7:30am", "23:59" → "midnight". */
function twelveHour(clock: string): string {
  if (clock === '23:59' || clock === '00:00') return 'midnight';
  if (clock === '12:00') return 'noon';
  const [hour = 0, minute = 0] = clock.split(':').map(Number);
  const suffix = hour < 12 ? 'am' : 'pm';
  const display = hour % 12 === 0 ? 12 : hour % 12;
  return `${display}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${suffix}`;
}
