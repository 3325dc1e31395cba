import { z } from 'zod';
import { html, type SafeHtml } from '../../markup/index.ts';
import { defineSection, type SectionRenderContext } from '../section-definition.ts';
import { DAYS, type Day, type DayHours, type Hours } from '../business.ts';
import { LongText, ShortText } from '../text.ts';
import { dateFormatter } from './date-format.ts';

const WORDING = {
  allDay: { en: 'Open 24 hours', es: 'Abierto 24 horas', fr: 'Ouvert 24 h/24', de: '24 Stunden geöffnet', pt: 'Aberto 24 horas', it: 'Aperto 24 ore su 24', nl: '24 uur open' },
  closed: { en: 'Closed', es: 'Cerrado', fr: 'Fermé', de: 'Geschlossen', pt: 'Fechado', it: 'Chiuso', nl: 'Gesloten' },
};

/** The name of a weekday in the page's language: 1 January 2024 was a Monday. */
function dayName(day: Day, locale: string, width: 'long' | 'short'): string {
  const name = dateFormatter(locale, width === 'long' ? 'weekdayLong' : 'weekdayShort').format(new Date(Date.UTC(2024, 0, 1 + DAYS.indexOf(day))));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function timeText(time: string, locale: string): SafeHtml {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const text = dateFormatter(locale, 'time').format(new Date(Date.UTC(2024, 0, 1, hour, minute)));
  return html`<time datetime="${time}">${text}</time>`;
}

function dayHoursText(entry: DayHours, context: SectionRenderContext): SafeHtml {
  if (entry.closed) return html`<span class="hours-closed">${context.t(WORDING.closed)}</span>`;
  if (entry.open === '00:00' && (entry.close === '23:59' || entry.close === '00:00')) return html`${context.t(WORDING.allDay)}`;
  return html`${timeText(entry.open, context.locale)} – ${timeText(entry.close, context.locale)}`;
}

function sameHours(first: DayHours, second: DayHours): boolean {
  if (first.closed || second.closed) return first.closed === second.closed;
  return first.open === second.open && first.close === second.close;
}

/** One table row per day of the week. */
export function hoursTable(hours: Hours, context: SectionRenderContext): SafeHtml {
  return html`<table class="hours-table">
<tbody>
${DAYS.map((day) => html`<tr${hours[day].closed ? html` class="is-closed"` : ''}><th scope="row">${dayName(day, context.locale, 'long')}</th><td>${dayHoursText(hours[day], context)}</td></tr>`)}
</tbody>
</table>`;
}

/** Consecutive days with the same hours grouped: "Tue – Thu 7:00 – 15:00". */
export function hoursCompact(hours: Hours, context: SectionRenderContext): SafeHtml {
  const groups: Day[][] = [];
  for (const day of DAYS) {
    const current = groups.at(-1);
    const previous = current?.at(-1);
    if (current && previous && sameHours(hours[previous], hours[day])) current.push(day);
    else groups.push([day]);
  }
  return html`<dl class="hours-compact">
${groups.map((group) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const days = group.length === 1 ? dayName(first, context.locale, 'long') : `${dayName(first, context.locale, 'short')} – ${dayName(last, context.locale, 'short')}`;
    return html`<div class="hours-group${hours[first].closed ? ' is-closed' : ''}"><dt>${days}</dt><dd>${dayHoursText(hours[first], context)}</dd></div>`;
  })}
</dl>`;
}

/** Rules shared with sections that embed the hours (location): scoped by the caller's section class. */
export function hoursCss(scope: string): string {
  return `
${scope} .hours-table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
${scope} .hours-table th, ${scope} .hours-table td { padding: var(--space-3) 0; border-bottom: 1px solid var(--color-border); vertical-align: baseline; }
${scope} .hours-table tr:last-child th, ${scope} .hours-table tr:last-child td { border-bottom: 0; }
${scope} .hours-table th { text-align: left; font-weight: 600; padding-right: var(--space-4); }
${scope} .hours-table td { text-align: right; }
${scope} .hours-closed { color: var(--color-muted); }
${scope} .hours-compact { margin: 0; font-variant-numeric: tabular-nums; }
${scope} .hours-group { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 var(--space-4); padding: var(--space-3) 0; border-bottom: 1px solid var(--color-border); }
${scope} .hours-group:last-child { border-bottom: 0; }
${scope} .hours-compact dt { font-weight: 600; }
${scope} .hours-compact dd { margin: 0; }
`;
}

const props = z.object({
  variant: z.enum(['table', 'compact']).default('table'),
  heading: ShortText,
  note: LongText.default(''),
});

export const hours = defineSection({
  type: 'hours',
  label: 'Opening hours',
  summary: 'Your opening hours for each day of the week, with an optional note for holidays.',
  description:
    "The week's opening hours, taken from the site's business details (edit business.hours to change them), with an optional note (holidays, by appointment). Variants: table (one row per day), compact (days with equal hours grouped, e.g. \"Mon–Fri 9:00–17:00\").",
  props,
  defaults: { variant: 'table', heading: 'Opening hours' },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'note', label: 'Note' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const hours = context.business.hours;
    const note = t(value.note);
    // Hours not set say nothing (not "closed", not "by appointment": neither is the owner's word); the heading and a
    // note stay, so the page keeps its outline.
    const body = hours ? html`<div class="card hours-card">${value.variant === 'compact' ? hoursCompact(hours, context) : hoursTable(hours, context)}</div>` : '';
    return html`<div class="container hours-inner">
<div class="section-head">
${heading}
${note ? html`<p class="lead">${note}</p>` : ''}
</div>
${body}
</div>`;
  },
  css: `
.s-hours .hours-inner { display: grid; gap: var(--space-6); }
.s-hours .section-head { margin-bottom: 0; }
.s-hours .hours-card { width: 100%; max-width: 34rem; padding: var(--space-3) var(--space-5); }
${hoursCss('.s-hours')}
@media (min-width: 48em) {
  .s-hours .hours-inner { grid-template-columns: 1fr minmax(0, 30rem); gap: var(--space-8); align-items: start; }
  .s-hours .hours-card { padding: var(--space-4) var(--space-6); }
}
`,
});
