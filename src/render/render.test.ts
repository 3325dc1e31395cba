import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleSite } from '../../test/support/sample-site.ts';
import { attribute, elements, parseDocument, textContent } from '../../test/support/dom.ts';
import { contrast, SECTION_CATALOG, type Site } from '../site/index.ts';
import { render } from './render.ts';
import { tonePalettes } from './theme-css.ts';

const htmlFiles = (files: Map<string, string>) => [...files].filter(([path]) => path.endsWith('.html'));

describe('render', () => {
  const site = sampleSite();
  const files = render(site, { baseUrl: 'https://bakery.example' });

  it('writes every page, the stylesheet, favicon, 404, the thank-you page, sitemap and robots', () => {
    const paths = [...files.keys()].sort();
    expect(paths.filter((path) => !path.startsWith('styles.'))).toEqual(
      ['404.html', 'about/index.html', 'blog/first-post/index.html', 'contact/index.html', 'favicon.svg', 'index.html', 'privacy/index.html', 'robots.txt', 'services/index.html', 'sitemap.xml', 'thanks/index.html'],
    );
    expect(paths.filter((path) => path.startsWith('styles.'))).toEqual([expect.stringMatching(/^styles\.[0-9a-f]{10}\.css$/)]);
    expect(files.get('sitemap.xml')).toContain('<loc>https://bakery.example/about/</loc>');
    expect(files.get('robots.txt')).toContain('Sitemap: https://bakery.example/sitemap.xml');
  });

  it('is deterministic: same input, same bytes', () => {
    const again = render(structuredClone(site), { baseUrl: 'https://bakery.example' });
    expect([...again]).toEqual([...files]);
  });

  it.each(htmlFiles(render(sampleSite())).map(([path, markup]) => [path, markup] as const))('%s is CSP-safe, semantic and has its meta tags', (path, markup) => {
    const document = parseDocument(markup);
    const all = [...elements(document)];
    expect(all.filter((element) => element.tagName === 'script')).toEqual([]);
    for (const element of all) {
      for (const { name, value } of element.attrs) {
        expect(name).not.toBe('style');
        expect(name.startsWith('on')).toBe(false);
        expect(value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
      }
    }
    const tags = all.map((element) => element.tagName);
    expect(tags.filter((tag) => tag === 'h1')).toHaveLength(1);
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(tags).toContain(landmark);
    const html = all.find((element) => element.tagName === 'html')!;
    expect(attribute(html, 'lang')).toBe('en');
    const skip = all.find((element) => element.tagName === 'a' && attribute(element, 'class') === 'skip-link');
    expect(attribute(skip!, 'href')).toBe('#main');
    const meta = (name: string) => all.find((element) => element.tagName === 'meta' && (attribute(element, 'name') === name || attribute(element, 'property') === name));
    expect(attribute(meta('description')!, 'content')?.length).toBeGreaterThan(10);
    expect(meta('og:title')).toBeDefined();
    if (path !== '404.html' && path !== 'thanks/index.html') expect(all.some((element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical')).toBe(true);
    for (const image of all.filter((element) => element.tagName === 'img')) {
      expect(attribute(image, 'alt')).toBeDefined();
      expect(attribute(image, 'width')).toBeDefined();
      expect(attribute(image, 'height')).toBeDefined();
    }
    for (const control of all.filter((element) => ['input', 'textarea', 'select'].includes(element.tagName) && attribute(element, 'type') !== 'hidden')) {
      const id = attribute(control, 'id');
      expect(all.some((element) => element.tagName === 'label' && attribute(element, 'for') === id), `label for ${id}`).toBe(true);
    }
    expect(textContent(document)).not.toMatch(/lorem ipsum|\[Business Name\]/i);
  });

  it('renders every variant of every section type', () => {
    for (const definition of SECTION_CATALOG) {
      for (const variant of definition.variants) {
        const document = structuredClone(site) as Site;
        const props = { ...(definition.props.parse(definition.defaults) as object), variant };
        document.pages[0]!.sections = [{ id: 'only', type: definition.type, props, visible: true } as Site['pages'][number]['sections'][number]];
        const markup = render(document).get('index.html')!;
        expect(markup, `${definition.type}/${variant}`).toContain(`class="section s-${definition.type} v-${variant}`);
        expect(markup.match(/<h1[\s>]/g) ?? [], `${definition.type}/${variant} h1`).toHaveLength(1);
      }
    }
  });

  it('says nothing about opening hours that are not set: no "Closed", no invented appointment line', () => {
    const document = structuredClone(site) as Site;
    document.business.hours = undefined;
    document.pages[0]!.sections = [{ id: 'when', type: 'hours', props: { variant: 'table', heading: 'Opening hours', note: '' }, visible: true } as Site['pages'][number]['sections'][number]];
    const markup = render(document).get('index.html')!;
    const when = markup.slice(markup.indexOf('id="when"'), markup.indexOf('</section>', markup.indexOf('id="when"')));
    expect(when).toContain('Opening hours');
    expect(when).not.toMatch(/Closed|appointment|hours-table|hours-card/);
    expect(markup).not.toContain('itemprop="openingHours"');
    // Set hours are shown, closed days as closed.
    const withHours = render({ ...document, business: site.business }).get('index.html')!;
    expect(withHours).toContain('hours-table');
  });

  it('writes the thank-you page a form sends visitors to: the site around the form\'s own message, in the site\'s language, never indexed', () => {
    const form = site.pages.flatMap((page) => page.sections.map((section) => ({ page, section }))).find(({ section }) => section.type === 'contactForm')!;
    const thanks = files.get('thanks/index.html')!;
    const all = [...elements(parseDocument(thanks))];
    expect(textContent(all.find((element) => element.tagName === 'h1')!)).toBe('Message sent');
    expect(thanks).toContain((form.section.props as { successMessage: string }).successMessage.replace(/&/g, '&amp;'));
    expect(all.some((element) => element.tagName === 'a' && attribute(element, 'href') === (form.page.slug === '' ? '/' : `/${form.page.slug}/`) && textContent(element) === 'Back to the site')).toBe(true);
    expect(all.some((element) => element.tagName === 'header')).toBe(true);
    expect(all.some((element) => element.tagName === 'footer')).toBe(true);
    expect(thanks).toContain('<meta name="robots" content="noindex">');
    expect(files.get('sitemap.xml')).not.toContain('/thanks/');

    const inPortuguese = { ...structuredClone(site), locales: { default: 'pt', available: ['pt'] } } as Site;
    const portuguese = render(inPortuguese).get('thanks/index.html')!;
    expect(portuguese).toContain('<html lang="pt"');
    expect(portuguese).toContain('<h1>Mensagem enviada</h1>');
    expect(portuguese).toContain('>Voltar ao site</a>');
  });

  it('leaves the thank-you address to a page of the site that has it, and writes none for a site without a form', () => {
    const withOwnPage = structuredClone(site) as Site;
    withOwnPage.pages.push({ ...structuredClone(withOwnPage.pages[1]!), id: 'thanks-page', slug: 'thanks', title: 'Thanks, truly' });
    expect(render(withOwnPage).get('thanks/index.html')).toContain('Thanks, truly');
    const withoutForm = structuredClone(site) as Site;
    for (const page of withoutForm.pages) page.sections = page.sections.filter((section) => section.type !== 'contactForm');
    expect(render(withoutForm).has('thanks/index.html')).toBe(false);
    const hiddenForm = structuredClone(site) as Site;
    for (const page of hiddenForm.pages) for (const section of page.sections) if (section.type === 'contactForm') section.visible = false;
    expect(render(hiddenForm).has('thanks/index.html')).toBe(false);
  });

  it('leaves hidden sections out', () => {
    const document = structuredClone(site) as Site;
    document.pages[0]!.sections[1]!.visible = false;
    expect(render(document).get('index.html')).not.toContain(`id="${document.pages[0]!.sections[1]!.id}"`);
  });
});

describe('theme contrast', () => {
  const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`);
  it('every tone keeps text, muted text, links and button labels at WCAG AA for any input colors', () => {
    const base = sampleSite().theme;
    fc.assert(
      fc.property(fc.record({ primary: hex, secondary: hex, accent: hex, background: hex, surface: hex, text: hex, muted: hex }), fc.constantFrom('light' as const, 'dark' as const), (colors, mode) => {
        for (const tone of Object.values(tonePalettes({ ...base, colors, mode }))) {
          for (const background of [tone.background, tone.surface]) {
            if (contrast(tone.text, background) < 4.5 || contrast(tone.muted, background) < 4.5 || contrast(tone.link, background) < 4.5) return false;
          }
          if (contrast(tone.onPrimary, tone.primary) < 4.5) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
