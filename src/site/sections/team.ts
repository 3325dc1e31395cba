import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Image, Sample } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Member = z.object({
  name: z.string().min(1).max(100),
  role: ShortText.default(''),
  bio: LongText.default(''),
  photo: Image.optional(),
  sample: Sample,
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
  summary: 'The people behind your business, with their roles, a short bio and a photo.',
  description:
    'The people behind the business: name, role, a short bio and an optional photo (a drawn figure is shown until a photo is added). Variants: grid (cards), list (rows with longer bios). Use it on the About page.',
  props,
  defaults: {
    variant: 'grid',
    heading: 'Meet the team',
    members: [
      { name: 'Alex Morgan', role: 'Founder', bio: 'Started the business to do things properly.' },
      { name: 'Sam Rivera', role: 'Lead', bio: 'Makes sure every customer leaves happy.' },
    ],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
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
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const members = value.members.map((member, index) => {
      const photo = member.photo
        ? context.image(member.photo, { sizes: '(min-width: 60rem) 25vw, 50vw', isEager: context.isFirst })
        : context.placeholderArt(`${context.sectionId}_${index}`, t(member.name), 'square', { subject: 'person' });
      const name = context.subheading === 'h2' ? html`<h2 class="member-name">${t(member.name)}</h2>` : html`<h3 class="member-name">${t(member.name)}</h3>`;
      return html`<li class="member">
<div class="member-photo">${photo}</div>
<div class="member-copy">
${name}
${t(member.role) ? html`<p class="member-role">${t(member.role)}</p>` : ''}
${t(member.bio) ? html`<p class="member-bio">${t(member.bio)}</p>` : ''}
</div>
</li>`;
    });
    return html`<div class="container">
<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
<ul class="member-list">
${members}
</ul>
</div>`;
  },
  css: `
.s-team .member-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-6); }
.s-team .member { max-width: none; }
.s-team .member-photo > * { width: 100%; height: auto; aspect-ratio: 1; object-fit: cover; border-radius: var(--radius); }
.s-team .member-name { font-size: var(--step-1); line-height: 1.3; margin-bottom: var(--space-1); }
.s-team .member-role { font-size: var(--step--1); font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--color-link); margin-bottom: var(--space-3); }
.s-team .member-bio { color: var(--color-muted); margin: 0; }
.s-team.v-grid .member-list { grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: var(--space-7) var(--space-5); }
.s-team.v-grid .member-photo { margin-bottom: var(--space-4); }
.s-team.v-list .member-list { max-width: 56rem; gap: 0; border-top: 1px solid var(--color-border); }
.s-team.v-list .member { display: grid; grid-template-columns: 5rem 1fr; gap: var(--space-5); align-items: start; padding-block: var(--space-6); border-bottom: 1px solid var(--color-border); }
@media (min-width: 40em) {
  .s-team.v-list .member { grid-template-columns: 9rem 1fr; gap: var(--space-6); }
}
`,
});
