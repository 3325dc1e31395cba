import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const Quote = z.object({
  quote: LongText,
  author: z.string().min(1).max(100),
  detail: ShortText.default(''),
  rating: z.number().int().min(1).max(5).optional(),
});

const props = z.object({
  variant: z.enum(['cards', 'single', 'wall']).default('cards'),
  heading: ShortText,
  items: z.array(Quote).min(1).max(24),
});

export const testimonials = defineSection({
  type: 'testimonials',
  label: 'Testimonials',
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
  variants: ['cards', 'single', 'wall'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['cards', 'single', 'wall'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'list', path: 'items', label: 'Quotes', itemLabel: 'Quote', fields: [
      { kind: 'textarea', path: 'quote', label: 'Quote' },
      { kind: 'text', path: 'author', label: 'Name' },
      { kind: 'text', path: 'detail', label: 'Detail' },
      { kind: 'number', path: 'rating', label: 'Stars (1–5)' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
