import { escapeHtml, trustedMarkup, type SafeHtml } from '../markup/index.ts';
import { PathData, type ArtMotif } from '../site/index.ts';
import { seededUnit } from './hash.ts';

/**
 * Art for picture slots a person has not filled yet: a soft gradient in the theme's colours with a few shapes, and,
 * when the site has drawings (`theme.art`, chosen by the composer for the trade), one of them drawn large with two
 * small echoes; a person's slot (a team member) gets a figure. Painted through CSS classes (`.art-*` in ART_CSS), so
 * it follows theme changes and needs no `style` attribute. Deterministic in `seed`; the markup is built only from
 * numbers, escaped text and path data that passed the schema's path grammar (checked again here).
 */
const RATIOS = { wide: [1200, 800], square: [800, 800], portrait: [800, 1000] } as const;

export type ArtRatio = keyof typeof RATIOS;

export interface ArtOptions {
  /** A person (team member): a figure rather than the site's drawings. */
  subject?: 'person';
  /** Which of the site's drawings, best first; without it, the seed's trailing `_<n>` or a hash of the seed picks. */
  rank?: number;
}

/** Tabler's "user" outline (MIT), for people without a photo. */
const PERSON: ArtMotif = { name: 'user', paths: ['M8 7a4 4 0 1 0 8 0a4 4 0 0 0 -8 0', 'M6 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2'] };

const ICON_GRID = 24;

function drawing(motif: ArtMotif, x: number, y: number, size: number, className: string): string {
  const paths = motif.paths.filter((path) => PathData.safeParse(path).success);
  if (paths.length === 0) return '';
  const scale = size / ICON_GRID;
  const left = (x - size / 2).toFixed(1);
  const top = (y - size / 2).toFixed(1);
  return `<g class="${className}" transform="translate(${left} ${top}) scale(${scale.toFixed(3)})">${paths.map((path) => `<path d="${escapeHtml(path)}"/>`).join('')}</g>`;
}

function rankOf(seed: string, options: ArtOptions, count: number): number {
  if (options.rank !== undefined) return options.rank % count;
  const indexed = /_(\d+)$/.exec(seed);
  return indexed ? Number(indexed[1]) % count : Math.floor(seededUnit(seed, 21) * count);
}

export function placeholderArt(seed: string, label: string, ratio: ArtRatio = 'wide', motifs: readonly ArtMotif[] = [], options: ArtOptions = {}): SafeHtml {
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
  const short = Math.min(width, height);
  const figures: string[] = [];
  if (options.subject === 'person') {
    figures.push(drawing(PERSON, width / 2, height * 0.54, short * 0.62, 'art-motif'));
  } else if (motifs.length > 0) {
    const rank = rankOf(seed, options, motifs.length);
    figures.push(drawing(motifs[rank]!, width / 2, height / 2, short * 0.46, 'art-motif'));
    // Two small echoes of the site's other drawings in opposite corners, placed by the seed.
    const [first, second] = [motifs[(rank + 1) % motifs.length]!, motifs[(rank + 2) % motifs.length]!];
    const corner = unit(23) < 0.5;
    figures.push(drawing(first, width * (corner ? 0.16 : 0.84), height * 0.2, short * 0.16, 'art-motif art-echo'));
    figures.push(drawing(second, width * (corner ? 0.84 : 0.16), height * 0.8, short * 0.16, 'art-motif art-echo'));
  }
  const name = escapeHtml(label || 'Illustration');
  return trustedMarkup(
    `<svg class="art" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${name}" focusable="false">` +
      `<defs><linearGradient id="${id}" gradientTransform="rotate(${angle} .5 .5)"><stop class="art-stop-a" offset="0"/><stop class="art-stop-b" offset="1"/></linearGradient></defs>` +
      `<rect width="${width}" height="${height}" fill="url(#${id})"/>${shapes.join('')}${figures.join('')}</svg>`,
  );
}

export const ART_CSS = `
.art-stop-a{stop-color:var(--color-primary)}
.art-stop-b{stop-color:var(--color-accent)}
.art-shape-0{fill:var(--color-background);opacity:.14}
.art-shape-1{fill:var(--color-on-primary);opacity:.1}
.art-shape-2{fill:var(--color-accent);opacity:.35}
.art-motif{fill:none;stroke:var(--color-on-primary);stroke-width:1.25;stroke-linecap:round;stroke-linejoin:round;opacity:.92}
.art-echo{opacity:.35;stroke-width:1.5}
`;
