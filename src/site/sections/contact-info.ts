import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['cards', 'list']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  showPhone: z.boolean().default(true),
  showEmail: z.boolean().default(true),
  showAddress: z.boolean().default(true),
  showSocials: z.boolean().default(true),
});

export const contactInfo = defineSection({
  type: 'contactInfo',
  label: 'Contact details',
  description:
    "The business's phone, email, address and social links, taken from the site's business details (edit those, not this section, to change a number). Phone and email become tap-to-call and mail links. Variants: cards, list.",
  props,
  defaults: { variant: 'cards', heading: 'Get in touch' },
  variants: ['cards', 'list'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['cards', 'list'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'boolean', path: 'showPhone', label: 'Show phone' },
    { kind: 'boolean', path: 'showEmail', label: 'Show email' },
    { kind: 'boolean', path: 'showAddress', label: 'Show address' },
    { kind: 'boolean', path: 'showSocials', label: 'Show social links' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
