// One page of a site as a self-contained HTML document for the preview frame: the same render() the server
// publishes with, the stylesheet inlined (a srcdoc frame has no files of its own), no script anywhere.
import { pageFile, render } from '../../../src/render/index.ts';
import type { Site } from '../../../src/site/index.ts';

const STYLESHEET_LINK = /<link rel="stylesheet" href="\/?(styles\.[0-9a-f]+\.css)">/;

export function pageHtml(site: Site, pageId: string): string {
  const page = site.pages.find((candidate) => candidate.id === pageId) ?? site.pages[0];
  const files = render(site);
  const file = page ? files.get(pageFile(page)) : undefined;
  if (file === undefined) return '<!doctype html><title>Empty page</title>';
  return file.replace(STYLESHEET_LINK, (_link, name: string) => `<style>${(files.get(name) ?? '').replaceAll('</style', '<\\/style')}</style>`);
}
