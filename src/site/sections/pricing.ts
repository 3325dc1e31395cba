import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Link, Sample } from '../primitives.ts';
import { LongText, ShortText } from '../text.ts';

const Plan = z.object({
  name: ShortText,
  /** As shown: "$29", "€120", "Free", "From $80". */
  price: ShortText,
  period: ShortText.default(''),
  description: LongText.default(''),
  features: z.array(ShortText).max(20).default([]),
  action: Link.optional(),
  isFeatured: z.boolean().default(false),
  sample: Sample,
});

const WORDING = {
  popular: { en: 'Most popular', es: 'El más elegido', fr: 'Le plus choisi', de: 'Am beliebtesten', pt: 'O mais escolhido', it: 'Il più scelto', nl: 'Meest gekozen' },
  plan: { en: 'Plan', es: 'Plan', fr: 'Formule', de: 'Paket', pt: 'Plano', it: 'Piano', nl: 'Pakket' },
  price: { en: 'Price', es: 'Precio', fr: 'Prix', de: 'Preis', pt: 'Preço', it: 'Prezzo', nl: 'Prijs' },
  included: { en: 'Included', es: 'Incluye', fr: 'Inclus', de: 'Enthalten', pt: 'Inclui', it: 'Incluso', nl: 'Inbegrepen' },
};

