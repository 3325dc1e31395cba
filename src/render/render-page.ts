import { type LocalizedText, type Page, resolveText, type Section, sectionDefinition, type SectionRenderContext, type Site } from '../site/index.ts';
import { attr, html, join, trustedMarkup, type SafeHtml } from '../markup/index.ts';
import { pagePath } from './links.ts';
import { localeVersions, type LocaleVersion } from './locales.ts';
import { renderRichText } from './rich-text.ts';
import { iconLinks, openGraphImage, openGraphTags } from './head-icons.ts';
import { renderPicture, type ImagePreload } from './picture.ts';
import { placeholderArt } from './svg-art.ts';
import type { PageRenderEnvironment } from './page-environment.ts';
import { renderFooter, renderHeader } from './site-chrome.ts';

type Tone = 'base' | 'surface' | 'primary' | 'dark';

/** Alternates base and surface bands down the page, unless a section asks for a tone of its own. */
function tones(sections: readonly Section[]): Tone[] {
  let next: Tone = 'base';
  return sections.map((section) => {
    const wanted = section.style?.tone ?? 'auto';
    if (wanted !== 'auto') {
      next = wanted === 'surface' ? 'base' : 'surface';
      return wanted;
    }
    const tone = next;
    next = tone === 'base' ? 'surface' : 'base';
    return tone;
  });
}

function renderSection(section: Section, tone: Tone, isFirst: boolean, environment: PageRenderEnvironment, preloads: ImagePreload[]): SafeHtml {
  const definition = sectionDefinition(section.type);
  if (!definition) return html``;
  const t = environment.localize;
  const motifs = environment.site.theme.art?.motifs ?? [];
  const heading = isFirst ? 'h1' : 'h2';
  const subheading = isFirst ? 'h2' : 'h3';
  const context: SectionRenderContext = {
    sectionId: section.id,
    locale: environment.locale,
    business: environment.site.business,
    heading,
    subheading,
    isFirst,
    t,
    href: environment.href,
    image: (image, options) => renderPicture(image, t(image.alt), options, { images: environment.images, onPreload: (preload) => preloads.push(preload), seed: section.id, motifs }),
    placeholderArt: (seed, label, ratio, options) => placeholderArt(seed, label, ratio, motifs, options),
    richText: (text) => renderRichText(t(text), { headingLevel: isFirst ? 2 : 3, resolveHref: environment.href }),
    formAction: environment.formAction,
    posts: environment.posts,
  };
  const variant = (section.props as { variant?: string }).variant ?? definition.variants[0] ?? 'default';
  return html`<section id="${section.id}" class="section s-${section.type} v-${variant} tone-${tone}">
${definition.render(section.props, context)}
</section>`;
}

/** Whether the first visible section brings its own `h1`; if not, the page adds a hidden one. */
function firstSectionHasHeading(sections: readonly Section[], localize: PageRenderEnvironment['localize']): boolean {
  const first = sections[0];
  if (!first) return false;
  const definition = sectionDefinition(first.type);
  return localize(definition?.heading(first.props)).trim() !== '';
}

/** The page's `<title>` in `locale`; text missing in that locale falls back to the default locale's. */
export function pageTitle(site: Site, page: Page, locale: string): string {
  const text = (value: LocalizedText | undefined) => resolveText(value, locale, site.locales.default);
  const own = text(page.seo.title);
  if (own) return own;
  const title = text(page.title);
  if (page.slug === '' || title === site.name) return site.name;
  return site.seo.titleTemplate.includes('%s') ? site.seo.titleTemplate.replace('%s', title) : `${title} · ${site.name}`;
}

export function pageDescription(site: Site, page: Page, locale: string): string {
  const text = (value: LocalizedText | undefined) => resolveText(value, locale, site.locales.default);
  return text(page.seo.description) || text(page.excerpt) || text(site.seo.description) || text(site.business.tagline) || `${text(page.title)} — ${site.name}`;
}

export interface DocumentParts {
  title: string;
  description: string;
  path: string;
  main: SafeHtml;
  currentPageId?: string;
  isIndexable?: boolean;
  image?: string;
  /** The page's main image above the fold, fetched before the stylesheet finds it. */
  preload?: ImagePreload;
  /**
   * The document in every locale, this one included. With more than one, the head lists them as hreflang
   * alternates (when indexable) and the header shows the language switcher.
   */
  versions?: readonly LocaleVersion[];
}

