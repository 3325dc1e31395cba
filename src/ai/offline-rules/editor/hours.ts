import { DAYS, type Day, type DayHours } from '../../../site/index.ts';
import { extractHours } from '../../../composer/index.ts';
import type { PatchOperation } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, valueAt } from './context-values.ts';
import { ask, change } from './proposal.ts';

// Opening hours edits: only the days the prompt names change ("closed on Mondays", "open Saturday 9am to 2pm",
// "weekdays 8-5"); the composer's parser reads the times. A site without hours gets a whole week only when the
// prompt gives opening times, the days it does not name being closed.

const DAY_WORD = String.raw`(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?`;
const DAY_SPAN = new RegExp(String.raw`\b(${DAY_WORD})\.?\s*(?:-|–|—|to|through|thru|until)\s*(${DAY_WORD})\b|\b(${DAY_WORD})\b|\b(weekdays?|weekends?|every ?day|daily|all week|7 days a week)\b`, 'gi');
const CLOSED = /\b(closed|shut|not open|day off|days off|no longer open)\b/i;

/** The days `text` names, in week order. */
export function namedDays(text: string): Day[] {
  const days = new Set<Day>();
  for (const match of text.matchAll(DAY_SPAN)) {
    if (match[1] !== undefined && match[2] !== undefined) {
      const from = dayIndex(match[1]);
      const to = dayIndex(match[2]);
      for (let index = from, steps = 0; steps < 7; index = (index + 1) % 7, steps += 1) {
        days.add(DAYS[index]!);
        if (index === to) break;
      }
    } else if (match[3] !== undefined) {
      days.add(DAYS[dayIndex(match[3])]!);
    } else {
      const word = match[4]!.toLowerCase();
      const span = word.startsWith('weekday') ? DAYS.slice(0, 5) : word.startsWith('weekend') ? DAYS.slice(5) : DAYS;
      span.forEach((day) => days.add(day));
    }
  }
  return DAYS.filter((day) => days.has(day));
}

function dayIndex(word: string): number {
  return Math.max(0, DAYS.findIndex((day) => day.startsWith(word.toLowerCase().slice(0, 3))));
}

export function editHours({ prompt, context }: EditRequest): EditProposal {
  const current = valueAt(context, '/business/hours');
  const hours = isRecord(current) ? current : undefined;
  const days = namedDays(prompt);
  const isClosing = CLOSED.test(prompt) && !/\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?\s*(?:-|–|to|until)\s*\d/i.test(prompt);
  const parsed = extractHours(prompt).hours;
  const changes = new Map<Day, DayHours>();
  if (isClosing) {
    for (const day of days) changes.set(day, { closed: true });
  } else if (parsed !== undefined) {
    // Times without days ("now 8am to 4pm") change the days that are open today.
    const targets = days.length > 0 ? days : DAYS.filter((day) => hours !== undefined && isRecord(hours[day]) && hours[day].closed === false);
    for (const day of targets) changes.set(day, parsed[day]);
  }
  if (changes.size === 0) {
    return ask('Which days and times? For example "open Saturday 9am to 2pm", "weekdays 8-5" or "closed on Mondays".');
  }
  const summary = describe(changes);
  if (hours === undefined) {
    if ([...changes.values()].every((day) => day.closed)) {
      return ask('The site has no opening hours yet. What are they for the whole week? For example "Mon–Fri 9am–5pm, Sat 10am–2pm, closed Sunday".');
    }
    const week = Object.fromEntries(DAYS.map((day) => [day, changes.get(day) ?? { closed: true }]));
    return change(`Opening hours → ${summary}; other days closed`, [{ op: 'add', path: '/business/hours', value: week }]);
  }
  const operations: PatchOperation[] = [...changes].filter(([day, value]) => JSON.stringify(hours[day]) !== JSON.stringify(value)).map(([day, value]) => ({ op: 'replace', path: `/business/hours/${day}`, value: { ...value } }));
  if (operations.length === 0) return ask(`The hours already say ${summary}. What should change?`);
  return change(`Opening hours → ${summary}`, operations);
}

function describe(changes: Map<Day, DayHours>): string {
  return [...changes].map(([day, value]) => `${day.charAt(0).toUpperCase()}${day.slice(1, 3)} ${value.closed ? 'closed' : `${value.open}–${value.close}`}`).join(', ');
}
