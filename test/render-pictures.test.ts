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
