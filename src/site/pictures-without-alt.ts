// The pictures of a site that nobody has described: an image (`{ src, alt }`, ./primitives.ts) in a section whose
// alt text is empty in the default language. Publishing refuses them (people who can't see the picture hear its
// description); the publish screen asks for each one.
import { sectionDefinition } from './catalog.ts';
import type { Site } from './site.ts';
import { resolveText, type LocalizedText } from './text.ts';

export interface PictureWithoutAlt {
  pageId: string;
  pageTitle: string;
  sectionId: string;
  /** The section's kind as the editor names it: `Hero`, `Gallery`. */
  sectionLabel: string;
  /** JSON Pointer of the picture's `alt` in the document: `/pages/0/sections/0/props/image/alt`. */
  path: string;
  /** The picture: `asset:<id>`, a site path or an https: address. */
  src: string;
}

function isImage(value: Record<string, unknown>): boolean {
  return typeof value.src === 'string' && 'alt' in value && Object.keys(value).every((key) => ['src', 'alt', 'width', 'height'].includes(key));
}

function imagesIn(value: unknown, path: string): { src: string; alt: unknown; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => imagesIn(entry, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (isImage(record)) return [{ src: record.src as string, alt: record.alt, path: `${path}/alt` }];
  return Object.entries(record).flatMap(([key, entry]) => imagesIn(entry, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
}

export function findPicturesWithoutAlt(site: Site): PictureWithoutAlt[] {
  const locale = site.locales.default;
  return site.pages.flatMap((page, pageIndex) =>
    page.sections.flatMap((section, sectionIndex) =>
      imagesIn(section.props, `/pages/${pageIndex}/sections/${sectionIndex}/props`)
        .filter(({ alt }) => resolveText((alt ?? '') as LocalizedText, locale).trim() === '')
        .map(({ src, path }) => ({
          pageId: page.id,
          pageTitle: resolveText(page.title, locale),
          sectionId: section.id,
          sectionLabel: sectionDefinition(section.type)?.label ?? section.type,
          path,
          src,
        })),
    ),
  );
}
