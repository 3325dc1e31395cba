import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['row', 'cards']).default('row'),
  heading: ShortText.default(''),
  items: z.array(z.object({ value: ShortText, label: ShortText })).min(1).max(8),
});

export const stats = defineSection({
  type: 'stats',
  label: 'Numbers',
  description:
    'A few striking figures with labels ("35 years in business", "4.9★ average rating", "2,000 happy clients"). Use real figures only. Variants: row, cards. The heading is optional.',
  props,
  defaults: {
    variant: 'row',
    heading: '',
    items: [
      { value: '10+', label: 'years of experience' },
      { value: '500', label: 'happy customers' },
      { value: '4.9★', label: 'average rating' },
    ],
  },
  variants: ['row', 'cards'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['row', 'cards'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'list', path: 'items', label: 'Figures', itemLabel: 'Figure', fields: [
      { kind: 'text', path: 'value', label: 'Figure' },
      { kind: 'text', path: 'label', label: 'Label' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
