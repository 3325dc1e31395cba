import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

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
  description:
    "Where to find the business, without an embedded map: the address from the business details, directions (transit, parking, landmarks), optionally the opening hours, and a link that opens the address in the visitor's map app. Variants: card, split.",
  props,
  defaults: { variant: 'split', heading: 'Find us', directions: 'Street parking nearby; the closest bus stop is a two-minute walk.' },
  variants: ['card', 'split'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['card', 'split'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'directions', label: 'Directions' },
    { kind: 'boolean', path: 'showHours', label: 'Show opening hours' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