/** `<link rel="alternate" hreflang>` for each version, then `x-default` (the default locale's version). */
function alternateLinks(versions: readonly LocaleVersion[], environment: PageRenderEnvironment): SafeHtml {
  const links = versions.map(({ locale, path }) => html`<link rel="alternate" hreflang="${locale}" href="${environment.baseUrl}${path}">`);
  const fallback = versions.find((version) => version.locale === environment.site.locales.default) ?? versions[0];
  if (fallback) links.push(html`<link rel="alternate" hreflang="x-default" href="${environment.baseUrl}${fallback.path}">`);
  return join(links, '\n');
}

/** The full HTML document around a page's main content: head, skip link, header, footer. */
export function renderDocument(parts: DocumentParts, environment: PageRenderEnvironment): string {
  const { site, locale } = environment;
  const canonical = `${environment.baseUrl}${parts.path}`;
  const image = parts.image ?? site.seo.image;
  const ogImage = openGraphImage(image, environment);
  const versions = parts.versions && parts.versions.length > 1 ? parts.versions : [];
  const isIndexable = parts.isIndexable !== false;
  const alternates = isIndexable && versions.length > 0 ? html`\n${alternateLinks(versions, environment)}` : '';
  const otherLocales = versions.filter((version) => version.locale !== locale).map((version) => html`\n<meta property="og:locale:alternate" content="${version.locale.replace('-', '_')}">`);
  const document = html`<!DOCTYPE html>
<html lang="${locale}"${attr('dir', environment.direction)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<meta name="description" content="${parts.description}">
${isIndexable ? html`<link rel="canonical" href="${canonical}">` : html`<meta name="robots" content="noindex">`}${alternates}
<meta name="theme-color" content="${site.theme.colors.primary}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${site.name}">
<meta property="og:title" content="${parts.title}">
<meta property="og:description" content="${parts.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${locale.replace('-', '_')}">${otherLocales}
${ogImage ? openGraphTags(ogImage) : ''}
<meta name="twitter:card" content="${ogImage ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${parts.title}">
<meta name="twitter:description" content="${parts.description}">
${iconLinks(environment)}
<style>${trustedMarkup(environment.style)}</style>${environment.fontPreload ? html`\n<link rel="preload" href="${environment.fontPreload}" as="font" type="font/woff2" crossorigin>` : ''}${parts.preload ? html`\n<link rel="preload" as="image" href="${parts.preload.href}" imagesrcset="${parts.preload.imagesrcset}" imagesizes="${parts.preload.imagesizes}" type="${parts.preload.type}" fetchpriority="high">` : ''}
</head>
<body>
<a class="skip-link" href="#main">${environment.words.skipToContent}</a>
${renderHeader(environment, parts.currentPageId, versions)}
<main id="main">
${parts.main}
</main>
${renderFooter(environment)}
</body>
</html>
`;
  return document.value;
}

export function renderPage(page: Page, environment: PageRenderEnvironment): string {
  const { site, locale } = environment;
  const visible = page.sections.filter((section) => section.visible);
  const sectionTones = tones(visible);
  const hiddenHeading = firstSectionHasHeading(visible, environment.localize) ? '' : html`<h1 class="visually-hidden">${environment.localize(page.title)}</h1>`;
  const versions = localeVersions(site, pagePath(page));
  const preloads: ImagePreload[] = [];
  const main = join([hiddenHeading, ...visible.map((section, index) => renderSection(section, sectionTones[index] ?? 'base', index === 0, environment, preloads))], '\n');
  return renderDocument(
    {
      title: pageTitle(site, page, locale),
      description: pageDescription(site, page, locale),
      path: versions.find((version) => version.locale === locale)?.path ?? pagePath(page),
      main,
      versions,
      currentPageId: page.id,
      ...(page.seo.image ? { image: page.seo.image } : {}),
      ...(preloads[0] ? { preload: preloads[0] } : {}),
    },
    environment,
  );
}
