import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Image, Link } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['centered', 'split', 'overlay']).default('split'),
  eyebrow: ShortText.default(''),
  heading: ShortText,
  subheading: LongText.default(''),
  primaryAction: Link.optional(),
  secondaryAction: Link.optional(),
  image: Image.optional(),
});

export const hero = defineSection({
  type: 'hero',
  label: 'Hero',
  summary: 'The big opening banner at the top of a page, with a headline, a sentence or two and up to two buttons.',
  description:
    'The opening banner of a page: a short headline (the promise), a one or two sentence subheading and up to two buttons (primaryAction is the main call to action). Variants: centered (text only), split (text beside an image), overlay (text over a full-width image). Use it once, as the first section of the home page and of most other pages.',
  props,
  defaults: {
    variant: 'split',
    heading: 'A headline that says what you do',
    subheading: 'One or two sentences on who you help and why they choose you.',
    primaryAction: { label: 'Get in touch', href: '#contact' },
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'eyebrow', label: 'Eyebrow' },
    { kind: 'text', path: 'heading', label: 'Headline' },
    { kind: 'textarea', path: 'subheading', label: 'Subheading' },
    { kind: 'text', path: 'primaryAction.label', label: 'Main button text' },
    { kind: 'href', path: 'primaryAction.href', label: 'Main button link' },
    { kind: 'text', path: 'secondaryAction.label', label: 'Second button text' },
    { kind: 'href', path: 'secondaryAction.href', label: 'Second button link' },
    { kind: 'image', path: 'image', label: 'Image' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const heading = context.heading === 'h1' ? html`<h1 class="hero-title">${t(value.heading)}</h1>` : html`<h2 class="hero-title">${t(value.heading)}</h2>`;
    const actions = [value.primaryAction, value.secondaryAction].filter((action) => action !== undefined && t(action.label) !== '');
    const media =
      value.variant === 'centered'
        ? ''
        : value.image
          ? context.image(value.image, { className: 'hero-image', sizes: value.variant === 'overlay' ? '100vw' : '(min-width: 60rem) 50vw, 100vw', isPriority: context.isFirst })
          : context.placeholderArt(context.sectionId, t(value.heading), 'wide', { rank: 0 });
    return html`<div class="container hero-inner">
<div class="hero-copy">
${t(value.eyebrow) ? html`<p class="eyebrow">${t(value.eyebrow)}</p>` : ''}
${heading}
${t(value.subheading) ? html`<p class="lead">${t(value.subheading)}</p>` : ''}
${actions.length > 0 ? html`<p class="actions">${actions.map((action, index) => html`<a class="${index === 0 ? 'button' : 'button button-secondary'}" href="${context.href(action!.href)}">${t(action!.label)}</a>`)}</p>` : ''}
</div>
${media ? html`<div class="hero-media">${media}</div>` : ''}
</div>`;
  },
  css: `
.s-hero { padding-block: var(--space-section-lg); }
.s-hero .hero-inner { display: grid; gap: var(--space-6); align-items: center; }
.s-hero .hero-title { font-size: var(--step-5); margin: 0 0 var(--space-4); }
.s-hero .lead { font-size: var(--step-1); color: var(--color-muted); max-width: 60ch; }
.s-hero .hero-media > * { width: 100%; height: auto; border-radius: var(--radius); display: block; }
.s-hero.v-centered .hero-inner { text-align: center; justify-items: center; }
.s-hero.v-centered .lead { margin-inline: auto; }
.s-hero.v-centered .actions { justify-content: center; }
.s-hero.v-overlay { position: relative; padding: 0; }
.s-hero.v-overlay .hero-inner { grid-template-areas: "stack"; padding: 0; max-width: none; }
.s-hero.v-overlay .hero-inner > * { grid-area: stack; }
.s-hero.v-overlay .hero-media > * { border-radius: 0; min-height: 28rem; object-fit: cover; }
.s-hero.v-overlay .hero-copy { position: relative; z-index: 1; margin: var(--space-6) var(--gutter); padding: var(--space-6); background: var(--color-background); border-radius: var(--radius); max-width: 40rem; justify-self: center; }
@media (min-width: 60em) {
  .s-hero.v-split .hero-inner { grid-template-columns: 1.1fr 1fr; gap: var(--space-8); }
}
`,
});
