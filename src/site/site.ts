import { z } from 'zod';
import { Business } from './business.ts';
import { SECTION_CATALOG } from './catalog.ts';
import { Id, ImageSrc, Link } from './primitives.ts';
import { LocaleCode, LongText, ShortText } from './text.ts';
import { Theme } from './theme.ts';

export const CURRENT_SCHEMA_VERSION = 2;

export const SectionStyle = z.object({
  /** Background of the band: `auto` alternates base and surface down the page. */
  tone: z.enum(['auto', 'base', 'surface', 'primary', 'dark']).default('auto'),
});

type SectionVariant<Definition> = Definition extends { type: infer Type extends string; props: infer Props extends z.ZodType }
  ? z.ZodObject<{ id: typeof Id; type: z.ZodLiteral<Type>; props: Props; visible: z.ZodDefault<z.ZodBoolean>; style: z.ZodOptional<typeof SectionStyle> }>
  : never;
/** One object schema per catalog entry (a homomorphic map keeps the tuple), so `Section` narrows on `type`. */
type SectionVariants<Catalog extends readonly unknown[]> = { -readonly [Index in keyof Catalog]: SectionVariant<Catalog[Index]> };

const sectionVariants = SECTION_CATALOG.map((definition) =>
  z.object({
    id: Id,
    type: z.literal(definition.type),
    props: definition.props,
    visible: z.boolean().default(true),
    style: SectionStyle.optional(),
  }),
) as unknown as SectionVariants<typeof SECTION_CATALOG>;

export const Section = z.discriminatedUnion('type', sectionVariants);
export type Section = z.infer<typeof Section>;

/** `''` is the home page; otherwise lowercase words joined by hyphens, optionally nested (`blog/first-post`). */
export const Slug = z
  .string()
  .regex(/^$|^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'Use lowercase letters, digits and hyphens, e.g. "our-services"')
  .max(120);

export const PageSeo = z.object({
  title: ShortText.default(''),
  description: LongText.default(''),
  image: ImageSrc.optional(),
});

export const Page = z.object({
  id: Id,
  slug: Slug,
  title: ShortText,
  /** `post` pages are blog posts (listed by blogList); `legal` pages are linked from the footer. */
  kind: z.enum(['page', 'post', 'legal']).default('page'),
  date: z.iso.date().optional(),
  excerpt: LongText.default(''),
  seo: PageSeo.default({ title: '', description: '' }),
  sections: z.array(Section).max(60),
});
export type Page = z.infer<typeof Page>;

export const Navigation = z.object({
  items: z.array(Link).max(12),
  /** A highlighted button at the end of the navigation bar. */
  cta: Link.optional(),
});

export const Footer = z.object({
  text: LongText.default(''),
  links: z.array(Link).max(20).default([]),
  showSocials: z.boolean().default(true),
});

export const Locales = z.object({
  default: LocaleCode,
  available: z.array(LocaleCode).min(1).max(20),
});

export const SiteSeo = z.object({
  /** `%s` is replaced by the page's title. */
  titleTemplate: z.string().max(120).default('%s'),
  description: LongText.default(''),
  image: ImageSrc.optional(),
  /** The public address, used for canonical URLs and the sitemap: `https://example.com`. */
  siteUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export const SiteShape = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name: z.string().min(1).max(120),
  business: Business,
  theme: Theme,
  navigation: Navigation,
  footer: Footer,
  locales: Locales.default({ default: 'en', available: ['en'] }),
  seo: SiteSeo.default({ titleTemplate: '%s', description: '' }),
  pages: z.array(Page).min(1).max(100),
});

export const Site = SiteShape.superRefine((site, context) => {
  const pageIds = new Map<string, number>();
  const slugs = new Map<string, number>();
  const sectionIds = new Map<string, string>();
  site.pages.forEach((page, pageIndex) => {
    if (pageIds.has(page.id)) context.addIssue({ code: 'custom', path: ['pages', pageIndex, 'id'], message: `Page id "${page.id}" is used twice` });
    pageIds.set(page.id, pageIndex);
    if (slugs.has(page.slug)) context.addIssue({ code: 'custom', path: ['pages', pageIndex, 'slug'], message: `Another page already uses the address "/${page.slug}"` });
    slugs.set(page.slug, pageIndex);
    page.sections.forEach((section, sectionIndex) => {
      if (sectionIds.has(section.id)) {
        context.addIssue({ code: 'custom', path: ['pages', pageIndex, 'sections', sectionIndex, 'id'], message: `Section id "${section.id}" is already used on page "${sectionIds.get(section.id)}"` });
      }
      sectionIds.set(section.id, page.id);
    });
  });
  if (!slugs.has('')) context.addIssue({ code: 'custom', path: ['pages'], message: 'The site needs a home page (a page whose slug is "")' });
  if (!site.locales.available.includes(site.locales.default)) {
    context.addIssue({ code: 'custom', path: ['locales', 'default'], message: 'The default locale must be one of the available locales' });
  }
  for (const { path, value } of internalLinks(site)) {
    const [, pageId, anchor] = /^page:([^#]+)(?:#(.+))?$/.exec(value) ?? [];
    if (pageId === undefined || !pageIds.has(pageId)) {
      context.addIssue({ code: 'custom', path, message: `Links to page "${pageId}", which does not exist` });
    } else if (anchor !== undefined && sectionIds.get(anchor) !== pageId) {
      context.addIssue({ code: 'custom', path, message: `Links to section "${anchor}", which is not on page "${pageId}"` });
    }
  }
});
export type Site = z.infer<typeof Site>;
export type SiteInput = z.input<typeof Site>;

/** Every `page:` link in the document, with its path. */
function* internalLinks(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: string }> {
  if (typeof value === 'string') {
    if (value.startsWith('page:')) yield { path, value };
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) yield* internalLinks(value[index], [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* internalLinks(child, [...path, key]);
  }
}

