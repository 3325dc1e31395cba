import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Sample } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Quote = z.object({
  quote: LongText,
  author: z.string().min(1).max(100),
  detail: ShortText.default(''),
  rating: z.number().int().min(1).max(5).optional(),
  sample: Sample,
});

const WORDING = {
  rated: { en: 'Rated {n} out of 5', es: 'Valoración: {n} de 5', fr: 'Note : {n} sur 5', de: 'Bewertet mit {n} von 5', pt: 'Avaliação: {n} de 5', it: 'Valutazione: {n} su 5', nl: 'Beoordeeld met {n} van 5' },
};

const props = z.object({
  variant: z.enum(['cards', 'single', 'wall']).default('cards'),
  heading: ShortText,
  items: z.array(Quote).min(1).max(24),
});

export const testimonials = defineSection({
  type: 'testimonials',
  label: 'Testimonials',
  summary: 'Kind words from your customers, with their names and an optional star rating.',
  description:
    'Quotes from happy customers: the quote, who said it, an optional detail ("Regular since 2019") and an optional 1–5 star rating. Variants: cards (grid), single (one large quote), wall (masonry of many). Use it on the home page after the services.',
  props,
  defaults: {
    variant: 'cards',
    heading: 'What our customers say',
    items: [
      { quote: 'Friendly, fast and exactly what we asked for.', author: 'Jordan P.', rating: 5 },
      { quote: 'We have recommended them to all our friends.', author: 'Casey L.', rating: 5 },
      { quote: 'Great value and a real pleasure to deal with.', author: 'Morgan T.', rating: 5 },
    ],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'list', path: 'items', label: 'Quotes', itemLabel: 'Quote', fields: [
      { kind: 'textarea', path: 'quote', label: 'Quote' },
      { kind: 'text', path: 'author', label: 'Name' },
      { kind: 'text', path: 'detail', label: 'Detail' },
      { kind: 'number', path: 'rating', label: 'Stars (1–5)' },
    ] },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const items = value.variant === 'single' ? value.items.slice(0, 1) : value.items;
    const quotes = items.map((item) => {
      const rating = item.rating
        ? html`<p class="rating"><span class="stars" aria-hidden="true"><span class="stars-on">${'★'.repeat(item.rating)}</span>${item.rating < 5 ? html`<span class="stars-off">${'★'.repeat(5 - item.rating)}</span>` : ''}</span><span class="visually-hidden">${t(WORDING.rated).replace('{n}', String(item.rating))}</span></p>`
        : '';
      return html`<li class="quote-item">
<figure class="quote">
${rating}
<blockquote><p>${t(item.quote)}</p></blockquote>
<figcaption><span class="quote-author">${t(item.author)}</span>${t(item.detail) ? html`<span class="quote-detail">${t(item.detail)}</span>` : ''}</figcaption>
</figure>
</li>`;
    });
    return html`<div class="container">
<div class="section-head is-centered">
${heading}
</div>
<ul class="quote-list">
${quotes}
</ul>
</div>`;
  },
  css: `
.s-testimonials .quote-list { list-style: none; margin: 0; padding: 0; }
.s-testimonials .quote-item { max-width: none; }
.s-testimonials .quote { margin: 0; display: flex; flex-direction: column; gap: var(--space-4); height: 100%; }
.s-testimonials blockquote { margin: 0; font-size: var(--step-1); line-height: 1.5; }
.s-testimonials blockquote p { margin: 0; }
.s-testimonials blockquote p::before { content: open-quote; }
.s-testimonials blockquote p::after { content: close-quote; }
.s-testimonials figcaption { margin-top: auto; display: flex; flex-direction: column; gap: var(--space-1); }
.s-testimonials .quote-author { font-weight: 700; }
.s-testimonials .quote-detail { font-size: var(--step--1); color: var(--color-muted); }
.s-testimonials .rating { margin: 0; line-height: 1; font-size: var(--step-1); letter-spacing: 0.1em; }
.s-testimonials .stars-on { color: var(--color-link); }
.s-testimonials .stars-off { color: var(--color-muted); opacity: 0.45; }
.s-testimonials.v-cards .quote-list { display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); }
.s-testimonials.v-cards .quote, .s-testimonials.v-wall .quote { padding: var(--space-6); background: var(--color-surface); border: 1px solid var(--color-border); border-radius: var(--radius); }
.s-testimonials.v-wall .quote-list { columns: 18rem 3; column-gap: var(--space-5); }
.s-testimonials.v-wall .quote-item { break-inside: avoid; margin-bottom: var(--space-5); }
.s-testimonials.v-wall blockquote { font-size: var(--step-0); }
.s-testimonials.v-single .quote { max-width: 48rem; margin-inline: auto; text-align: center; align-items: center; }
.s-testimonials.v-single blockquote { font-family: var(--font-heading); font-size: var(--step-3); line-height: 1.3; }
.s-testimonials.v-single blockquote p { max-width: none; }
.s-testimonials.v-single figcaption { align-items: center; }
.s-testimonials.v-single .rating { font-size: var(--step-2); }
`,
});
