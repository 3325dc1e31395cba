import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['grid', 'numbered']).default('grid'),
  heading: ShortText,
  intro: LongText.default(''),
  items: z.array(z.object({ title: ShortText, text: LongText.default('') })).min(1).max(12),
});

export const values = defineSection({
  type: 'values',
  label: 'Values',
  description:
    'What the business stands for: three to six short principles, each a title and a sentence ("Local first — we source within 50 miles"). Variants: grid, numbered (1, 2, 3 steps — also good for "How it works"). Use it on the About page.',
  props,
  defaults: {
    variant: 'grid',
    heading: 'What we believe',
    items: [
      { title: 'Care', text: 'We treat every customer like a neighbour.' },
      { title: 'Craft', text: 'We take the time to do things properly.' },
      { title: 'Honesty', text: 'Clear prices and straight answers.' },
    ],
  },
  variants: ['grid', 'numbered'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['grid', 'numbered'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'items', label: 'Values', itemLabel: 'Value', fields: [
      { kind: 'text', path: 'title', label: 'Title' },
      { kind: 'textarea', path: 'text', label: 'Text' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
