import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { Image } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Item = z.object({
  caption: ShortText.default(''),
  /** Absent until the person adds a photo: generated art labelled with the caption is shown. */
  image: Image.optional(),
});

const props = z.object({
  variant: z.enum(['grid', 'masonry', 'carousel']).default('grid'),
  heading: ShortText,
  intro: LongText.default(''),
  items: z.array(Item).min(1).max(48),
});

export const gallery = defineSection({
  type: 'gallery',
  label: 'Gallery',
  description:
    'A set of photos with optional captions: work samples, the space, products, events. Until photos are added each item shows generated art labelled with its caption. Variants: grid, masonry, carousel (horizontal scroll, no JavaScript).',
  props,
  defaults: {
    variant: 'grid',
    heading: 'Gallery',
    items: [{ caption: 'Our space' }, { caption: 'Our work' }, { caption: 'Our people' }],
  },
  variants: ['grid', 'masonry', 'carousel'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['grid', 'masonry', 'carousel'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'items', label: 'Photos', itemLabel: 'Photo', fields: [
      { kind: 'image', path: 'image', label: 'Photo' },
      { kind: 'text', path: 'caption', label: 'Caption' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
