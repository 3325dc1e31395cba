import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { Image } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Item = z.object({
  name: ShortText,
  description: LongText.default(''),
  /** As shown: "$12", "€4.50", "from $30". */
  price: ShortText.default(''),
  /** Short labels: "vegan", "gluten-free", "new", "bestseller". */
  tags: z.array(z.string().min(1).max(30)).max(6).default([]),
  image: Image.optional(),
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
  variants: ['list', 'cards', 'compact'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['list', 'cards', 'compact'] },
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
  render: () => html``,
  css: ``,
});
