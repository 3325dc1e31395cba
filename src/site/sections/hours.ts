import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['table', 'compact']).default('table'),
  heading: ShortText,
  note: LongText.default(''),
});

export const hours = defineSection({
  type: 'hours',
  label: 'Opening hours',
  description:
    "The week's opening hours, taken from the site's business details (edit business.hours to change them), with an optional note (holidays, by appointment). Variants: table (one row per day), compact (days with equal hours grouped, e.g. \"Mon–Fri 9:00–17:00\").",
  props,
  defaults: { variant: 'table', heading: 'Opening hours' },
  variants: ['table', 'compact'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['table', 'compact'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'note', label: 'Note' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
