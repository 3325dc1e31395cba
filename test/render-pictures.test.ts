// Uploaded pictures in rendered pages: <picture> with AVIF and WebP srcsets, intrinsic sizes, priority and lazy
// loading, loading colours from the stylesheet (no style attributes), art for a picture that is gone, valid HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { sampleSite } from './support/sample-site.ts';
import { attribute, elements, parseDocument } from './support/dom.ts';
import type { ImageAssets, Site } from '../src/site/index.ts';
import { render } from '../src/render/index.ts';

const validator = new HtmlValidate({ root: true, extends: [], ...JSON.parse(readFileSync(join(import.meta.dirname, '../.htmlvalidate.json'), 'utf8')) });

const files = (id: string, widths: number[], fallback: 'jpeg' | 'png' = 'jpeg') =>
  (['avif', 'webp', fallback] as const).flatMap((format) => widths.map((width) => ({ url: `/assets/${id}-${width}.${format === 'jpeg' ? 'jpg' : format}`, format, width })));

const IMAGES: ImageAssets = {
  'hero-photo': { width: 3000, height: 2000, dominantColor: '#a0643c', files: files('hero-photo', [480, 960, 1600, 2400]) },
  'gallery-1': { width: 1200, height: 900, dominantColor: '#335577', files: files('gallery-1', [480, 960, 1200]) },
};

/** The sample site with an uploaded hero photo on the home page, one gallery photo, and one picture that was deleted. */
function siteWithPictures(): Site {
  const site = sampleSite();
  const home = site.pages[0]!;
  home.sections.unshift({ id: 'home-hero', type: 'hero', visible: true, props: { variant: 'split', heading: 'Bread worth getting up for', image: { src: 'asset:hero-photo', alt: 'Loaves cooling on a rack', width: 1200, height: 800 } } } as never);
  const gallery = site.pages.flatMap((page) => page.sections).find((section) => section.type === 'gallery') as unknown as { props: { items: { image?: unknown }[] } };
  gallery.props.items[0]!.image = { src: 'asset:gallery-1', alt: 'The shop front', width: 1200, height: 800 };
  gallery.props.items[1]!.image = { src: 'asset:deleted-one', alt: 'A picture since deleted', width: 1200, height: 800 };
  return site;
}

