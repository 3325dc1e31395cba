import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Href, Image } from '../primitives.ts';
import { ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['row', 'grid']).default('row'),
  heading: ShortText.default(''),
  items: z.array(z.object({ name: z.string().min(1).max(100), logo: Image.optional(), href: Href.optional() })).min(1).max(24),
});

export const logos = defineSection({
  type: 'logos',
  label: 'Logos',
  summary: 'Names or logos of clients, partners or press that have featured you.',
  description:
    'Names or logos of clients, partners, press or certifications ("As featured in", "Trusted by"). Items without a logo image show the name as a wordmark. Variants: row, grid. The heading is optional.',
  props,
  defaults: {
    variant: 'row',
    heading: 'Trusted by',
    items: [{ name: 'Northwind' }, { name: 'Contoso' }, { name: 'Fabrikam' }, { name: 'Tailspin' }],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'list', path: 'items', label: 'Logos', itemLabel: 'Logo', fields: [
      { kind: 'text', path: 'name', label: 'Name' },
      { kind: 'image', path: 'logo', label: 'Logo' },
      { kind: 'href', path: 'href', label: 'Link' },
    ] },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = title === '' ? '' : context.heading === 'h1' ? html`<h1 class="logos-title">${title}</h1>` : html`<h2 class="logos-title">${title}</h2>`;
    const items = value.items.map((item) => {
      const mark = item.logo
        ? context.image(item.logo, { sizes: '12rem', fallbackAlt: t(item.name), isEager: context.isFirst })
        : html`<span class="wordmark">${t(item.name)}</span>`;
      return html`<li class="logo">${item.href ? html`<a class="logo-link" href="${context.href(item.href)}">${mark}</a>` : mark}</li>`;
    });
    return html`<div class="container">
${heading}
<ul class="logo-list">
${items}
</ul>
</div>`;
  },
  css: `
.s-logos { padding-block: calc(var(--space-section) * 0.65); }
.s-logos .logos-title { font-family: inherit; font-size: var(--step--1); font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--color-muted); text-align: center; margin-bottom: var(--space-6); }
.s-logos .logo-list { list-style: none; margin: 0; padding: 0; }
.s-logos .logo { max-width: none; display: flex; align-items: center; justify-content: center; min-width: 0; }
.s-logos .logo img { width: auto; max-width: 100%; height: 2.5rem; object-fit: contain; filter: grayscale(1); opacity: 0.8; transition: filter .2s ease, opacity .2s ease; }
.s-logos .logo-link { display: inline-flex; align-items: center; justify-content: center; min-height: 2.75rem; max-width: 100%; color: inherit; text-decoration: none; border-radius: var(--radius-control); }
.s-logos .logo-link:hover img { filter: none; opacity: 1; }
.s-logos .logo-link:hover .wordmark { color: var(--color-link); }
.s-logos .wordmark { font-family: var(--font-heading); font-weight: var(--heading-weight); font-size: var(--step-2); line-height: 1.2; letter-spacing: -0.01em; color: var(--color-muted); text-align: center; overflow-wrap: anywhere; }
.s-logos.v-row .logo-list { display: flex; flex-wrap: wrap; justify-content: center; align-items: center; gap: var(--space-5) var(--space-7); }
.s-logos.v-grid .logo-list { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: var(--space-4); }
.s-logos.v-grid .logo { min-height: 6rem; padding: var(--space-4); background: var(--color-surface); border: 1px solid var(--color-border); border-radius: var(--radius); }
@media (min-width: 40em) {
  .s-logos.v-grid .logo-list { grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); }
}
`,
});
