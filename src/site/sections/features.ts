import { z } from 'zod';
import { html, icon } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Href, Image, Sample } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Feature = z.object({
  title: ShortText,
  text: LongText.default(''),
  /** A short price or detail line, e.g. "from $40". */
  detail: ShortText.default(''),
  icon: z.enum(['star', 'heart', 'leaf', 'check', 'bolt', 'shield', 'clock', 'chat', 'tool', 'sparkle', 'home', 'chart']).default('check'),
  href: Href.optional(),
  image: Image.optional(),
  sample: Sample,
});

const props = z.object({
  variant: z.enum(['cards', 'list', 'alternating']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  items: z.array(Feature).min(1).max(24),
});

export const features = defineSection({
  type: 'features',
  label: 'Services / features',
  summary: 'Your services, products or reasons to choose you, each with a short description.',
  description:
    'A grid or list of the services, products or benefits the business offers: each item has a title, a sentence or two, an optional detail line (price, duration) and an icon. Variants: cards (grid), list (compact rows), alternating (image and text rows). Use it for "Our services", "What we offer", "Why choose us".',
  props,
  defaults: {
    variant: 'cards',
    heading: 'What we offer',
    items: [
      { title: 'First service', text: 'What it is and who it is for.', icon: 'star' },
      { title: 'Second service', text: 'What it is and who it is for.', icon: 'heart' },
      { title: 'Third service', text: 'What it is and who it is for.', icon: 'check' },
    ],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    {
      kind: 'list', path: 'items', label: 'Items', itemLabel: 'Item',
      fields: [
        { kind: 'text', path: 'title', label: 'Title' },
        { kind: 'textarea', path: 'text', label: 'Text' },
        { kind: 'text', path: 'detail', label: 'Detail (price, duration)' },
        { kind: 'select', path: 'icon', label: 'Icon' },
        { kind: 'href', path: 'href', label: 'Link' },
        { kind: 'image', path: 'image', label: 'Image' },
      ],
    },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const items = value.items.map((item, index) => {
      const name = t(item.title);
      const label = item.href ? html`<a class="feature-link" href="${context.href(item.href)}">${name}</a>` : name;
      const itemTitle = context.subheading === 'h2' ? html`<h2 class="feature-title">${label}</h2>` : html`<h3 class="feature-title">${label}</h3>`;
      const text = t(item.text) ? html`<p class="feature-text">${t(item.text)}</p>` : '';
      const detail = t(item.detail) ? html`<p class="feature-detail">${t(item.detail)}</p>` : '';
      const badge = html`<span class="feature-icon">${icon(item.icon)}</span>`;
      const image = item.image
        ? context.image(item.image, { sizes: '(min-width: 60rem) 33vw, 100vw', isEager: context.isFirst })
        : undefined;
      if (value.variant === 'alternating') {
        const media = image ?? context.placeholderArt(`${context.sectionId}_${index}`, name, 'wide');
        return html`<li class="feature">
<div class="feature-media">${media}</div>
<div class="feature-copy">${badge}${itemTitle}${text}${detail}</div>
</li>`;
      }
      if (value.variant === 'list') {
        return html`<li class="feature">${badge}<div class="feature-copy">${itemTitle}${text}</div>${detail}</li>`;
      }
      return html`<li class="card feature${item.href ? ' has-link' : ''}">${image ? html`<div class="feature-media">${image}</div>` : badge}${itemTitle}${text}${detail}</li>`;
    });
    return html`<div class="container">
<div class="section-head${value.variant === 'cards' ? ' is-centered' : ''}">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
<ul class="${value.items.length === 2 || value.items.length === 4 ? 'feature-items is-pairs' : 'feature-items'}">
${items}
</ul>
</div>`;
  },
  css: `
.s-features .feature-items { list-style: none; margin: 0; padding: 0; }
.s-features .feature-items > li { max-width: none; }
.s-features .feature-title { font-size: var(--step-1); line-height: 1.3; margin-bottom: var(--space-2); }
.s-features .feature-text { color: var(--color-muted); margin-bottom: var(--space-3); }
.s-features .feature-detail { font-weight: 600; color: var(--color-link); margin: 0; }
.s-features .feature-icon { display: inline-grid; place-items: center; width: 3rem; height: 3rem; margin-bottom: var(--space-4); border-radius: var(--radius-control); color: var(--color-link); background: var(--color-background); background: color-mix(in srgb, var(--color-primary) 12%, var(--color-background)); }
.s-features .feature-link { color: var(--color-link); text-decoration: none; }
.s-features .feature-link:hover { text-decoration: underline; }
.s-features .feature { position: relative; }
.s-features .feature-copy { min-width: 0; }
.s-features .feature-copy > :last-child { margin-bottom: 0; }
.s-features .feature-link::after { content: ""; position: absolute; inset: 0; border-radius: var(--radius); }
.s-features.v-cards .feature-items { display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); }
.s-features.v-cards .feature { display: flex; flex-direction: column; overflow: hidden; }
.s-features.v-cards .feature-detail { margin-top: auto; padding-top: var(--space-2); }
.s-features.v-cards .feature-media { margin: calc(-1 * var(--space-6)) calc(-1 * var(--space-6)) var(--space-5); }
.s-features.v-cards .feature-media img { width: 100%; aspect-ratio: 3 / 2; object-fit: cover; }
.s-features.v-cards .has-link { transition: border-color .15s ease, box-shadow .15s ease; }
.s-features.v-cards .has-link:hover { border-color: var(--color-link); box-shadow: var(--shadow); }
.s-features.v-list .feature-items { display: grid; column-gap: var(--space-8); border-top: 1px solid var(--color-border); }
.s-features.v-list .feature { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: var(--space-4); align-items: start; padding-block: var(--space-5); border-bottom: 1px solid var(--color-border); }
.s-features.v-list .feature-icon { margin: 0; width: 2.75rem; height: 2.75rem; }
.s-features.v-list .feature-detail { grid-column: 2; margin-top: var(--space-2); }
.s-features.v-alternating .feature-items { display: grid; gap: var(--space-8); }
.s-features.v-alternating .feature { display: grid; gap: var(--space-5); align-items: center; }
.s-features.v-alternating .feature-media > * { width: 100%; height: auto; aspect-ratio: 3 / 2; object-fit: cover; border-radius: var(--radius); }
.s-features.v-alternating .feature-title { font-size: var(--step-3); }
.s-features.v-alternating .feature-text { font-size: var(--step-1); line-height: 1.55; }
@media (min-width: 48em) {
  .s-features.v-list .feature-items { grid-template-columns: 1fr 1fr; border-top: 0; }
  .s-features.v-cards .feature-items.is-pairs { grid-template-columns: 1fr 1fr; }
  .s-features.v-list .feature { grid-template-columns: auto minmax(0, 1fr) auto; }
  .s-features.v-list .feature:nth-child(-n+2) { border-top: 1px solid var(--color-border); }
  .s-features.v-list .feature-detail { grid-column: 3; grid-row: 1; margin: 0; text-align: right; padding-top: var(--space-1); }
  .s-features.v-alternating .feature { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--space-8); }
  .s-features.v-alternating .feature:nth-child(even) .feature-media { order: 2; }
}
`,
});