describe('pictures', () => {
  const rendered = render(siteWithPictures(), { images: IMAGES });
  const home = rendered.get('index.html')!;
  const pictures = () => [...elements(parseDocument(home))].filter((element) => element.tagName === 'picture');

  it('shows an uploaded photo as <picture> with AVIF and WebP srcsets, its intrinsic size and no lazy loading above the fold', () => {
    const hero = pictures().find((picture) => attribute(picture, 'class') === 'ph-herophoto')!;
    const [avif, webp, image] = [...elements(hero)];
    expect([avif?.tagName, attribute(avif!, 'type'), webp?.tagName, attribute(webp!, 'type'), image?.tagName]).toEqual(['source', 'image/avif', 'source', 'image/webp', 'img']);
    expect(attribute(avif!, 'srcset')).toBe('/assets/hero-photo-480.avif 480w, /assets/hero-photo-960.avif 960w, /assets/hero-photo-1600.avif 1600w, /assets/hero-photo-2400.avif 2400w');
    expect(attribute(avif!, 'sizes')).toBe('(min-width: 60rem) 50vw, 100vw');
    expect(['src', 'width', 'height', 'alt', 'fetchpriority', 'loading', 'decoding', 'class'].map((name) => attribute(image!, name))).toEqual(['/assets/hero-photo-1600.jpg', '3000', '2000', 'Loaves cooling on a rack', 'high', undefined, 'async', 'hero-image']);
    expect(home).toContain('<link rel="preload" as="image" href="/assets/hero-photo-1600.jpg" imagesrcset="/assets/hero-photo-480.avif 480w, /assets/hero-photo-960.avif 960w, /assets/hero-photo-1600.avif 1600w, /assets/hero-photo-2400.avif 2400w" imagesizes="(min-width: 60rem) 50vw, 100vw" type="image/avif" fetchpriority="high">');
  });

  it('loads pictures below the fold lazily, paints their colour from the stylesheet, and draws art for a deleted one', () => {
    const galleryPage = [...rendered].find(([, markup]) => markup.includes('gallery-1'))![1];
    const image = [...elements(parseDocument(galleryPage))].find((element) => element.tagName === 'img' && attribute(element, 'src')?.includes('gallery-1'))!;
    expect([attribute(image, 'loading'), attribute(image, 'fetchpriority'), attribute(image, 'src')]).toEqual(['lazy', undefined, '/assets/gallery-1-1200.jpg']);
    expect(galleryPage).not.toContain('deleted-one');
    expect(galleryPage).not.toContain('/assets/deleted');
    const stylesheet = [...rendered].find(([path]) => path.endsWith('.css'))![1];
    expect(stylesheet).toMatch(/\.ph-herophoto\{background-color:#a0643c\}/);
    expect(home).not.toMatch(/style=/);
  });

  it('writes valid HTML', async () => {
    for (const [path, markup] of rendered) {
      if (!path.endsWith('.html')) continue;
      const report = await validator.validateString(markup);
      expect(report.results.flatMap((result) => result.messages.map((message) => `${path}: ${message.message}`))).toEqual([]);
    }
  });
});

describe('a large photo whose sizes are still being made (the editor preview)', () => {
  // What the library gives the preview while the job runs: the picture's own size and one display JPEG.
  const rendered = render(siteWithPictures(), { images: { ...IMAGES, 'hero-photo': { width: 3000, height: 2000, dominantColor: '#a0643c', files: [{ url: '/api/display-1600.jpg', format: 'jpeg', width: 1600 }] } } });
  const home = rendered.get('index.html')!;

  it('shows the display file with the picture\'s own width and height (nothing moves when the sizes arrive) and preloads it', async () => {
    const hero = [...elements(parseDocument(home))].find((element) => element.tagName === 'picture' && attribute(element, 'class') === 'ph-herophoto')!;
    const children = [...elements(hero)];
    expect(children.map((element) => element.tagName)).toEqual(['img']);
    expect(['src', 'srcset', 'width', 'height'].map((name) => attribute(children[0]!, name))).toEqual(['/api/display-1600.jpg', '/api/display-1600.jpg 1600w', '3000', '2000']);
    expect(home).toContain('<link rel="preload" as="image" href="/api/display-1600.jpg" imagesrcset="/api/display-1600.jpg 1600w" imagesizes="(min-width: 60rem) 50vw, 100vw" type="image/jpeg" fetchpriority="high">');
    const report = await validator.validateString(home);
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });
});

describe('the logo in the head and the header', () => {
  const LOGO: ImageAssets = {
    ...IMAGES,
    // An SVG upload: its sanitized drawing beside raster files; a wide logo (4 : 1).
    'wide-logo': { width: 1600, height: 400, dominantColor: '#1d4ed8', files: [...files('wide-logo', [480, 960, 1600], 'png'), { url: '/assets/wide-logo.svg', format: 'svg', width: 1600 }] },
  };
  const ICONS = {
    favicons: [32, 192, 512].map((size) => ({ size, url: `/icons/favicon-${size}.0123456789abcdef0123.png` })),
    appleTouchIcon: '/icons/apple-touch-icon.0123456789abcdef0123.png',
    openGraph: { url: '/icons/og.0123456789abcdef0123.png', width: 1200, height: 630 },
  };
  const withLogo = () => {
    const site = siteWithPictures();
    site.theme.logo.src = 'asset:wide-logo';
    return site;
  };
  const published = render(withLogo(), { images: LOGO, icons: ICONS, baseUrl: 'https://crumb.example' });
  const head = (markup: string) => [...elements(parseDocument(markup))].filter((element) => element.tagName === 'link' || element.tagName === 'meta');
  const meta = (markup: string, property: string) => {
    const element = head(markup).find((candidate) => attribute(candidate, 'property') === property);
    return element && attribute(element, 'content');
  };

  it('links every favicon with its size and the apple-touch icon on every page, and the card as og:image with its size where a page has no image of its own', () => {
    const pages = [...published].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const [path, markup] of pages) {
      const icons = head(markup).filter((element) => /icon/.test(attribute(element, 'rel') ?? ''));
      expect(icons.map((element) => [attribute(element, 'rel'), attribute(element, 'href'), attribute(element, 'sizes'), attribute(element, 'type')]), path).toEqual([
        ['icon', '/icons/favicon-32.0123456789abcdef0123.png', '32x32', 'image/png'],
        ['icon', '/icons/favicon-192.0123456789abcdef0123.png', '192x192', 'image/png'],
        ['icon', '/icons/favicon-512.0123456789abcdef0123.png', '512x512', 'image/png'],
        ['apple-touch-icon', '/icons/apple-touch-icon.0123456789abcdef0123.png', '180x180', undefined],
      ]);
      expect([meta(markup, 'og:image'), meta(markup, 'og:image:width'), meta(markup, 'og:image:height')], path).toEqual(['https://crumb.example/icons/og.0123456789abcdef0123.png', '1200', '630']);
    }
  });

  it('prefers a page’s own SEO picture for og:image, with that file’s size', () => {
    const site = withLogo();
    site.pages[0]!.seo = { ...site.pages[0]!.seo, image: 'asset:hero-photo' };
    const home = render(site, { images: LOGO, icons: ICONS, baseUrl: 'https://crumb.example' }).get('index.html')!;
    expect([meta(home, 'og:image'), meta(home, 'og:image:width'), meta(home, 'og:image:height')]).toEqual(['https://crumb.example/assets/hero-photo-1600.jpg', '1600', '1067']);
  });

  it('shows an SVG logo’s drawing in the header at 40 pixels high, its width from its shape (no layout shift)', () => {
    const header = [...elements(parseDocument(published.get('index.html')!))].find((element) => element.tagName === 'header')!;
    const logo = [...elements(header)].find((element) => element.tagName === 'img')!;
    expect([attribute(logo, 'src'), attribute(logo, 'width'), attribute(logo, 'height'), attribute(logo, 'alt')]).toEqual(['/assets/wide-logo.svg', '160', '40', '']);
    const stylesheet = [...published].find(([path]) => path.endsWith('.css'))![1];
    expect(stylesheet).toMatch(/\.brand img\{height:2\.5rem;width:auto;max-width:min\(12rem,45vw\);object-fit:contain/);
  });

  it('without published icons (the editor’s preview) links the logo’s own file, and a site without a logo picture its monogram', () => {
    const preview = render(withLogo(), { images: LOGO }).get('index.html')!;
    expect(head(preview).filter((element) => /icon/.test(attribute(element, 'rel') ?? '')).map((element) => attribute(element, 'href'))).toEqual(['/assets/wide-logo-480.png']);
    const plain = render(siteWithPictures(), { images: IMAGES }).get('index.html')!;
    expect(head(plain).filter((element) => /icon/.test(attribute(element, 'rel') ?? '')).map((element) => [attribute(element, 'href'), attribute(element, 'type')])).toEqual([['/favicon.svg', 'image/svg+xml']]);
    expect(meta(plain, 'og:image')).toBeUndefined();
  });

  it('writes valid HTML', async () => {
    for (const [path, markup] of published) {
      if (!path.endsWith('.html')) continue;
      const report = await validator.validateString(markup);
      expect(report.results.flatMap((result) => result.messages.map((message) => `${path}: ${message.message}`))).toEqual([]);
    }
  });
});
