import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const Field = z.object({
  /** The form field's name in submissions: letters, digits, underscores. */
  name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and underscores, starting with a letter'),
  label: ShortText,
  kind: z.enum(['text', 'email', 'tel', 'textarea', 'date', 'number', 'select']).default('text'),
  required: z.boolean().default(false),
  options: z.array(ShortText).max(30).default([]),
});

const props = z.object({
  variant: z.enum(['stacked', 'split']).default('stacked'),
  heading: ShortText,
  intro: LongText.default(''),
  fields: z.array(Field).min(1).max(20),
  submitLabel: ShortText.default('Send'),
  /** Shown on the thank-you page after a visitor submits. */
  successMessage: LongText.default('Thank you — we received your message and will reply soon.'),
});

export const contactForm = defineSection({
  type: 'contactForm',
  label: 'Contact form',
  description:
    'A form visitors fill in to reach the business (enquiries, bookings, quotes). Each field has a name, a label, a kind (text, email, tel, textarea, date, number, select) and whether it is required. Submissions are stored for the site members. Variants: stacked (form alone), split (intro text beside the form). Put it on the contact page.',
  props,
  defaults: {
    variant: 'split',
    heading: 'Send us a message',
    intro: 'We usually reply within one business day.',
    fields: [
      { name: 'name', label: 'Your name', kind: 'text', required: true },
      { name: 'email', label: 'Email', kind: 'email', required: true },
      { name: 'message', label: 'Message', kind: 'textarea', required: true },
    ],
    submitLabel: 'Send message',
  },
  variants: ['stacked', 'split'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['stacked', 'split'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    {
      kind: 'list', path: 'fields', label: 'Fields', itemLabel: 'Field',
      fields: [
        { kind: 'text', path: 'label', label: 'Label' },
        { kind: 'select', path: 'kind', label: 'Kind', options: ['text', 'email', 'tel', 'textarea', 'date', 'number', 'select'] },
        { kind: 'boolean', path: 'required', label: 'Required' },
      ],
    },
    { kind: 'text', path: 'submitLabel', label: 'Button text' },
    { kind: 'textarea', path: 'successMessage', label: 'Thank-you message' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
