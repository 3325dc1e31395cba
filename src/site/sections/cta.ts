import { z } from 'zod';
import { html } from '../../markup/index.ts';
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
  isClosing: true,
  summary: 'A bold band near the end of a page that invites visitors to book, call or get in touch.',
  description:
    'A short, high-contrast band that asks the visitor to act: a heading ("Ready for a new smile?"), one sentence and a main button (book, call, order, get a quote), optionally a second one. Variants: banner (colored band), centered, split (text left, buttons right). Use one near the end of a page.',
  props,
  defaults: {
    variant: 'banner',
    heading: 'Ready when you are',
    text: 'Tell us what you need and we will get back to you within a day.',
    primaryAction: { label: 'Contact us', href: '#contact' },
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'text', label: 'Text' },
    { kind: 'text', path: 'primaryAction.label', label: 'Button text' },
    { kind: 'href', path: 'primaryAction.href', label: 'Button link' },
    { kind: 'text', path: 'secondaryAction.label', label: 'Second button text' },
    { kind: 'href', path: 'secondaryAction.href', label: 'Second button link' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1 class="cta-title">${title}</h1>` : html`<h2 class="cta-title">${title}</h2>`;
    const actions = [value.primaryAction, value.secondaryAction].filter((action) => action !== undefined && t(action.label) !== '');
    return html`<div class="container">
<div class="cta-panel">
<div class="cta-copy">
${heading}
${t(value.text) ? html`<p class="cta-text">${t(value.text)}</p>` : ''}
</div>
${actions.length > 0 ? html`<p class="actions cta-actions">${actions.map((action, index) => html`<a class="${index === 0 ? 'button' : 'button button-secondary'}" href="${context.href(action!.href)}">${t(action!.label)}</a>`)}</p>` : ''}
</div>
</div>`;
  },
  css: `
.s-cta .cta-panel { display: grid; gap: var(--space-5); }
.s-cta .cta-title { font-size: var(--step-4); margin-bottom: var(--space-3); }
.s-cta .cta-text { font-size: var(--step-1); line-height: 1.55; color: var(--color-muted); margin: 0; max-width: 40rem; }
.s-cta .cta-actions { margin: 0; }
.s-cta.v-banner:not(.tone-primary) .cta-panel { padding: var(--space-7) var(--space-5); border-radius: var(--radius); background: var(--color-primary); color: var(--color-on-primary); text-align: center; justify-items: center; }
.s-cta.v-banner .cta-panel { text-align: center; justify-items: center; }
.s-cta.v-banner .cta-text { color: inherit; margin-inline: auto; }
.s-cta.v-banner .cta-actions { justify-content: center; }
.s-cta.v-banner:not(.tone-primary) .button { background: var(--color-on-primary); border-color: var(--color-on-primary); color: var(--color-primary); }
.s-cta.v-banner:not(.tone-primary) .button-secondary { background: transparent; border-color: currentColor; color: var(--color-on-primary); }
.s-cta.v-banner:not(.tone-primary) :focus-visible { outline-color: var(--color-on-primary); }
.s-cta.v-centered .cta-panel { text-align: center; justify-items: center; max-width: 44rem; margin-inline: auto; }
.s-cta.v-centered .cta-text { margin-inline: auto; }
.s-cta.v-centered .cta-actions { justify-content: center; }
.s-cta.v-split .cta-panel { padding: var(--space-6) var(--space-5); border: 1px solid var(--color-border); border-radius: var(--radius); background: var(--color-surface); }
.s-cta.v-split .cta-title { font-size: var(--step-3); }
@media (min-width: 48em) {
  .s-cta.v-banner:not(.tone-primary) .cta-panel { padding: var(--space-8) var(--space-7); }
  .s-cta.v-split .cta-panel { grid-template-columns: 1fr auto; align-items: center; gap: var(--space-7); padding: var(--space-7); }
  .s-cta.v-split .cta-actions { justify-content: flex-end; }
}
`,
});
