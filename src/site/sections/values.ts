import { z } from 'zod';
import { html } from '../../markup/index.ts';
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
  summary: 'What your business stands for, or how it works, in a few short points.',
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
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'items', label: 'Values', itemLabel: 'Value', fields: [
      { kind: 'text', path: 'title', label: 'Title' },
      { kind: 'textarea', path: 'text', label: 'Text' },
    ] },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const items = value.items.map((item) => {
      const name = t(item.title);
      const itemTitle = context.subheading === 'h2' ? html`<h2 class="value-title">${name}</h2>` : html`<h3 class="value-title">${name}</h3>`;
      return html`<li class="value">${itemTitle}${t(item.text) ? html`<p class="value-text">${t(item.text)}</p>` : ''}</li>`;
    });
    const list = value.variant === 'numbered' ? html`<ol class="value-list">${items}</ol>` : html`<ul class="value-list">${items}</ul>`;
    return html`<div class="container">
<div class="section-head is-centered">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
${list}
</div>`;
  },
  css: `
.s-values .value-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-6) var(--space-7); grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); }
.s-values .value { max-width: none; }
.s-values .value-title { font-size: var(--step-2); margin-bottom: var(--space-2); }
.s-values .value-text { color: var(--color-muted); margin: 0; }
.s-values.v-grid .value { padding-top: var(--space-5); border-top: 3px solid var(--color-primary); }
.s-values.v-numbered .value-list { counter-reset: step; }
.s-values.v-numbered .value { counter-increment: step; display: grid; grid-template-columns: auto 1fr; column-gap: var(--space-4); align-content: start; }
.s-values.v-numbered .value::before { content: counter(step); grid-row: span 2; display: grid; place-items: center; width: 3rem; height: 3rem; border-radius: 999px; background: var(--color-primary); color: var(--color-on-primary); font-family: var(--font-heading); font-weight: 700; font-size: var(--step-1); line-height: 1; }
.s-values.v-numbered .value-title { align-self: center; margin-bottom: var(--space-2); }
.s-values.v-numbered .value-text { grid-column: 2; }
@media (min-width: 48em) {
  .s-values.v-numbered .value { display: block; }
  .s-values.v-numbered .value::before { margin-bottom: var(--space-5); }
}
`,
});
