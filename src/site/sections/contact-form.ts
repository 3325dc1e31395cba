import { z } from 'zod';
import { attr, html, type SafeHtml } from '../../markup/index.ts';
import { Href } from '../primitives.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';

const Field = z.object({
  /** The form field's name in submissions: letters, digits, underscores. */
  name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and underscores, starting with a letter'),
  label: ShortText,
  kind: z.enum(['text', 'email', 'tel', 'textarea', 'date', 'number', 'select']).default('text'),
  required: z.boolean().default(false),
  options: z.array(ShortText).max(30).default([]),
});

/** Fixed wording of the form itself, in the languages we ship; `t` picks the page's locale. */
const WORDING = {
  optional: { en: 'optional', es: 'opcional', fr: 'facultatif', de: 'optional', pt: 'opcional', it: 'facoltativo', nl: 'optioneel' },
  choose: { en: 'Choose…', es: 'Elige…', fr: 'Choisir…', de: 'Bitte wählen…', pt: 'Escolha…', it: 'Scegli…', nl: 'Kies…' },
  honeypot: { en: 'Leave this empty', es: 'Deja esto vacío', fr: 'Laissez ce champ vide', de: 'Dieses Feld leer lassen', pt: 'Deixe isto em branco', it: 'Lascia vuoto', nl: 'Laat dit leeg' },
};

/** The browser's autofill hint for fields whose purpose is clear from their kind or name. */
function autocompleteFor(field: { name: string; kind: string }): string | undefined {
  if (field.kind === 'email') return 'email';
  if (field.kind === 'tel') return 'tel';
  if (field.kind !== 'text') return undefined;
  const hints: Record<string, string> = {
    name: 'name', full_name: 'name', fullname: 'name', your_name: 'name', first_name: 'given-name', last_name: 'family-name',
    company: 'organization', organization: 'organization', organisation: 'organization', phone: 'tel', telephone: 'tel',
    email: 'email', address: 'address-line1', street: 'address-line1', city: 'address-level2', postcode: 'postal-code',
    postal_code: 'postal-code', zip: 'postal-code', zip_code: 'postal-code', country: 'country-name', website: 'url',
  };
  return hints[field.name];
}

const props = z.object({
  variant: z.enum(['stacked', 'split']).default('stacked'),
  heading: ShortText,
  intro: LongText.default(''),
  fields: z.array(Field).min(1).max(20),
  submitLabel: ShortText.default('Send'),
  /** Shown on the thank-you page after a visitor submits. */
  successMessage: LongText.default('Thank you — we received your message and will reply soon.'),
  /**
   * Where a visitor's browser goes after sending: a page of this site (`page:<id>`) or a path on it. Unset: the
   * site's `/thanks/` page (its own page there, else PageHub's thank-you page in the site's style).
   */
  thanksPage: Href.optional(),
});

export const contactForm = defineSection({
  type: 'contactForm',
  label: 'Contact form',
  isClosing: true,
  summary: 'A form visitors fill in to ask a question, book or request a quote; you receive what they send.',
  description:
    'A form visitors fill in to reach the business (enquiries, bookings, quotes). Each field has a name, a label, a kind (text, email, tel, textarea, date, number, select) and whether it is required. Submissions are stored for the site members. Variants: stacked (form alone), split (intro text beside the form). Put it on the contact page. Optional thanksPage: a page:<id> link to the page visitors see after sending (else a thank-you page in the site\'s style).',
  props,
  defaults: {
    variant: 'split',
    heading: 'Send us a message',
    intro: 'We usually reply within one business day.',
    fields: [
      { name: 'name', label: 'Your name', kind: 'text', required: true },
      { name: 'email', label: 'Email', kind: 'email', required: true },
      { name: 'message', label: 'Message', kind: 'textarea', required: true },
    ],
    submitLabel: 'Send message',
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    {
      kind: 'list', path: 'fields', label: 'Fields', itemLabel: 'Field',
      fields: [
        { kind: 'text', path: 'label', label: 'Label' },
        { kind: 'select', path: 'kind', label: 'Kind' },
        { kind: 'boolean', path: 'required', label: 'Required' },
      ],
    },
    { kind: 'text', path: 'submitLabel', label: 'Button text' },
    { kind: 'textarea', path: 'successMessage', label: 'Thank-you message' },
    { kind: 'href', path: 'thanksPage', label: 'After sending, show this page' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    // `__` cannot occur in section ids and field names start with a letter, so these ids never collide with
    // another element's; a name used twice in one form gets its position appended.
    const fields = value.fields.map((field, index) => {
      const isRepeated = value.fields.findIndex((other) => other.name === field.name) !== index;
      const id = `${context.sectionId}__${field.name}${isRepeated ? `-${index}` : ''}`;
      const label = html`<label for="${id}">${t(field.label)}${field.required ? '' : html` <span class="field-optional">(${t(WORDING.optional)})</span>`}</label>`;
      const required = field.required ? html` required` : '';
      const autocomplete = attr('autocomplete', autocompleteFor(field));
      let control: SafeHtml;
      if (field.kind === 'textarea') {
        control = html`<textarea id="${id}" name="${field.name}" rows="5"${required}></textarea>`;
      } else if (field.kind === 'select') {
        control = html`<select id="${id}" name="${field.name}"${required}>
<option value="">${t(WORDING.choose)}</option>
${field.options.map((option) => html`<option>${t(option)}</option>`)}
</select>`;
      } else {
        control = html`<input id="${id}" name="${field.name}" type="${field.kind}"${autocomplete}${required}>`;
      }
      return html`<div class="field${field.kind === 'textarea' ? ' is-wide' : ''}">${label}${control}</div>`;
    });
    const honeypotId = `${context.sectionId}___hp`;
    return html`<div class="container contact-form-inner">
<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
<form class="form card" method="post" action="${context.formAction(context.sectionId)}">
${fields}
<div class="honeypot" aria-hidden="true"><label for="${honeypotId}">${t(WORDING.honeypot)}</label><input id="${honeypotId}" name="_hp" type="text" tabindex="-1" autocomplete="off"></div>
<p class="form-actions"><button class="button" type="submit">${t(value.submitLabel)}</button></p>
</form>
</div>`;
  },
  css: `
.s-contactForm .contact-form-inner { display: grid; gap: var(--space-6); }
.s-contactForm .section-head { margin-bottom: 0; }
.s-contactForm .form { padding: var(--space-5); gap: var(--space-5); }
.s-contactForm .field { min-width: 0; }
.s-contactForm input, .s-contactForm select { height: 3.25rem; padding-block: 0; }
.s-contactForm .field-optional { font-weight: 400; color: var(--color-muted); }
.s-contactForm .form-actions { margin: 0; }
.s-contactForm .form-actions .button { width: 100%; }
.s-contactForm.v-stacked .contact-form-inner { max-width: 44rem; }
@media (min-width: 40em) {
  .s-contactForm .form { padding: var(--space-7); grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: var(--space-5); align-items: end; }
  .s-contactForm .field.is-wide, .s-contactForm .form-actions { grid-column: 1 / -1; }
  .s-contactForm .form-actions .button { width: auto; min-width: 12rem; }
}
@media (min-width: 60em) {
  .s-contactForm.v-split .contact-form-inner { grid-template-columns: 1fr 1.4fr; gap: var(--space-8); align-items: start; }
  .s-contactForm.v-split .section-head { position: sticky; top: 6rem; }
}
`,
});
