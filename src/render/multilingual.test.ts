import { describe, expect, it } from 'vitest';
import { sampleSite, sampleSiteInput } from '../../test/support/sample-site.ts';
import { attribute, elements, hasClass, parseDocument, textContent, type Element } from '../../test/support/dom.ts';
import { parseSite, type Site } from '../site/index.ts';
import { languageName } from './language-names.ts';
import { createHrefResolver } from './links.ts';
import { render } from './render.ts';

const BASE_URL = 'https://bakery.example';

/** The sample site in English and Spanish, with a few texts translated and the rest left in English. */
function bilingualSite(available = ['en', 'es']): Site {
  const input = sampleSiteInput();
  input.locales = { default: 'en', available };
  input.navigation.items[0]!.label = { en: 'Home', es: 'Inicio' };
  input.navigation.items[1]!.label = { en: 'About', es: 'Nosotros' };
  input.navigation.items[2]!.label = { fr: 'Nos services', en: 'Services' };
  input.pages[1]!.title = { en: 'About', es: 'Sobre nosotros' };
  const hero = input.pages[0]!.sections[0]!.props as { heading: unknown };
  hero.heading = { en: 'Bread worth getting up for', es: 'Pan que vale el madrugón' };
  return parseSite(input);
}

const files = render(bilingualSite(), { baseUrl: BASE_URL });
/** The pages' files; thanks/index.html (where a form sends visitors, in the default locale only) is no page. */
const pageFiles = (map: Map<string, string>) => [...map.keys()].filter((path) => path.endsWith('index.html') && path !== 'thanks/index.html').sort();

function documentOf(path: string, map = files): Element[] {
  const markup = map.get(path);
  if (markup === undefined) throw new Error(`${path} was not rendered`);
  return [...elements(parseDocument(markup))];
}

const byClass = (all: Element[], name: string) => all.filter((element) => hasClass(element, name));
const linksIn = (element: Element) => [...elements(element)].filter((child) => child.tagName === 'a');
const linkSummary = (link: Element) => ({ href: attribute(link, 'href'), hreflang: attribute(link, 'hreflang'), lang: attribute(link, 'lang'), current: attribute(link, 'aria-current'), text: textContent(link) });

