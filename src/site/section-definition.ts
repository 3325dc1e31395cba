import type { z } from 'zod';
import type { SafeHtml } from '../markup/index.ts';
import type { LocalizedText } from './text.ts';
import type { Image } from './primitives.ts';
import type { Business } from './business.ts';

/** How the editor shows one prop. `path` is relative to the section's props. */
export type EditorField =
  | { kind: 'text' | 'textarea' | 'richtext' | 'href' | 'image' | 'number' | 'boolean'; path: string; label: string }
  | { kind: 'select'; path: string; label: string; options: readonly string[] }
  | { kind: 'list'; path: string; label: string; itemLabel: string; fields: readonly EditorField[] };

/** Everything a section renderer may ask of the page it is on. Built by src/render; pure data and functions. */
export interface SectionRenderContext {
  /** This section's id: use it for the `id` attribute so links like `page:home#contact` work. */
  readonly sectionId: string;
  readonly locale: string;
  readonly business: Business;
  /** `h1` for the first section of a page, `h2` after; `subheading` is one level below. */
  readonly heading: 'h1' | 'h2';
  readonly subheading: 'h2' | 'h3';
  /** True when the section sits above the fold (first on the page): images load eagerly. */
  readonly isFirst: boolean;
  /** Resolves a localized string to plain text for this page's locale. */
  t(text: LocalizedText | undefined): string;
  /** Resolves an Href (`page:about`, `/x`, `https://…`) to the URL to write in the page. */
  href(target: string): string;
  /** The URL of an image source (`asset:…` → its published path). */
  imageSrc(image: Image): string;
  /** Tasteful generated SVG art for a missing image, deterministic in `seed`. */
  placeholderArt(seed: string, label: string, ratio?: 'wide' | 'square' | 'portrait'): SafeHtml;
  /** Rich text (our Markdown subset) → sanitized HTML. */
  richText(text: LocalizedText | undefined): SafeHtml;
  /** Where a form posts to. */
  formAction(formId: string): string;
  /** Posts listed by the blogList section: pages whose kind is `post`, newest first. */
  readonly posts: readonly { title: string; href: string; date: string; excerpt: string }[];
}

export interface SectionDefinition<Props extends z.ZodType = z.ZodType, Type extends string = string> {
  /** Kept as its literal ('hero', 'cta'…) so the catalog's SectionType is a union of the real names. */
  readonly type: Type;
  /** Name in the editor's catalog. */
  readonly label: string;
  /** One paragraph for the models: what the section is for and when to choose it. */
  readonly description: string;
  readonly props: Props;
  /** Props of a freshly added section. Must validate against `props`. */
  readonly defaults: z.input<Props>;
  readonly fields: readonly EditorField[];
  /** Layout variants the editor can switch between (the `variant` prop). */
  readonly variants: readonly string[];
  /** The section's own heading text, used to decide whether the page needs a hidden `h1`. */
  heading(props: z.output<Props>): LocalizedText | undefined;
  render(props: z.output<Props>, context: SectionRenderContext): SafeHtml;
  /** CSS for this section type, using the theme's custom properties; scoped under `.s-<type>`. */
  readonly css: string;
}

export function defineSection<Props extends z.ZodType, const Type extends string>(definition: SectionDefinition<Props, Type>): SectionDefinition<Props, Type> {
  return definition;
}
