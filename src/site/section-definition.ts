import { z } from 'zod';
import type { SafeHtml } from '../markup/index.ts';
import type { LocalizedText } from './text.ts';
import type { ImageOptions } from './image-assets.ts';
import type { Image } from './primitives.ts';
import type { Business } from './business.ts';

/** How the editor shows one prop. `path` is relative to the section's props (or, inside a list, to the item). */
export type EditorField =
  | { kind: 'text' | 'textarea' | 'richtext' | 'href' | 'image' | 'number' | 'boolean'; path: string; label: string }
  | { kind: 'select'; path: string; label: string; options: readonly string[] }
  | { kind: 'list'; path: string; label: string; itemLabel: string; fields: readonly EditorField[] };

type Element<T> = T extends readonly (infer Item)[] ? Item : never;
type IsList<T> = NonNullable<T> extends readonly unknown[] ? true : false;
/** Localized text (`string | Record<locale, string>`) is one field, not an object to walk into. */
type IsLeaf<T> = NonNullable<T> extends string | number | boolean | Record<string, string> ? true : false;

/** Dotted paths to the props a non-list field may edit: `heading`, `primaryAction.href`. */
export type FieldPath<Props> = {
  [Key in keyof Props & string]-?: IsList<Props[Key]> extends true
    ? never
    : IsLeaf<Props[Key]> extends true
      ? Key
      : Key | `${Key}.${FieldPath<NonNullable<Props[Key]>>}`;
}[keyof Props & string];

/** Props that are lists, and the fields of one of their items. */
type ListFieldInput<Props> = {
  [Key in keyof Props & string]-?: IsList<Props[Key]> extends true
    ? { kind: 'list'; path: Key; label: string; itemLabel: string; fields: readonly EditorFieldInput<Element<NonNullable<Props[Key]>>>[] }
    : never;
}[keyof Props & string];

/**
 * A field as a section file writes it, typed by the section's props (as Puck's `Fields<Props>`): a path that
 * names no prop is a type error. A select's options come from the enum in the props schema.
 */
export type EditorFieldInput<Props = Record<string, unknown>> =
  | { kind: 'text' | 'textarea' | 'richtext' | 'href' | 'image' | 'number' | 'boolean'; path: FieldPath<Props>; label: string }
  | { kind: 'select'; path: FieldPath<Props>; label: string }
  | ListFieldInput<Props>;

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
  /**
   * An image as the page shows it: an uploaded picture as `<picture>` with AVIF and WebP sources at every width,
   * its intrinsic size and a loading colour; a URL as `<img>`. Lazy unless `isEager` or `isPriority`.
   */
  image(image: Image, options: ImageOptions): SafeHtml;
  /** Tasteful generated SVG art for a missing image, deterministic in `seed`. */
  placeholderArt(seed: string, label: string, ratio?: 'wide' | 'square' | 'portrait', options?: { subject?: 'person'; rank?: number }): SafeHtml;
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
  /** One sentence for a shop owner, shown in the editor's Add-section dialog: no prop names, ids or markup. */
  readonly summary: string;
  /** One paragraph for the models: what the section is for and when to choose it. */
  readonly description: string;
  readonly props: Props;
  /** Props of a freshly added section. Must validate against `props`. */
  readonly defaults: z.input<Props>;
  readonly fields: readonly EditorField[];
  /** Layout variants the editor can switch between (the `variant` prop). */
  readonly variants: readonly string[];
  /**
   * A page's closing section (a call to action, a contact form): when it is last on a page, sections added
   * without a chosen place go before it rather than after it.
   */
  readonly isClosing?: boolean;
  /** The section's own heading text, used to decide whether the page needs a hidden `h1`. */
  heading(props: z.output<Props>): LocalizedText | undefined;
  render(props: z.output<Props>, context: SectionRenderContext): SafeHtml;
  /** CSS for this section type, using the theme's custom properties; scoped under `.s-<type>`. */
  readonly css: string;
}

/** What a section file writes: everything the catalog cannot derive from the props schema. */
export type SectionDefinitionInput<Props extends z.ZodType, Type extends string> = Omit<SectionDefinition<Props, Type>, 'variants' | 'fields'> & {
  readonly fields: readonly EditorFieldInput<z.input<Props>>[];
};

/** The schema inside defaults, optionals and nullables. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** The schema at a dotted path of an object schema (`primaryAction.href`), or undefined. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path.split('.')) {
    const object: z.ZodType | undefined = current && unwrap(current);
    current = object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>)[key] : undefined;
  }
  return current;
}

function enumOptions(schema: z.ZodType | undefined): readonly string[] | undefined {
  const inner = schema && unwrap(schema);
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

/** A field input seen at run time, before its path is checked against the schema. */
interface UncheckedField {
  kind: EditorField['kind'];
  path: string;
  label: string;
  itemLabel?: string;
  fields?: readonly UncheckedField[];
}

/** Fills each select's options from its enum, and checks every path exists, so a typo fails when the catalog loads. */
function resolveFields(type: string, schema: z.ZodType, fields: readonly UncheckedField[]): EditorField[] {
  return fields.map((field) => {
    const at = schemaAt(schema, field.path);
    if (!at) throw new Error(`Section "${type}": the editor field "${field.path}" names no prop`);
    if (field.kind === 'select') {
      const options = enumOptions(at);
      if (!options) throw new Error(`Section "${type}": the select field "${field.path}" is not an enum prop`);
      return { kind: 'select', path: field.path, label: field.label, options };
    }
    if (field.kind === 'list') {
      const list = unwrap(at);
      if (!(list instanceof z.ZodArray)) throw new Error(`Section "${type}": the list field "${field.path}" is not an array prop`);
      return { ...field, kind: 'list', itemLabel: field.itemLabel ?? '', fields: resolveFields(type, list.element as z.ZodType, field.fields ?? []) };
    }
    return { kind: field.kind, path: field.path, label: field.label } as EditorField;
  });
}

/**
 * One section type, declared once: the layout variants are the options of its `variant` prop and each select's
 * options are its enum's, so every list is written in the props schema alone.
 */
export function defineSection<Props extends z.ZodType, const Type extends string>(definition: SectionDefinitionInput<Props, Type>): SectionDefinition<Props, Type> {
  return {
    ...definition,
    variants: enumOptions(schemaAt(definition.props, 'variant')) ?? [],
    fields: resolveFields(definition.type, definition.props, definition.fields as readonly UncheckedField[]),
  };
}
