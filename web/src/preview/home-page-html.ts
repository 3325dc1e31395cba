// A site's home page as one self-contained HTML document for a preview iframe (srcdoc): the same render() the
// server publishes with, run in the browser, made a preview document (stylesheet inlined, no script anywhere:
// src/render/preview-document.ts). Loaded lazily: it brings the renderer and the section catalog with it.
import { EDITOR_FONT_URL, previewDocument, render } from '../../../src/render/index.ts';
import type { Site } from '../../../src/site/index.ts';

export function homePageHtml(site: Site): string {
  const home = previewDocument(render(site, { fontUrl: EDITOR_FONT_URL }), 'index.html');
  if (home === undefined) throw new Error('This site has no home page.');
  return home;
}
