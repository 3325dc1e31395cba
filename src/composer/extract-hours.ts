import { DAYS, type Day, type DayHours, type Hours } from '../site/index.ts';

// Opening hours: "Open Tuesday to Sunday, 5pm to 11pm", "open 7am-6pm every day", "Mon–Fri 9:00–17:00,
// Sat 10am-2pm", "24/7", "24 hour". Days named nowhere are closed; 24/7 is 00:00–23:59 every day.

export interface HoursFacts {
  hours: Hours | undefined;
  isOpen24x7: boolean;
  notes: string[];
}

const DAY = String.raw`(?<![\p{L}])(?:mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:nesday)?s?|thu(?:r|rs|rsday)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?)`;
const TIME = String.raw`(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h)?|(noon|midday|midnight))`;
const RANGE = new RegExp(`(?<![\\d/])${TIME}\\s*(?:-|–|—|to|until|till|'?til)\\s*${TIME}(?![\\d/])`, 'giu');
const DAY_EXPRESSION = new RegExp(
  [
    `(?<from>${DAY})\\.?\\s*(?:-|–|—|to|through|thru|until)\\s*(?<to>${DAY})\\b`,
    `(?<list>${DAY}(?:\\.?\\s*(?:,|and|&|\\/)\\s*${DAY})*)\\b`,
    `(?<every>every\\s*day|everyday|daily|7 days a week|seven days a week|all week)`,
    `(?<weekdays>weekdays)`,
    `(?<weekends>weekends?)`,
  ].join('|'),
  'giu',
);

const TWENTY_FOUR_SEVEN = /\b24\s*\/\s*7\b|(?<!\b(?:within|in|under|next|than|last|first)\s)\b24\s*-?\s*hours?\b(?!\s*(?:notice|before|after|ahead|later))|\b24h\b|\bround[- ]the[- ]clock\b|\baround the clock\b|\bopen all night\b/i;

export function extractHours(text: string): HoursFacts {
  if (TWENTY_FOUR_SEVEN.test(text)) {
    const always: DayHours = { closed: false, open: '00:00', close: '23:59' };
    return { hours: Object.fromEntries(DAYS.map((day) => [day, always])) as Hours, isOpen24x7: true, notes: [] };
  }
  const notes: string[] = [];
  const assigned = new Map<Day, DayHours>();
  for (const sentence of text.split(/(?<=[.!?;])(?<![ap]\.m\.)\s+|\n+/i)) readSentence(sentence, assigned, notes);
  if (assigned.size === 0) return { hours: undefined, isOpen24x7: false, notes: [] };
  for (const match of text.matchAll(new RegExp(`closed\\s+(?:on\\s+)?(${DAY}(?:\\s*(?:,|and|&)\\s*${DAY})*)`, 'giu'))) {
    for (const day of daysOfList(match[1] ?? '')) assigned.set(day, { closed: true });
  }
  const hours = Object.fromEntries(DAYS.map((day) => [day, assigned.get(day) ?? { closed: true }])) as Hours;
  return { hours, isOpen24x7: false, notes };
}

interface Token { kind: 'days' | 'range'; start: number; end: number; days?: Day[]; hours?: DayHours }

function readSentence(sentence: string, assigned: Map<Day, DayHours>, notes: string[]): void {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(DAY_EXPRESSION)) {
    const days = daysOf(match.groups ?? {});
    if (days.length > 0) tokens.push({ kind: 'days', start: match.index, end: match.index + match[0].length, days });
  }
  for (const match of sentence.matchAll(RANGE)) {
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    const hasMeridiem = match[3] !== undefined || match[7] !== undefined || match[4] !== undefined || match[8] !== undefined;
    const hasMinutes = match[2] !== undefined && match[6] !== undefined;
    const nearDays = tokens.some((token) => token.kind === 'days' && match.index - token.end >= 0 && match.index - token.end <= 15);
    if (!hasMeridiem && !hasMinutes && !nearDays && !/\b(?:open|hours|from)\b/i.test(before)) continue;
    const hours = toDayHours(match, notes);
    if (hours !== undefined) tokens.push({ kind: 'range', start: match.index, end: match.index + match[0].length, hours });
  }
  tokens.sort((first, second) => first.start - second.start);
  // Pair each time range with the day expression just before it, or else just after it.
  let pendingDays: Day[] | undefined;
  let waitingHours: DayHours | undefined;
  for (const token of tokens) {
    if (token.kind === 'days') {
      if (waitingHours !== undefined) {
        for (const day of token.days ?? []) assigned.set(day, waitingHours);
        waitingHours = undefined;
      } else {
        pendingDays = token.days;
      }
    } else if (pendingDays !== undefined) {
      for (const day of pendingDays) assigned.set(day, token.hours!);
      pendingDays = undefined;
    } else {
      if (waitingHours !== undefined) applyEveryDay(waitingHours, assigned, notes);
      waitingHours = token.hours;
    }
  }
  if (waitingHours !== undefined) applyEveryDay(waitingHours, assigned, notes);
}

