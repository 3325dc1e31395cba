// One page of a site as a self-contained HTML document for the preview frame: the same render() the server
// publishes with, the stylesheet inlined (a srcdoc frame has no files of its own), no script anywhere; the web
// fonts come from the API's font route.
import { EDITOR_FONT_URL, pageFile, render } from '../../../src/render/index.ts';
import type { ImageAssets, Site } from '../../../src/site/index.ts';

const STYLESHEET_LINK = /<link rel="stylesheet" href="\/?(styles\.[0-9a-f]+\.css)">/;

/** `images`: the site's uploaded pictures at their editor addresses (without them, pictures show as art). */
export function pageHtml(site: Site, pageId: string, images?: ImageAssets): string {
  const page = site.pages.find((candidate) => candidate.id === pageId) ?? site.pages[0];
  const files = render(site, images ? { images, fontUrl: EDITOR_FONT_URL } : { fontUrl: EDITOR_FONT_URL });
  const file = page ? files.get(pageFile(page)) : undefined;
  if (file === undefined) return '<!doctype html><title>Empty page</title>';
  return file.replace(STYLESHEET_LINK, (_link, name: string) => `<style>${(files.get(name) ?? '').replaceAll('</style', '<\\/style')}</style>`);
}
