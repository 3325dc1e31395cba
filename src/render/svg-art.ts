import { escapeHtml, trustedMarkup, type SafeHtml } from '../markup/index.ts';
import { seededUnit } from './hash.ts';

/**
 * Generated placeholder art for images a person has not added yet: a soft gradient with a few shapes and the
 * subject's initials, painted with the theme's colors through CSS classes (`.art-*` in ART_CSS), so it follows
 * theme changes and needs no `style` attribute. Deterministic in `seed`; markup built only from numbers and
 * escaped text.
 */
const RATIOS = { wide: [1200, 800], square: [800, 800], portrait: [800, 1000] } as const;

export type ArtRatio = keyof typeof RATIOS;

function initials(label: string): string {
  const words = label.replace(/[^\p{L}\p{N}\s&]/gu, ' ').split(/\s+/).filter((word) => word.length > 0 && word !== '&');
  return words.slice(0, 2).map((word) => word[0]!.toUpperCase()).join('');
}

export function placeholderArt(seed: string, label: string, ratio: ArtRatio = 'wide'): SafeHtml {
  const [width, height] = RATIOS[ratio];
  const id = `art-${seed.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const unit = (index: number) => seededUnit(seed, index);
  const shapes: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const cx = Math.round(unit(index * 3) * width);
    const cy = Math.round(unit(index * 3 + 1) * height);
    const radius = Math.round((0.25 + unit(index * 3 + 2) * 0.35) * Math.min(width, height));
    shapes.push(`<circle class="art-shape-${index % 3}" cx="${cx}" cy="${cy}" r="${radius}"/>`);
  }
  const angle = Math.round(unit(11) * 360);
  const letters = initials(label);
  const text = letters
    ? `<text class="art-text" x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-size="${Math.round(Math.min(width, height) * 0.28)}">${escapeHtml(letters)}</text>`
    : '';
  const name = escapeHtml(label || 'Illustration');
  return trustedMarkup(
    `<svg class="art" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${name}" focusable="false">` +
      `<defs><linearGradient id="${id}" gradientTransform="rotate(${angle} .5 .5)"><stop class="art-stop-a" offset="0"/><stop class="art-stop-b" offset="1"/></linearGradient></defs>` +
      `<rect width="${width}" height="${height}" fill="url(#${id})"/>${shapes.join('')}${text}</svg>`,
  );
}

export const ART_CSS = `
.art-stop-a{stop-color:var(--color-primary)}
.art-stop-b{stop-color:var(--color-accent)}
.art-shape-0{fill:var(--color-background);opacity:.14}
.art-shape-1{fill:var(--color-on-primary);opacity:.1}
.art-shape-2{fill:var(--color-accent);opacity:.35}
.art-text{fill:var(--color-on-primary);opacity:.9;font-family:var(--font-heading);font-weight:700;letter-spacing:.04em}
`;