function applyEveryDay(hours: DayHours, assigned: Map<Day, DayHours>, notes: string[]): void {
  if (assigned.size > 0) return;
  for (const day of DAYS) assigned.set(day, hours);
  notes.push('The description gave opening times without days, so I used them for every day of the week.');
}

function daysOf(groups: Record<string, string | undefined>): Day[] {
  if (groups.every !== undefined) return [...DAYS];
  if (groups.weekdays !== undefined) return DAYS.slice(0, 5);
  if (groups.weekends !== undefined) return DAYS.slice(5);
  if (groups.from !== undefined && groups.to !== undefined) {
    const from = dayIndex(groups.from);
    const to = dayIndex(groups.to);
    if (from < 0 || to < 0) return [];
    const days: Day[] = [];
    for (let index = from; ; index = (index + 1) % 7) {
      days.push(DAYS[index]!);
      if (index === to || days.length === 7) break;
    }
    return days;
  }
  return groups.list !== undefined ? daysOfList(groups.list) : [];
}

function daysOfList(list: string): Day[] {
  return [...list.matchAll(new RegExp(DAY, 'giu'))].map((match) => dayIndex(match[0])).filter((index) => index >= 0).map((index) => DAYS[index]!);
}

function dayIndex(word: string): number {
  return DAYS.findIndex((day) => day.startsWith(word.toLowerCase().slice(0, 3)));
}

function toDayHours(match: RegExpMatchArray, notes: string[]): DayHours | undefined {
  const open = toClock(match[1], match[2], match[3], match[4], 'open');
  const close = toClock(match[5], match[6], match[7], match[8], 'close');
  if (open === undefined || close === undefined || open.minutes >= 24 * 60) return undefined;
  let openMinutes = open.minutes;
  let closeMinutes = close.minutes;
  // "5 to 11pm": the open time takes the close time's meridiem when that keeps it earlier.
  if (!open.hasMeridiem && close.isPm && openMinutes < 12 * 60 && openMinutes + 12 * 60 < closeMinutes) openMinutes += 12 * 60;
  // "9 to 5": a close time without meridiem that is earlier than the opening is in the afternoon.
  if (!close.hasMeridiem && closeMinutes <= openMinutes && closeMinutes + 12 * 60 < 24 * 60) closeMinutes += 12 * 60;
  if (closeMinutes <= openMinutes || closeMinutes >= 24 * 60) {
    if (closeMinutes !== 0) notes.push('Closing after midnight is shown as 23:59; you can adjust the hours in the business details.');
    closeMinutes = 23 * 60 + 59;
  }
  return { closed: false, open: clock(openMinutes), close: clock(closeMinutes) };
}

function toClock(hourText: string | undefined, minuteText: string | undefined, meridiem: string | undefined, word: string | undefined, role: 'open' | 'close'): { minutes: number; hasMeridiem: boolean; isPm: boolean } | undefined {
  if (word !== undefined) {
    const lower = word.toLowerCase();
    if (lower === 'midnight') return { minutes: role === 'open' ? 0 : 24 * 60, hasMeridiem: true, isPm: false };
    return { minutes: 12 * 60, hasMeridiem: true, isPm: true };
  }
  let hour = Number(hourText);
  const minutes = minuteText === undefined ? 0 : Number(minuteText);
  if (!Number.isInteger(hour) || hour > 24 || minutes > 59) return undefined;
  const lower = meridiem?.toLowerCase().replace(/\./g, '');
  const isPm = lower === 'pm';
  if (lower === 'pm' && hour < 12) hour += 12;
  if (lower === 'am' && hour === 12) hour = role === 'close' ? 24 : 0;
  return { minutes: hour * 60 + minutes, hasMeridiem: lower === 'am' || lower === 'pm' || lower === 'h', isPm };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
