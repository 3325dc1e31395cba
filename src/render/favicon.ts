import { escapeHtml } from '../markup/index.ts';
import { readableOn } from '../site/index.ts';

/** An SVG monogram favicon: the business's initial on its primary color. */
export function monogramFavicon(name: string, primary: string): string {
  const letter = (name.match(/[\p{L}\p{N}]/u)?.[0] ?? 'P').toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${primary}"/><text x="32" y="33" dominant-baseline="central" text-anchor="middle" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="38" font-weight="700" fill="${readableOn(primary)}">${escapeHtml(letter)}</text></svg>\n`;
}
