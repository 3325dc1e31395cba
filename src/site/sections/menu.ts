import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Image, Sample } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Item = z.object({
  name: ShortText,
  description: LongText.default(''),
  /** As shown: "$12", "€4.50", "from $30". */
  price: ShortText.default(''),
  /** Short labels: "vegan", "gluten-free", "new", "bestseller". */
  tags: z.array(z.string().min(1).max(30)).max(6).default([]),
  image: Image.optional(),
  sample: Sample,
});

const Category = z.object({
  name: ShortText,
  description: LongText.default(''),
  items: z.array(Item).min(1).max(60),
});

const props = z.object({
  variant: z.enum(['list', 'cards', 'compact']).default('list'),
  heading: ShortText,
  intro: LongText.default(''),
  categories: z.array(Category).min(1).max(20),
  note: LongText.default(''),
});

export const menu = defineSection({
  type: 'menu',
  label: 'Menu / catalog',
  summary: 'Items with prices in groups, such as a food menu, a product list or a price list.',
  description:
    'Items with prices grouped in categories: a restaurant or cafe menu, a product catalog, a price list of treatments or classes. Each item has a name, a description, a price as shown ("$12", "from €30") and short tags ("vegan", "new"). Variants: list (name … price rows), cards (with images), compact (dense two columns).',
  props,
  defaults: {
    variant: 'list',
    heading: 'Menu',
    categories: [
      { name: 'Favourites', items: [
        { name: 'House special', description: 'What we are known for.', price: '$12' },
        { name: 'Seasonal pick', description: 'Changes with the season.', price: '$10' },
      ] },
    ],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'categories', label: 'Categories', itemLabel: 'Category', fields: [
      { kind: 'text', path: 'name', label: 'Name' },
      { kind: 'textarea', path: 'description', label: 'Description' },
      { kind: 'list', path: 'items', label: 'Items', itemLabel: 'Item', fields: [
        { kind: 'text', path: 'name', label: 'Name' },
        { kind: 'textarea', path: 'description', label: 'Description' },
        { kind: 'text', path: 'price', label: 'Price' },
        { kind: 'image', path: 'image', label: 'Image' },
      ] },
    ] },
    { kind: 'textarea', path: 'note', label: 'Note (allergens, prices include tax…)' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const categories = value.categories.map((category, categoryIndex) => {
      const name = t(category.name);
      const categoryTitle = context.subheading === 'h2' ? html`<h2 class="menu-category-title">${name}</h2>` : html`<h3 class="menu-category-title">${name}</h3>`;
      const items = category.items.map((item, itemIndex) => {
        const itemName = t(item.name);
        const price = t(item.price);
        const media =
          value.variant !== 'cards'
            ? ''
            : item.image
              ? context.image(item.image, { sizes: '(min-width: 60rem) 33vw, 100vw', isEager: context.isFirst })
              : context.placeholderArt(`${context.sectionId}_${categoryIndex}_${itemIndex}`, itemName, 'wide');
        return html`<li class="menu-item">
${media ? html`<div class="menu-item-media">${media}</div>` : ''}
<div class="menu-item-body">
<p class="menu-item-row"><span class="menu-item-name">${itemName}</span>${price ? html` <span class="menu-item-leader" aria-hidden="true"></span> <span class="price">${price}</span>` : ''}</p>
${t(item.description) ? html`<p class="menu-item-description">${t(item.description)}</p>` : ''}
${item.tags.length > 0 ? html`<ul class="menu-tags">${item.tags.map((tag) => html`<li class="menu-tag">${t(tag)}</li>`)}</ul>` : ''}
</div>
</li>`;
      });
      return html`<div class="menu-category">
<div class="menu-category-head">
${categoryTitle}
${t(category.description) ? html`<p class="menu-category-description">${t(category.description)}</p>` : ''}
</div>
<ul class="menu-items">
${items}
</ul>
</div>`;
    });
    return html`<div class="container">
<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
<div class="menu-categories">
${categories}
</div>
${t(value.note) ? html`<p class="menu-note muted">${t(value.note)}</p>` : ''}
</div>`;
  },
  css: `
.s-menu .menu-categories { display: grid; gap: var(--space-8); }
.s-menu .menu-category-head { margin-bottom: var(--space-5); padding-bottom: var(--space-3); border-bottom: 2px solid var(--color-primary); }
.s-menu .menu-category-title { font-size: var(--step-3); margin-bottom: 0; }
.s-menu .menu-category-description { color: var(--color-muted); margin: var(--space-2) 0 0; }
.s-menu .menu-items { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-5); }
.s-menu .menu-item { max-width: none; min-width: 0; }
.s-menu .menu-item-body > :last-child { margin-bottom: 0; }
.s-menu .menu-item-row { display: flex; align-items: baseline; gap: var(--space-2); margin: 0 0 var(--space-1); max-width: none; font-weight: 600; font-size: var(--step-1); line-height: 1.35; }
.s-menu .menu-item-name { min-width: 0; overflow-wrap: break-word; }
.s-menu .menu-item-leader { flex: 1 1 1.5rem; min-width: 1rem; border-bottom: 2px dotted var(--color-border); transform: translateY(-0.3em); }
.s-menu .price { flex: none; font-variant-numeric: tabular-nums; white-space: nowrap; color: var(--color-link); }
.s-menu .menu-item-description { color: var(--color-muted); margin: 0 0 var(--space-2); }
.s-menu .menu-tags { list-style: none; margin: var(--space-2) 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: var(--space-2); }
.s-menu .menu-tag { font-size: var(--step--1); line-height: 1.3; padding: 0.15em 0.7em; border: 1px solid var(--color-border); border-radius: 999px; color: var(--color-muted); background: var(--color-background); }
.s-menu .menu-note { margin: var(--space-7) 0 0; font-size: var(--step--1); }
.s-menu.v-cards .menu-items { grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); }
.s-menu.v-cards .menu-item { display: flex; flex-direction: column; background: var(--color-surface); border: 1px solid var(--color-border); border-radius: var(--radius); overflow: hidden; }
.s-menu.v-cards .menu-item-media > * { width: 100%; height: auto; aspect-ratio: 3 / 2; object-fit: cover; border-radius: 0; }
.s-menu.v-cards .menu-item-body { padding: var(--space-5); }
.s-menu.v-compact .menu-items { gap: var(--space-3); }
.s-menu.v-compact .menu-item-row { font-size: var(--step-0); }
.s-menu.v-compact .menu-item-description { font-size: var(--step--1); margin-bottom: var(--space-1); }
.s-menu.v-compact .menu-category-title { font-size: var(--step-1); }
.s-menu.v-compact .menu-categories { gap: var(--space-7); }
@media (min-width: 48em) {
  .s-menu.v-list .menu-items { grid-template-columns: 1fr 1fr; gap: var(--space-6) var(--space-8); }
  .s-menu.v-compact .menu-categories { grid-template-columns: 1fr 1fr; gap: var(--space-7) var(--space-8); align-items: start; }
}
`,
});