const props = z.object({
  variant: z.enum(['cards', 'table']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  plans: z.array(Plan).min(1).max(6),
  note: LongText.default(''),
});

export const pricing = defineSection({
  type: 'pricing',
  label: 'Pricing',
  summary: 'Plans or packages side by side, with prices and what each one includes.',
  description:
    'Plans or packages side by side: name, price as shown ("$29", "From €80"), period ("per month"), a description, a list of what is included, a button, and one plan may be featured. Variants: cards, table. Use it for memberships, packages, subscriptions.',
  props,
  defaults: {
    variant: 'cards',
    heading: 'Simple pricing',
    plans: [
      { name: 'Basic', price: '$29', period: 'per month', features: ['The essentials'], action: { label: 'Choose Basic', href: '#contact' } },
      { name: 'Plus', price: '$59', period: 'per month', features: ['Everything in Basic', 'Priority support'], action: { label: 'Choose Plus', href: '#contact' }, isFeatured: true },
    ],
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'list', path: 'plans', label: 'Plans', itemLabel: 'Plan', fields: [
      { kind: 'text', path: 'name', label: 'Name' },
      { kind: 'text', path: 'price', label: 'Price' },
      { kind: 'text', path: 'period', label: 'Period' },
      { kind: 'textarea', path: 'description', label: 'Description' },
      { kind: 'list', path: 'features', label: 'Included', itemLabel: 'Line', fields: [] },
      { kind: 'text', path: 'action.label', label: 'Button text' },
      { kind: 'href', path: 'action.href', label: 'Button link' },
      { kind: 'boolean', path: 'isFeatured', label: 'Featured' },
    ] },
    { kind: 'textarea', path: 'note', label: 'Note' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const head = html`<div class="section-head is-centered">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>`;
    const note = t(value.note) ? html`<p class="pricing-note muted">${t(value.note)}</p>` : '';
    const badge = html`<p class="plan-badge">${t(WORDING.popular)}</p>`;
    const price = (plan: (typeof value.plans)[number]) =>
      html`<p class="plan-price"><span class="price">${t(plan.price)}</span>${t(plan.period) ? html` <span class="period">${t(plan.period)}</span>` : ''}</p>`;
    const features = (plan: (typeof value.plans)[number]) =>
      plan.features.length > 0 ? html`<ul class="plan-features">${plan.features.map((line) => html`<li>${t(line)}</li>`)}</ul>` : '';
    const hasFeatured = value.plans.some((plan) => plan.isFeatured);
    const action = (plan: (typeof value.plans)[number]) =>
      plan.action && t(plan.action.label) ? html`<a class="${plan.isFeatured || !hasFeatured ? 'button' : 'button button-secondary'}" href="${context.href(plan.action.href)}">${t(plan.action.label)}</a>` : '';
    if (value.variant === 'table') {
      return html`<div class="container">
${head}
<div class="pricing-table-wrap">
<table class="pricing-table">
<thead><tr><th scope="col">${t(WORDING.plan)}</th><th scope="col">${t(WORDING.price)}</th><th scope="col">${t(WORDING.included)}</th><td></td></tr></thead>
<tbody>
${value.plans.map((plan) => html`<tr${plan.isFeatured ? html` class="is-featured"` : ''}>
<th scope="row"><span class="plan-name">${t(plan.name)}</span>${plan.isFeatured ? html` <span class="plan-badge">${t(WORDING.popular)}</span>` : ''}${t(plan.description) ? html`<span class="plan-description">${t(plan.description)}</span>` : ''}</th>
<td>${price(plan)}</td>
<td>${features(plan)}</td>
<td class="plan-action">${action(plan)}</td>
</tr>`)}
</tbody>
</table>
</div>
${note}
</div>`;
    }
    return html`<div class="container">
${head}
<ul class="plan-list">
${value.plans.map((plan) => html`<li class="card plan${plan.isFeatured ? ' is-featured' : ''}">
${plan.isFeatured ? badge : ''}
${context.subheading === 'h2' ? html`<h2 class="plan-name">${t(plan.name)}</h2>` : html`<h3 class="plan-name">${t(plan.name)}</h3>`}
${price(plan)}
${t(plan.description) ? html`<p class="plan-description">${t(plan.description)}</p>` : ''}
${features(plan)}
${action(plan) ? html`<p class="plan-action">${action(plan)}</p>` : ''}
</li>`)}
</ul>
${note}
</div>`;
  },
  css: `
.s-pricing .plan-list { list-style: none; margin: 0 auto; padding: var(--space-3) 0 0; display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); align-items: stretch; max-width: 64rem; }
.s-pricing .plan { max-width: none; display: flex; flex-direction: column; position: relative; }
.s-pricing .plan.is-featured { border: 2px solid var(--color-primary); box-shadow: var(--shadow); }
.s-pricing .plan-badge { display: inline-block; margin: 0; padding: var(--space-1) var(--space-3); border-radius: var(--radius-control); background: var(--color-primary); color: var(--color-on-primary); font-size: var(--step--1); font-weight: 700; line-height: 1.4; }
.s-pricing .plan > .plan-badge { position: absolute; top: 0; left: var(--space-6); transform: translateY(-50%); }
.s-pricing .plan-name { font-size: var(--step-1); line-height: 1.3; margin-bottom: var(--space-3); }
.s-pricing .plan-price { margin: 0 0 var(--space-4); display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--space-2); }
.s-pricing .price { font-family: var(--font-heading); font-size: var(--step-4); font-weight: var(--heading-weight); line-height: 1.1; overflow-wrap: anywhere; }
.s-pricing .period { color: var(--color-muted); }
.s-pricing .plan-description { color: var(--color-muted); }
.s-pricing .plan-features { list-style: none; padding: 0; margin: 0 0 var(--space-5); display: grid; gap: var(--space-2); }
.s-pricing .plan-features li { position: relative; padding-left: 1.75em; }
.s-pricing .plan-features li::before { content: ""; position: absolute; left: 0.2em; top: 0.35em; width: 0.9em; height: 0.5em; border-left: 2px solid var(--color-link); border-bottom: 2px solid var(--color-link); transform: rotate(-45deg); }
.s-pricing .plan-action { margin: auto 0 0; padding-top: var(--space-2); }
.s-pricing .plan-action .button { width: 100%; }
.s-pricing .pricing-note { text-align: center; margin: var(--space-6) auto 0; font-size: var(--step--1); }
.s-pricing .pricing-table-wrap { max-width: 64rem; margin-inline: auto; }
.s-pricing .pricing-table { width: 100%; border-collapse: collapse; }
.s-pricing .pricing-table thead { display: none; }
.s-pricing .pricing-table tr { display: grid; gap: var(--space-3); padding: var(--space-5); margin-bottom: var(--space-4); border: 1px solid var(--color-border); border-radius: var(--radius); background: var(--color-surface); }
.s-pricing .pricing-table tr.is-featured { border: 2px solid var(--color-primary); }
.s-pricing .pricing-table th, .s-pricing .pricing-table td { display: block; padding: 0; text-align: left; }
.s-pricing .pricing-table td:empty { display: none; }
.s-pricing .pricing-table th .plan-name { font-family: var(--font-heading); font-size: var(--step-1); }
.s-pricing .pricing-table th .plan-badge { margin: 0 0 0 var(--space-2); vertical-align: middle; }
.s-pricing .pricing-table .plan-description { display: block; margin-top: var(--space-1); font-weight: 400; }
.s-pricing .pricing-table .plan-price, .s-pricing .pricing-table .plan-features { margin: 0; }
.s-pricing .pricing-table .price { font-size: var(--step-3); }
@media (min-width: 48em) {
  .s-pricing .pricing-table thead { display: table-header-group; }
  .s-pricing .pricing-table tr { display: table-row; padding: 0; margin: 0; border: 0; border-radius: 0; background: none; }
  .s-pricing .pricing-table th, .s-pricing .pricing-table td { display: table-cell; padding: var(--space-5) var(--space-4); border-bottom: 1px solid var(--color-border); vertical-align: top; }
  .s-pricing .pricing-table td:empty { display: table-cell; }
  .s-pricing .pricing-table thead th { padding-block: var(--space-3); font-size: var(--step--1); text-transform: uppercase; letter-spacing: 0.06em; color: var(--color-muted); }
  .s-pricing .pricing-table tr.is-featured { border: 0; }
  .s-pricing .pricing-table tr.is-featured > * { background: var(--color-surface); }
  .s-pricing .pricing-table tr.is-featured > :first-child { box-shadow: inset 4px 0 0 var(--color-primary); }
  .s-pricing .pricing-table .plan-action { text-align: right; }
  .s-pricing .pricing-table .plan-action .button { width: auto; white-space: nowrap; }
}
`,
});
