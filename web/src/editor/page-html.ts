// One page of a site as a self-contained HTML document for the preview frame: the same render() the server
// publishes with, made a preview document (the stylesheet inlined, no script anywhere: src/render/preview-document.ts);
// the web fonts come from the API's font route.
import { EDITOR_FONT_URL, pageFile, previewDocument, render } from '../../../src/render/index.ts';
import type { ImageAssets, Site } from '../../../src/site/index.ts';

/** `images`: the site's uploaded pictures at their editor addresses (without them, pictures show as art). */
export function pageHtml(site: Site, pageId: string, images?: ImageAssets): string {
  const page = site.pages.find((candidate) => candidate.id === pageId) ?? site.pages[0];
  const files = render(site, images ? { images, fontUrl: EDITOR_FONT_URL } : { fontUrl: EDITOR_FONT_URL });
  return (page ? previewDocument(files, pageFile(page)) : undefined) ?? '<!doctype html><title>Empty page</title>';
}
