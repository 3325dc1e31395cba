import { z } from 'zod';
import { html, icon } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { addressLines } from '../business.ts';
import { hoursCompact, hoursCss } from './hours.ts';
import { LongText, ShortText } from '../text.ts';

const WORDING = {
  address: { en: 'Address', es: 'Dirección', fr: 'Adresse', de: 'Adresse', pt: 'Endereço', it: 'Indirizzo', nl: 'Adres' },
  directions: { en: 'Getting here', es: 'Cómo llegar', fr: 'Comment venir', de: 'Anfahrt', pt: 'Como chegar', it: 'Come arrivare', nl: 'Route' },
  hours: { en: 'Opening hours', es: 'Horario', fr: 'Horaires', de: 'Öffnungszeiten', pt: 'Horário', it: 'Orari', nl: 'Openingstijden' },
  openInMaps: { en: 'Open in maps', es: 'Abrir en el mapa', fr: 'Ouvrir dans une carte', de: 'In Karte öffnen', pt: 'Abrir no mapa', it: 'Apri nella mappa', nl: 'Open in kaart' },
};

const props = z.object({
  variant: z.enum(['card', 'split']).default('split'),
  heading: ShortText,
  /** How to get there: transit, parking, landmarks. */
  directions: LongText.default(''),
  showHours: z.boolean().default(true),
});

export const location = defineSection({
  type: 'location',
  label: 'Location',
  summary: 'Where to find you: your address, directions and a link that opens it in a map app.',
  description:
    "Where to find the business, without an embedded map: the address from the business details, directions (transit, parking, landmarks), optionally the opening hours, and a link that opens the address in the visitor's map app. Variants: card, split.",
  props,
  defaults: { variant: 'split', heading: 'Find us', directions: 'Street parking nearby; the closest bus stop is a two-minute walk.' },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'directions', label: 'Directions' },
    { kind: 'boolean', path: 'showHours', label: 'Show opening hours' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t, business } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const subheading = (text: string) => (context.subheading === 'h2' ? html`<h2 class="location-label">${text}</h2>` : html`<h3 class="location-label">${text}</h3>`);
    const lines = addressLines(business.address, context.locale);
    const mapsUrl = lines.length > 0 ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(lines.join(', '))}` : '';
    const directions = t(value.directions);
    const address =
      lines.length > 0
        ? html`<div class="location-block">
${subheading(t(WORDING.address))}
<address><strong>${business.name}</strong>${lines.map((line) => html`<br>${line}`)}</address>
</div>`
        : '';
    const route = directions
      ? html`<div class="location-block">
${subheading(t(WORDING.directions))}
<p>${directions}</p>
</div>`
      : '';
    const action = mapsUrl ? html`<p class="actions location-actions"><a class="button" href="${context.href(mapsUrl)}">${icon('pin')}${t(WORDING.openInMaps)}</a></p>` : '';
    const hours =
      value.showHours && business.hours
        ? html`<div class="location-block location-hours">
${subheading(t(WORDING.hours))}
${hoursCompact(business.hours, context)}
</div>`
        : '';
    if (value.variant === 'card') {
      return html`<div class="container">
<div class="section-head is-centered">${heading}</div>
<div class="card location-card">
<div class="location-details"><div class="location-info">${address}${route}</div>${hours}</div>
${action}
</div>
</div>`;
    }
    return html`<div class="container location-split">
<div class="location-main">
${heading}
${address}
${route}
${action}
</div>
${hours ? html`<div class="card location-aside">${hours}</div>` : html`<div class="location-aside location-art">${context.placeholderArt(context.sectionId, business.address.city || business.name, 'wide')}</div>`}
</div>`;
  },
  css: `
.s-location address { font-style: normal; line-height: 1.6; }
.s-location address strong { font-weight: 600; }
.s-location .location-label { font-family: inherit; font-size: var(--step--1); font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--color-muted); margin-bottom: var(--space-2); }
.s-location .location-block { margin-bottom: var(--space-6); }
.s-location .location-block > :last-child { margin-bottom: 0; }
.s-location .location-aside > .location-block:last-child, .s-location .location-details > .location-block:last-child { margin-bottom: 0; }
.s-location .location-actions { margin-top: 0; }
.s-location .location-actions .icon { width: 1.25rem; height: 1.25rem; }
.s-location .location-split { display: grid; gap: var(--space-7); align-items: start; }
.s-location .location-main > h1, .s-location .location-main > h2 { margin-bottom: var(--space-6); }
.s-location .location-aside { padding: var(--space-5) var(--space-6); }
.s-location .location-art { padding: 0; }
.s-location .location-art > * { width: 100%; height: auto; border-radius: var(--radius); }
.s-location .location-card { max-width: 56rem; margin-inline: auto; padding: var(--space-6) var(--space-5); }
.s-location .location-details { display: grid; gap: 0 var(--space-7); }
.s-location .location-card .location-actions { margin-top: var(--space-2); }
${hoursCss('.s-location')}
.s-location .hours-group { padding-block: var(--space-2); }
@media (min-width: 48em) {
  .s-location .location-split { grid-template-columns: 1fr 1fr; gap: var(--space-8); }
  .s-location .location-card { padding: var(--space-7); }
  .s-location .location-details { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
}
`,
});
