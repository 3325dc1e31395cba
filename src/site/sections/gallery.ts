import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Image } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Item = z.object({
  caption: ShortText.default(''),
  /** Absent until the person adds a photo: generated art labelled with the caption is shown. */
  image: Image.optional(),
});

const WORDING = {
  scroll: { en: 'scroll sideways for more', es: 'desliza para ver más', fr: 'faites défiler pour voir plus', de: 'seitlich scrollen für mehr', pt: 'deslize para ver mais', it: 'scorri per vedere altro', nl: 'scroll opzij voor meer' },
};

const props = z.object({
  variant: z.enum(['grid', 'masonry', 'carousel']).default('grid'),
  heading: ShortText,
  intro: LongText.default(''),
  items: z.array(Item).min(1).max(48),
});

export const gallery = defineSection({
  type: 'gallery',
  label: 'Gallery',
  summary: 'A set of photos of your work, your space or your products, with optional captions.',
  description:
    'A set of photos with optional captions: work samples, the space, products, events. Until photos are added each item shows generated art labelled with its caption. Variants: grid, masonry, carousel (horizontal scroll, no JavaScript).',
  props,
  defaults: {
    variant: 'grid',
    heading: 'Gallery',
    items: [{ caption: 'Our space' }, { caption: 'Our work' }, { caption: 'Our people' }],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'items', label: 'Photos', itemLabel: 'Photo', fields: [
      { kind: 'image', path: 'image', label: 'Photo' },
      { kind: 'text', path: 'caption', label: 'Caption' },
    ] },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const ratio = value.variant === 'masonry' ? (['portrait', 'wide', 'square'] as const) : (['wide'] as const);
    const items = value.items.map((item, index) => {
      const caption = t(item.caption);
      const media = item.image
        ? context.image(item.image, { sizes: '(min-width: 60rem) 33vw, (min-width: 40rem) 50vw, 100vw', isEager: context.isFirst && index < 3 })
        : context.placeholderArt(`${context.sectionId}_${index}`, caption || title, ratio[index % ratio.length]);
      return html`<li class="gallery-item"><figure>${media}${caption ? html`<figcaption>${caption}</figcaption>` : ''}</figure></li>`;
    });
    const list = html`<ul class="gallery-list">
${items}
</ul>`;
    return html`<div class="container">
<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
${value.variant === 'carousel' ? html`<div class="gallery-track" role="region" tabindex="0" aria-label="${title ? `${title} (${t(WORDING.scroll)})` : t(WORDING.scroll)}">${list}</div>` : list}
</div>`;
  },
  css: `
.s-gallery .gallery-list { list-style: none; margin: 0; padding: 0; }
.s-gallery .gallery-item { max-width: none; }
.s-gallery figure { margin: 0; }
.s-gallery figure img, .s-gallery figure > svg { width: 100%; height: auto; border-radius: var(--radius); }
.s-gallery figcaption { margin-top: var(--space-3); font-size: var(--step--1); color: var(--color-muted); }
.s-gallery.v-grid .gallery-list { display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); }
.s-gallery.v-grid figure img, .s-gallery.v-grid figure > svg, .s-gallery.v-carousel figure img, .s-gallery.v-carousel figure > svg { aspect-ratio: 3 / 2; object-fit: cover; }
.s-gallery.v-masonry .gallery-list { columns: 15rem 3; column-gap: var(--space-5); }
.s-gallery.v-masonry .gallery-item { break-inside: avoid; margin-bottom: var(--space-5); }
.s-gallery .gallery-track { overflow-x: auto; overscroll-behavior-x: contain; scroll-snap-type: x mandatory; scroll-padding-inline: 0; padding-bottom: var(--space-4); border-radius: var(--radius); scrollbar-color: var(--color-border) transparent; }
.s-gallery .gallery-track:focus-visible { outline-offset: 4px; }
.s-gallery.v-carousel .gallery-list { display: grid; grid-auto-flow: column; grid-auto-columns: 82%; gap: var(--space-4); }
.s-gallery.v-carousel .gallery-item { scroll-snap-align: start; }
@media (min-width: 40em) {
  .s-gallery.v-carousel .gallery-list { grid-auto-columns: 46%; gap: var(--space-5); }
}
@media (min-width: 64em) {
  .s-gallery.v-carousel .gallery-list { grid-auto-columns: calc((100% - 2 * var(--space-5)) / 3.15); }
}
@media (prefers-reduced-motion: no-preference) {
  .s-gallery .gallery-track { scroll-behavior: smooth; }
}
`,
});
