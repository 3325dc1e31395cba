import { z } from 'zod';
import { html } from '../../render/html.ts';
import { defineSection } from '../section-definition.ts';
import { Image } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Member = z.object({
  name: z.string().min(1).max(100),
  role: ShortText.default(''),
  bio: LongText.default(''),
  photo: Image.optional(),
});

const props = z.object({
  variant: z.enum(['grid', 'list']).default('grid'),
  heading: ShortText,
  intro: LongText.default(''),
  members: z.array(Member).min(1).max(40),
});

export const team = defineSection({
  type: 'team',
  label: 'Team',
  description:
    'The people behind the business: name, role, a short bio and an optional photo (initials art is shown until a photo is added). Variants: grid (cards), list (rows with longer bios). Use it on the About page.',
  props,
  defaults: {
    variant: 'grid',
    heading: 'Meet the team',
    members: [
      { name: 'Alex Morgan', role: 'Founder', bio: 'Started the business to do things properly.' },
      { name: 'Sam Rivera', role: 'Lead', bio: 'Makes sure every customer leaves happy.' },
    ],
  },
  variants: ['grid', 'list'],
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout', options: ['grid', 'list'] },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'members', label: 'People', itemLabel: 'Person', fields: [
      { kind: 'text', path: 'name', label: 'Name' },
      { kind: 'text', path: 'role', label: 'Role' },
      { kind: 'textarea', path: 'bio', label: 'Bio' },
      { kind: 'image', path: 'photo', label: 'Photo' },
    ] },
  ],
  heading: (value) => value.heading,
  render: () => html``,
  css: ``,
});
