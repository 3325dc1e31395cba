import { z } from 'zod';
import { html } from '../../markup/index.ts';
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
  summary: 'Common questions with their answers, such as parking, prices or how booking works.',
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
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'items', label: 'Questions', itemLabel: 'Question', fields: [
      { kind: 'text', path: 'question', label: 'Question' },
      { kind: 'textarea', path: 'answer', label: 'Answer' },
    ] },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const head = html`<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>`;
    const answer = (text: string) => text.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean).map((paragraph) => html`<p>${paragraph}</p>`);
    if (value.variant === 'two-column') {
      return html`<div class="container">
${head}
<div class="faq-grid">
${value.items.map((item) => html`<div class="faq-entry">
${context.subheading === 'h2' ? html`<h2 class="faq-question">${t(item.question)}</h2>` : html`<h3 class="faq-question">${t(item.question)}</h3>`}
<div class="faq-answer">${answer(t(item.answer))}</div>
</div>`)}
</div>
</div>`;
    }
    return html`<div class="container faq-inner">
${head}
<div class="faq-list">
${value.items.map((item) => html`<details class="faq-item">
<summary><span class="faq-question">${t(item.question)}</span><span class="faq-marker" aria-hidden="true"></span></summary>
<div class="faq-answer">${answer(t(item.answer))}</div>
</details>`)}
</div>
</div>`;
  },
  css: `
.s-faq .faq-answer { color: var(--color-muted); }
.s-faq .faq-answer > :last-child { margin-bottom: 0; }
.s-faq .faq-inner { display: grid; gap: var(--space-6); }
.s-faq .faq-inner .section-head { margin-bottom: 0; }
.s-faq .faq-list { border-top: 1px solid var(--color-border); max-width: 48rem; }
.s-faq .faq-item { border-bottom: 1px solid var(--color-border); }
.s-faq summary { display: flex; align-items: center; justify-content: space-between; gap: var(--space-4); min-height: 2.75rem; padding: var(--space-4) 0; cursor: pointer; list-style: none; font-family: var(--font-heading); font-weight: var(--heading-weight); font-size: var(--step-1); line-height: 1.35; }
.s-faq summary::-webkit-details-marker { display: none; }
.s-faq summary:hover .faq-question { color: var(--color-link); }
.s-faq .faq-question { overflow-wrap: break-word; min-width: 0; }
.s-faq .faq-marker { position: relative; flex: none; width: 2rem; height: 2rem; border: 1px solid var(--color-border); border-radius: var(--radius-control); }
.s-faq .faq-marker::before, .s-faq .faq-marker::after { content: ""; position: absolute; left: 50%; top: 50%; width: 0.75rem; height: 2px; margin: -1px 0 0 -0.375rem; background: currentColor; transition: transform .2s ease; }
.s-faq .faq-marker::after { transform: rotate(90deg); }
.s-faq details[open] .faq-marker::after { transform: rotate(0deg); }
.s-faq details[open] summary { color: var(--color-link); }
.s-faq .faq-item .faq-answer { padding: 0 var(--space-7) var(--space-5) 0; }
.s-faq .faq-grid { display: grid; gap: var(--space-6) var(--space-8); }
.s-faq .faq-entry .faq-question { font-size: var(--step-1); line-height: 1.35; margin-bottom: var(--space-2); }
@media (min-width: 48em) {
  .s-faq .faq-grid { grid-template-columns: 1fr 1fr; }
}
@media (min-width: 64em) {
  .s-faq .faq-inner { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); gap: var(--space-8); align-items: start; }
}
`,
});