describe('render on a site with several locales', () => {
  it('writes the default locale at the root and every other locale under its code', () => {
    const english = pageFiles(render(sampleSite()));
    expect(pageFiles(files)).toEqual([...english, ...english.map((path) => `es/${path}`)].sort());
    expect([...files.keys()].filter((path) => path.endsWith('404.html'))).toEqual(['404.html']);
    expect([...files.keys()].filter((path) => path.startsWith('thanks/') || path.includes('/thanks/'))).toEqual(['thanks/index.html']);
    expect([...files.keys()].filter((path) => path.endsWith('.css'))).toHaveLength(1);
    expect(files.get('robots.txt')).toBe(render(sampleSite(), { baseUrl: BASE_URL }).get('robots.txt'));
  });

  it('sets lang on every page to its locale, and keeps 404.html in the default locale', () => {
    for (const path of pageFiles(files)) {
      const html = documentOf(path).find((element) => element.tagName === 'html')!;
      expect(attribute(html, 'lang'), path).toBe(path.startsWith('es/') ? 'es' : 'en');
    }
    const notFound = documentOf('404.html');
    expect(attribute(notFound.find((element) => element.tagName === 'html')!, 'lang')).toBe('en');
    expect(textContent(parseDocument(files.get('404.html')!))).toContain('We could not find that page');
  });

  it('lists every language version with hreflang, x-default the default locale, and a canonical URL per locale', () => {
    for (const [path, expectedCanonical] of [['about/index.html', `${BASE_URL}/about/`], ['es/about/index.html', `${BASE_URL}/es/about/`], ['es/index.html', `${BASE_URL}/es/`]] as const) {
      const links = documentOf(path).filter((element) => element.tagName === 'link');
      const alternates = links.filter((link) => attribute(link, 'rel') === 'alternate').map((link) => [attribute(link, 'hreflang'), attribute(link, 'href')]);
      const english = expectedCanonical.replace('/es/', '/');
      expect(alternates, path).toEqual([['en', english], ['es', english.replace(BASE_URL, `${BASE_URL}/es`)], ['x-default', english]]);
      expect(links.filter((link) => attribute(link, 'rel') === 'canonical').map((link) => attribute(link, 'href')), path).toEqual([expectedCanonical]);
    }
    expect(documentOf('404.html').some((element) => attribute(element, 'hreflang') !== undefined && element.tagName === 'link')).toBe(false);
  });

  it('keeps every internal link of a Spanish page inside /es/: navigation, footer, actions, rich text, blog list', () => {
    for (const path of pageFiles(files).filter((file) => file.startsWith('es/'))) {
      const all = documentOf(path);
      const switcherLinks = new Set(byClass(all, 'language-list').flatMap(linksIn));
      const internal = all.filter((element) => element.tagName === 'a' && !switcherLinks.has(element) && attribute(element, 'href')?.startsWith('/'));
      expect(internal.length, path).toBeGreaterThan(5);
      for (const link of internal) expect(attribute(link, 'href'), `${path}: ${textContent(link)}`).toMatch(/^\/es\//);
    }
    const hrefs = (path: string) => documentOf(path).filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href'));
    expect(hrefs('es/contact/index.html')).toContain('/es/blog/first-post/');
    expect(hrefs('es/privacy/index.html')).toContain('/es/contact/');
  });

  it('shows translated text where there is some, and the default locale’s text where there is none', () => {
    const spanish = textContent(parseDocument(files.get('es/index.html')!));
    expect(spanish).toContain('Pan que vale el madrugón');
    expect(spanish).toContain('Inicio');
    expect(spanish).toContain('Services');
    expect(spanish).not.toContain('Nos services');
    expect(spanish).not.toContain('Bread worth getting up for');
    const english = textContent(parseDocument(files.get('index.html')!));
    expect(english).toContain('Bread worth getting up for');
    expect(english).not.toContain('Pan que vale');
    const title = (path: string) => textContent(documentOf(path).find((element) => element.tagName === 'title')!);
    expect(title('es/about/index.html')).toBe('Sobre nosotros · Sample Bakery');
    expect(title('about/index.html')).toBe('About · Sample Bakery');
  });

  it('uses the locale’s words for the page chrome, dates and opening hours', () => {
    const spanish = textContent(parseDocument(files.get('es/contact/index.html')!));
    for (const words of ['Saltar al contenido', 'Menú', 'Páginas', 'Contacto', 'Síguenos', '15 de enero de 2026']) expect(spanish).toContain(words);
    expect(textContent(parseDocument(files.get('es/about/index.html')!))).toContain('Lunes');
    expect(textContent(parseDocument(files.get('contact/index.html')!))).toContain('Skip to content');
  });

  it('puts a language switcher in the header and in the phone menu, linking to the same page in each locale', () => {
    const all = documentOf('es/about/index.html');
    const [menu] = byClass(all, 'language-menu');
    expect(menu?.tagName).toBe('details');
    expect(textContent(menu!.childNodes.find((node) => (node as Element).tagName === 'summary') as Element)).toBe('ES — Idioma: Español');
    const expected = [
      { href: '/about/', hreflang: 'en', lang: 'en', current: undefined, text: 'English' },
      { href: '/es/about/', hreflang: 'es', lang: 'es', current: 'true', text: 'Español' },
    ];
    expect(linksIn(menu!).map(linkSummary)).toEqual(expected);
    const [mobileMenu] = byClass(all, 'nav-mobile');
    const [phoneLinks] = byClass([...elements(mobileMenu!)], 'language-links');
    expect(linksIn(phoneLinks!).map(linkSummary)).toEqual(expected);
    expect(linksIn(byClass(documentOf('about/index.html'), 'language-menu')[0]!).map(linkSummary)).toEqual([
      { ...expected[0], current: 'true' },
      { ...expected[1], current: undefined },
    ]);
    const notFoundLinks = linksIn(byClass(documentOf('404.html'), 'language-menu')[0]!).map((link) => attribute(link, 'href'));
    expect(notFoundLinks).toEqual(['/', '/es/']);
  });

  it('names each language in its own words, with its region only when the site has two variants of it', () => {
    expect(['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'ja', 'zh', 'zh-TW', 'pt-BR', 'xx'].map((locale) => languageName(locale))).toEqual([
      'English', 'Español', 'Português', 'Français', 'Deutsch', 'Italiano', 'Nederlands', '日本語', '中文', '繁體中文', 'Português', 'xx',
    ]);
    expect(languageName('pt-BR', ['pt-PT', 'pt-BR'])).toBe('Português (Brasil)');
    expect(languageName('en-IE', ['en-GB', 'en-IE'])).toBe('English (IE)');
    const four = render(bilingualSite(['en', 'es', 'pt-BR', 'pt-PT']));
    expect(linksIn(byClass(documentOf('pt-br/index.html', four), 'language-menu')[0]!).map(linkSummary)).toEqual([
      { href: '/', hreflang: 'en', lang: 'en', current: undefined, text: 'English' },
      { href: '/es/', hreflang: 'es', lang: 'es', current: undefined, text: 'Español' },
      { href: '/pt-br/', hreflang: 'pt-BR', lang: 'pt-BR', current: 'true', text: 'Português (Brasil)' },
      { href: '/pt-pt/', hreflang: 'pt-PT', lang: 'pt-PT', current: undefined, text: 'Português (Portugal)' },
    ]);
  });

  it('lists every locale’s pages in sitemap.xml, each with its alternates', () => {
    const sitemap = files.get('sitemap.xml')!;
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toHaveLength(pageFiles(files).length);
    expect(locations).toContain(`${BASE_URL}/es/blog/first-post/`);
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${BASE_URL}/es/about/"/>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${BASE_URL}/about/"/>`);
  });

  it('adds dir="rtl" to right-to-left locales', () => {
    const arabic = render(bilingualSite(['en', 'ar']));
    expect(arabic.get('ar/index.html')).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(arabic.get('index.html')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('leaves a page whose address is a locale’s code in place', () => {
    const input = sampleSiteInput();
    input.locales = { default: 'en', available: ['en', 'es'] };
    input.pages.push({ id: 'espresso', slug: 'es', title: 'Espresso', sections: [{ id: 'espresso-text', type: 'richText', props: { heading: 'Espresso bar', body: 'Strong.' } }] } as (typeof input.pages)[number]);
    expect(render(parseSite(input)).get('es/index.html')).toContain('Espresso bar');
  });
});

describe('render on a single-locale site', () => {
  const single = render(sampleSite(), { baseUrl: BASE_URL });

  it('has no language versions, alternates or switcher, and keeps its English chrome', () => {
    expect([...single.keys()].some((path) => path.startsWith('es/'))).toBe(false);
    for (const [path, markup] of single) {
      expect(markup, path).not.toMatch(/hreflang|language-menu|language-links|og:locale:alternate|dir="rtl"/);
    }
    expect(single.get('index.html')).toContain('<a class="skip-link" href="#main">Skip to content</a>');
    expect(single.get('index.html')).toContain('<nav class="nav-desktop" aria-label="Main">');
    expect(single.get('index.html')).toContain('<details class="nav-mobile"><summary>Menu</summary><nav aria-label="Main menu">');
    expect(single.get('sitemap.xml')).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${['/', '/about/', '/services/', '/contact/', '/privacy/', '/blog/first-post/'].map((path) => `  <url><loc>${BASE_URL}${path}</loc></url>`).join('\n')}\n</urlset>\n`);
  });

  it('renders the same whether its texts are plain strings or single-locale objects', () => {
    const input = sampleSiteInput();
    input.navigation.items[0]!.label = { en: 'Home' };
    input.pages[1]!.title = { en: 'About' };
    expect([...render(parseSite(input), { baseUrl: BASE_URL })]).toEqual([...single]);
  });
});

describe('createHrefResolver with a locale prefix', () => {
  const href = createHrefResolver(sampleSite(), '/es');
  it('prefixes page links and site paths of pages, and nothing else', () => {
    expect(['page:about', 'page:home', 'page:contact#p3-s1-location', '/about/', '/services/#faq', '/assets/photo.png', '/favicon.svg', 'https://example.com/', '#top', 'mailto:a@b.example'].map(href)).toEqual([
      '/es/about/', '/es/', '/es/contact/#p3-s1-location', '/es/about/', '/es/services/#faq', '/assets/photo.png', '/favicon.svg', 'https://example.com/', '#top', 'mailto:a@b.example',
    ]);
  });
});
