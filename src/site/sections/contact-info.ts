import { z } from 'zod';
import { html, icon, type IconName, phoneHref, type SafeHtml } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { addressLines, SOCIAL_LABELS, socialLinks } from '../business.ts';
import { LongText, ShortText } from '../text.ts';

const WORDING = {
  phone: { en: 'Phone', es: 'Teléfono', fr: 'Téléphone', de: 'Telefon', pt: 'Telefone', it: 'Telefono', nl: 'Telefoon' },
  email: { en: 'Email', es: 'Correo electrónico', fr: 'E-mail', de: 'E-Mail', pt: 'E-mail', it: 'E-mail', nl: 'E-mail' },
  address: { en: 'Address', es: 'Dirección', fr: 'Adresse', de: 'Adresse', pt: 'Endereço', it: 'Indirizzo', nl: 'Adres' },
  socials: { en: 'Follow us', es: 'Síguenos', fr: 'Suivez-nous', de: 'Folgen Sie uns', pt: 'Siga-nos', it: 'Seguici', nl: 'Volg ons' },
};

const props = z.object({
  variant: z.enum(['cards', 'list']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  showPhone: z.boolean().default(true),
  showEmail: z.boolean().default(true),
  showAddress: z.boolean().default(true),
  showSocials: z.boolean().default(true),
});

export const contactInfo = defineSection({
  type: 'contactInfo',
  label: 'Contact details',
  summary: 'Your phone number, email, address and social links, so visitors can reach you in one tap.',
  description:
    "The business's phone, email, address and social links, taken from the site's business details (edit those, not this section, to change a number). Phone and email become tap-to-call and mail links. Variants: cards, list.",
  props,
  defaults: { variant: 'cards', heading: 'Get in touch' },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'boolean', path: 'showPhone', label: 'Show phone' },
    { kind: 'boolean', path: 'showEmail', label: 'Show email' },
    { kind: 'boolean', path: 'showAddress', label: 'Show address' },
    { kind: 'boolean', path: 'showSocials', label: 'Show social links' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t, business } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const lines = addressLines(business.address, context.locale);
    const socials = socialLinks(business);
    const entries: { icon: IconName; label: string; content: SafeHtml }[] = [];
    if (value.showPhone && business.phone.trim() !== '') {
      entries.push({ icon: 'phone', label: t(WORDING.phone), content: html`<a class="contact-link" href="${context.href(phoneHref(business.phone))}">${business.phone}</a>` });
    }
    if (value.showEmail && business.email !== '') {
      entries.push({ icon: 'mail', label: t(WORDING.email), content: html`<a class="contact-link" href="${context.href(`mailto:${business.email}`)}">${business.email}</a>` });
    }
    if (value.showAddress && lines.length > 0) {
      entries.push({ icon: 'pin', label: t(WORDING.address), content: html`<address>${lines.map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}</address>` });
    }
    if (value.showSocials && socials.length > 0) {
      entries.push({
        icon: 'share',
        label: t(WORDING.socials),
        content: html`<ul class="socials">${socials.map(([network, url]) => html`<li><a href="${context.href(url)}" rel="me">${t(SOCIAL_LABELS[network] ?? network)}</a></li>`)}</ul>`,
      });
    }
    const body =
      entries.length === 0
        ? ''
        : value.variant === 'list'
          ? html`<dl class="contact-list">
${entries.map((entry) => html`<div class="contact-row"><dt><span class="contact-icon">${icon(entry.icon)}</span>${entry.label}</dt><dd>${entry.content}</dd></div>`)}
</dl>`
          : html`<ul class="contact-cards">
${entries.map((entry) => html`<li class="card contact-card"><span class="contact-icon">${icon(entry.icon)}</span>${context.subheading === 'h2' ? html`<h2 class="contact-label">${entry.label}</h2>` : html`<h3 class="contact-label">${entry.label}</h3>`}<div class="contact-value">${entry.content}</div></li>`)}
</ul>`;
    return html`<div class="container">
<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
${body}
</div>`;
  },
  css: `
.s-contactInfo address { font-style: normal; }
.s-contactInfo .contact-icon { display: inline-grid; place-items: center; width: 2.75rem; height: 2.75rem; border-radius: var(--radius-control); border: 1px solid var(--color-border); background: var(--color-background); color: var(--color-link); flex: none; }
.s-contactInfo .contact-link { display: inline-flex; align-items: center; min-height: 2.75rem; font-weight: 600; overflow-wrap: anywhere; }
.s-contactInfo .contact-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); }
.s-contactInfo .contact-card { max-width: none; display: flex; flex-direction: column; gap: var(--space-3); }
.s-contactInfo .contact-label { font-size: var(--step-1); margin: var(--space-2) 0 0; }
.s-contactInfo .contact-value { min-width: 0; }
.s-contactInfo .contact-value > :last-child { margin-bottom: 0; }
.s-contactInfo .contact-list { margin: 0; max-width: 48rem; border-top: 1px solid var(--color-border); }
.s-contactInfo .contact-row { display: grid; gap: var(--space-2); padding-block: var(--space-4); border-bottom: 1px solid var(--color-border); }
.s-contactInfo .contact-list dt { display: flex; align-items: center; gap: var(--space-3); font-weight: 600; }
.s-contactInfo .contact-list dd { margin: 0; min-width: 0; }
@media (min-width: 40em) {
  .s-contactInfo .contact-row { grid-template-columns: 14rem 1fr; align-items: center; gap: var(--space-5); }
}
`,
});
