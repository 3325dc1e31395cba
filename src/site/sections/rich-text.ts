import { z } from 'zod';
import { html } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { Image } from '../primitives.ts';
import { RichText, ShortText } from '../text.ts';

const props = z.object({
  variant: z.enum(['narrow', 'with-image', 'two-column']).default('narrow'),
  heading: ShortText.default(''),
  /** Markdown subset: paragraphs, **bold**, *italic*, [links](page:about), "- " lists, "1. " lists, "### " subheadings, "> " quotes. No HTML. */
  body: RichText,
  image: Image.optional(),
});

export const richText = defineSection({
  type: 'richText',
  label: 'Text',
  summary: 'Free text with headings, lists and links, for your story, policies or longer explanations.',
  description:
    'Free-form text: a story, an explanation, a policy. The body is a small Markdown subset (paragraphs, **bold**, *italic*, [links](page:id), "- " bullet lists, "1. " numbered lists, "### " subheadings, "> " quotes); HTML is not allowed and shows as text. Variants: narrow (one readable column), with-image (text beside an image), two-column. Use it for "Our story", privacy and terms pages, long explanations.',
  props,
  defaults: {
    variant: 'narrow',
    heading: 'Our story',
    body: 'Tell visitors who you are, how you started and what you care about.\n\nA second paragraph can say what makes working with you different.',
  },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'richtext', path: 'body', label: 'Text' },
    { kind: 'image', path: 'image', label: 'Image' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = title === '' ? '' : context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const body = html`<div class="prose rich-body">${context.richText(value.body)}</div>`;
    if (value.variant === 'with-image') {
      const media = value.image
        ? context.image(value.image, { sizes: '(min-width: 60rem) 50vw, 100vw', isEager: context.isFirst })
        : context.placeholderArt(context.sectionId, title || context.business.name, 'square');
      return html`<div class="container rich-split">
<div class="rich-copy">
${heading}
${body}
</div>
<div class="rich-media">${media}</div>
</div>`;
    }
    return html`<div class="container">
<div class="rich-inner">
${heading ? html`<div class="section-head">${heading}</div>` : ''}
${body}
</div>
</div>`;
  },
  css: `
.s-richText .rich-inner { max-width: 44rem; }
.s-richText.v-narrow .rich-inner { margin-inline: auto; }
.s-richText .section-head { margin-bottom: var(--space-5); }
.s-richText .rich-body { font-size: var(--step-0); }
.s-richText .rich-body > :first-child { margin-top: 0; }
.s-richText .rich-body > :last-child { margin-bottom: 0; }
.s-richText .rich-body :is(h2, h3, h4) { font-size: var(--step-2); line-height: 1.25; margin: var(--space-6) 0 var(--space-3); }
.s-richText .rich-body h4 { font-size: var(--step-1); }
.s-richText .rich-body > :is(h2, h3, h4):first-child { margin-top: 0; }
.s-richText .rich-split { display: grid; gap: var(--space-7); align-items: center; }
.s-richText .rich-copy > h1, .s-richText .rich-copy > h2 { margin-bottom: var(--space-5); }
.s-richText .rich-media > * { width: 100%; height: auto; border-radius: var(--radius); }
.s-richText .rich-media img { aspect-ratio: 1; object-fit: cover; }
@media (min-width: 48em) {
  .s-richText.v-two-column .rich-inner { max-width: none; }
  .s-richText.v-two-column .section-head { max-width: 46rem; }
  .s-richText.v-two-column .rich-body { column-count: 2; column-gap: var(--space-8); }
  .s-richText.v-two-column .rich-body > :is(ul, ol, blockquote) { break-inside: avoid; }
  .s-richText.v-two-column .rich-body > :is(h2, h3, h4) { break-after: avoid; }
  .s-richText .rich-split { grid-template-columns: 1.2fr 1fr; gap: var(--space-8); }
  .s-richText .rich-media { max-width: 30rem; justify-self: end; width: 100%; }
}
`,
});
