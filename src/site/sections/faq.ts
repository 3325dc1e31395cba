import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['accordion', 'two-column']).default('accordion'),
  heading: ShortText,
  intro: LongText.default(''),
  items: z.array(z.object({ question: ShortText, answer: LongText })).min(1).max(40),
});

export const faq = defineSection({
  type: 'faq',
  label: 'FAQ',
  description:
    'Frequently asked questions with their answers (parking, prices, bookings, delivery, policies). Variants: accordion (native <details>, no JavaScript), two-column (all answers visible).',
  props,
  defaults: {
    variant: 'accordion',
    heading: 'Questions and answers',
    items: [
      { question: 'How do I book?', answer: 'Use the contact form or call us; we confirm within a day.' },
      { question: 'What does it cost?', answer: 'See our prices, or ask us for a free quote.' },
    ],
  },
  variants: ['accordion', 'two-column'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['accordion', 'two-column'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'items', label: 'Questions', itemLabel: 'Question', fields: [
      { kind: 'text', path: 'question', label: 'Question' },
      { kind: 'textarea', path: 'answer', label: 'Answer' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
