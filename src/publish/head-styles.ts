// What lets a published page's own `<style>` elements past its CSP: the sha-256 of each one in the page's head.
// render() writes the whole head (a person's text reaches it only escaped, never as markup), so whatever stands
// there is ours; the body's markup is never hashed.
import { createHash } from 'node:crypto';

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

/** `'sha256-…'` for each distinct `<style>` in `page`'s head; none when it has no head. */
export function headStyleSources(page: string): string[] {
  const end = page.indexOf('</head>');
  const head = end < 0 ? '' : page.slice(0, end);
  const sources = [...head.matchAll(STYLE_ELEMENT)].map((match) => `'sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}'`);
  return [...new Set(sources)];
}
