import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { Link } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Plan = z.object({
  name: ShortText,
  /** As shown: "$29", "€120", "Free", "From $80". */
  price: ShortText,
  period: ShortText.default(''),
  description: LongText.default(''),
  features: z.array(ShortText).max(20).default([]),
  action: Link.optional(),
  isFeatured: z.boolean().default(false),
});

const props = z.object({
  variant: z.enum(['cards', 'table']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  plans: z.array(Plan).min(1).max(6),
  note: LongText.default(''),
});

export const pricing = defineSection({
  type: 'pricing',
  label: 'Pricing',
  description:
    'Plans or packages side by side: name, price as shown ("$29", "From €80"), period ("per month"), a description, a list of what is included, a button, and one plan may be featured. Variants: cards, table. Use it for memberships, packages, subscriptions.',
  props,
  defaults: {
    variant: 'cards',
    heading: 'Simple pricing',
    plans: [
      { name: 'Basic', price: '$29', period: 'per month', features: ['The essentials'], action: { label: 'Choose Basic', href: '#contact' } },
      { name: 'Plus', price: '$59', period: 'per month', features: ['Everything in Basic', 'Priority support'], action: { label: 'Choose Plus', href: '#contact' }, isFeatured: true },
    ],
  },
  variants: ['cards', 'table'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['cards', 'table'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'plans', label: 'Plans', itemLabel: 'Plan', fields: [
      { kind: 'text', path: 'name', label: 'Name' },
      { kind: 'text', path: 'price', label: 'Price' },
      { kind: 'text', path: 'period', label: 'Period' },
      { kind: 'textarea', path: 'description', label: 'Description' },
      { kind: 'list', path: 'features', label: 'Included', itemLabel: 'Line', fields: [] },
      { kind: 'text', path: 'action.label', label: 'Button text' },
      { kind: 'href', path: 'action.href', label: 'Button link' },
      { kind: 'boolean', path: 'isFeatured', label: 'Featured' },
    ] },
    { kind: 'textarea', path: 'note', label: 'Note' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
