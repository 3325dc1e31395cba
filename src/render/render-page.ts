import { resolveText, sectionDefinition, type Page, type Section, type Site } from '../site/index.ts';
import type { SectionRenderContext } from '../site/section-definition.ts';
import { attr, html, join, type SafeHtml } from './html.ts';
import { assetPath, pagePath } from './links.ts';
import { renderRichText } from './rich-text.ts';
import { placeholderArt } from './svg-art.ts';
import { renderFooter, renderHeader } from './site-chrome.ts';

export interface PageRenderEnvironment {
  site: Site;
  locale: string;
  baseUrl: string;
  stylesheet: string;
  favicon: string;
  href(target: string): string;
  formAction(formId: string): string;
  posts: SectionRenderContext['posts'];
}

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

function renderSection(section: Section, tone: Tone, isFirst: boolean, environment: PageRenderEnvironment): SafeHtml {
  const definition = sectionDefinition(section.type);
  if (!definition) return html``;
  const t = (text: Parameters<typeof resolveText>[0]) => resolveText(text, environment.locale, environment.site.locales.default);
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
    imageSrc: (image) => assetPath(image.src),
    placeholderArt,
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
function firstSectionHasHeading(sections: readonly Section[], locale: string): boolean {
  const first = sections[0];
  if (!first) return false;
  const definition = sectionDefinition(first.type);
  return resolveText(definition?.heading(first.props), locale).trim() !== '';
}

export function pageTitle(site: Site, page: Page, locale: string): string {
  const own = resolveText(page.seo.title, locale);
  if (own) return own;
  const title = resolveText(page.title, locale);
  if (page.slug === '' || title === site.name) return site.name;
  return site.seo.titleTemplate.includes('%s') ? site.seo.titleTemplate.replace('%s', title) : `${title} · ${site.name}`;
}

export function pageDescription(site: Site, page: Page, locale: string): string {
  return (
    resolveText(page.seo.description, locale) ||
    resolveText(page.excerpt, locale) ||
    resolveText(site.seo.description, locale) ||
    resolveText(site.business.tagline, locale) ||
    `${resolveText(page.title, locale)} — ${site.name}`
  );
}

export interface DocumentParts {
  title: string;
  description: string;
  path: string;
  main: SafeHtml;
  currentPageId?: string;
  isIndexable?: boolean;
  image?: string;
}

/** The full HTML document around a page's main content: head, skip link, header, footer. */
export function renderDocument(parts: DocumentParts, environment: PageRenderEnvironment): string {
  const { site, locale } = environment;
  const canonical = `${environment.baseUrl}${parts.path}`;
  const image = parts.image ?? site.seo.image;
  const imageUrl = image ? (/^https?:/.test(image) ? image : `${environment.baseUrl}${assetPath(image)}`) : undefined;
  const document = html`<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<meta name="description" content="${parts.description}">
${parts.isIndexable === false ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
<meta name="theme-color" content="${site.theme.colors.primary}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${site.name}">
<meta property="og:title" content="${parts.title}">
<meta property="og:description" content="${parts.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${locale.replace('-', '_')}">
${imageUrl ? html`<meta property="og:image" content="${imageUrl}">` : ''}
<meta name="twitter:card" content="${imageUrl ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${parts.title}">
<meta name="twitter:description" content="${parts.description}">
<link rel="icon" href="${environment.favicon}"${attr('type', environment.favicon.endsWith('.svg') ? 'image/svg+xml' : undefined)}>
<link rel="stylesheet" href="/${environment.stylesheet}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
${renderHeader(environment, parts.currentPageId)}
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
  const hiddenHeading = firstSectionHasHeading(visible, locale) ? '' : html`<h1 class="visually-hidden">${resolveText(page.title, locale)}</h1>`;
  const main = join([hiddenHeading, ...visible.map((section, index) => renderSection(section, sectionTones[index] ?? 'base', index === 0, environment))], '\n');
  return renderDocument(
    {
      title: pageTitle(site, page, locale),
      description: pageDescription(site, page, locale),
      path: pagePath(page),
      main,
      currentPageId: page.id,
      ...(page.seo.image ? { image: page.seo.image } : {}),
    },
    environment,
  );
}
