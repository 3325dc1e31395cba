// A site's home page as one self-contained HTML document for a preview iframe (srcdoc): the same render() the
// server publishes with, run in the browser, with the stylesheet inlined (an srcdoc frame has no files of its
// own) and no script anywhere. Loaded lazily: it brings the renderer and the section catalog with it.
import { EDITOR_FONT_URL, render } from '../../../src/render/index.ts';
import type { Site } from '../../../src/site/index.ts';

const STYLESHEET_LINK = /<link rel="stylesheet" href="\/?(styles\.[0-9a-f]+\.css)">/;

export function homePageHtml(site: Site): string {
  const files = render(site, { fontUrl: EDITOR_FONT_URL });
  const home = files.get('index.html');
  if (home === undefined) throw new Error('This site has no home page.');
  return home.replace(STYLESHEET_LINK, (_link, name: string) => `<style>${(files.get(name) ?? '').replaceAll('</style', '<\\/style')}</style>`);
}
