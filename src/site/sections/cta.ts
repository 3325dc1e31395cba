import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { Link } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['banner', 'centered', 'split']).default('banner'),
  heading: ShortText,
  text: LongText.default(''),
  primaryAction: Link,
  secondaryAction: Link.optional(),
});

export const cta = defineSection({
  type: 'cta',
  label: 'Call to action',
  description:
    'A short, high-contrast band that asks the visitor to act: a heading ("Ready for a new smile?"), one sentence and a main button (book, call, order, get a quote), optionally a second one. Variants: banner (colored band), centered, split (text left, buttons right). Use one near the end of a page.',
  props,
  defaults: {
    variant: 'banner',
    heading: 'Ready when you are',
    text: 'Tell us what you need and we will get back to you within a day.',
    primaryAction: { label: 'Contact us', href: '#contact' },
  },
  variants: ['banner', 'centered', 'split'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['banner', 'centered', 'split'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'text', label: 'Text' },
    { kind: 'text', path: 'primaryAction.label', label: 'Button text' },
    { kind: 'href', path: 'primaryAction.href', label: 'Button link' },
    { kind: 'text', path: 'secondaryAction.label', label: 'Second button text' },
    { kind: 'href', path: 'secondaryAction.href', label: 'Second button link' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
