import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['cards', 'list']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  /** How many of the newest posts to list. */
  limit: z.number().int().min(1).max(50).default(6),
  emptyText: ShortText.default('New posts are on their way.'),
});

export const blogList = defineSection({
  type: 'blogList',
  label: 'Blog posts',
  description:
    'Lists the newest blog posts of the site: every page whose kind is "post", newest date first, with title, date and excerpt. The posts themselves are pages; this section only lists them. Variants: cards, list.',
  props,
  defaults: { variant: 'cards', heading: 'From the blog', limit: 6 },
  variants: ['cards', 'list'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['cards', 'list'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'number', path: 'limit', label: 'Posts shown' },
    { kind: 'text', path: 'emptyText', label: 'Text when there are no posts' },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
