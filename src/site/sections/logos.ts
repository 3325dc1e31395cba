import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { Href, Image } from '../primitives.ts';
import { ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['row', 'grid']).default('row'),
  heading: ShortText.default(''),
  items: z.array(z.object({ name: z.string().min(1).max(100), logo: Image.optional(), href: Href.optional() })).min(1).max(24),
});

export const logos = defineSection({
  type: 'logos',
  label: 'Logos',
  description:
    'Names or logos of clients, partners, press or certifications ("As featured in", "Trusted by"). Items without a logo image show the name as a wordmark. Variants: row, grid. The heading is optional.',
  props,
  defaults: {
    variant: 'row',
    heading: 'Trusted by',
    items: [{ name: 'Northwind' }, { name: 'Contoso' }, { name: 'Fabrikam' }, { name: 'Tailspin' }],
  },
  variants: ['row', 'grid'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['row', 'grid'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'list', path: 'items', label: 'Logos', itemLabel: 'Logo', fields: [
      { kind: 'text', path: 'name', label: 'Name' },
      { kind: 'image', path: 'logo', label: 'Logo' },
      { kind: 'href', path: 'href', label: 'Link' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
