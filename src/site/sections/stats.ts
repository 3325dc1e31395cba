import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['row', 'cards']).default('row'),
  heading: ShortText.default(''),
  items: z.array(z.object({ value: ShortText, label: ShortText })).min(1).max(8),
});

export const stats = defineSection({
  type: 'stats',
  label: 'Numbers',
  summary: 'A few striking numbers, such as years in business or happy customers.',
  description:
    'A few striking figures with labels ("35 years in business", "4.9★ average rating", "2,000 happy clients"). Use real figures only. Variants: row, cards. The heading is optional.',
  props,
  defaults: {
    variant: 'row',
    heading: '',
    items: [
      { value: '10+', label: 'years of experience' },
      { value: '500', label: 'happy customers' },
      { value: '4.9★', label: 'average rating' },
    ],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'list', path: 'items', label: 'Figures', itemLabel: 'Figure', fields: [
      { kind: 'text', path: 'value', label: 'Figure' },
      { kind: 'text', path: 'label', label: 'Label' },
    ] },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = title === '' ? '' : context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    return html`<div class="container">
${heading ? html`<div class="section-head is-centered">${heading}</div>` : ''}
<ul class="stat-list">
${value.items.map((item) => html`<li class="stat"><span class="stat-value">${t(item.value)}</span> <span class="stat-label">${t(item.label)}</span></li>`)}
</ul>
</div>`;
  },
  css: `
.s-stats .stat-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); text-align: center; }
.s-stats .stat { max-width: none; display: flex; flex-direction: column; align-items: center; gap: var(--space-2); }
.s-stats .stat-value { font-family: var(--font-heading); font-weight: var(--heading-weight); font-size: var(--step-5); line-height: 1; letter-spacing: -0.02em; color: var(--color-link); overflow-wrap: anywhere; }
.s-stats .stat-label { color: var(--color-muted); max-width: 18rem; }
.s-stats.v-row .stat + .stat { padding-top: var(--space-5); border-top: 1px solid var(--color-border); }
.s-stats.v-cards .stat { padding: var(--space-6) var(--space-5); background: var(--color-surface); border: 1px solid var(--color-border); border-radius: var(--radius); }
@media (min-width: 40em) {
  .s-stats.v-row .stat-list { grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0; }
  .s-stats.v-row .stat { padding: var(--space-2) var(--space-5); }
  .s-stats.v-row .stat + .stat { padding-top: var(--space-2); border-top: 0; border-left: 1px solid var(--color-border); }
}
`,
});
