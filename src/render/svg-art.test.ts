// Art for empty picture slots: drawings in the theme's colours, a figure for people, a pattern otherwise — never
// initials, and never markup smuggled in through a drawing.
import { describe, expect, it } from 'vitest';
import { ArtMotif } from '../site/index.ts';
import { placeholderArt } from './svg-art.ts';

const BREAD: ArtMotif = { name: 'bread', paths: ['M18 4a3 3 0 0 1 2 5.235v8.765a2 2 0 0 1 -2 2h-12a2 2 0 0 1 -2 -2v-8.764a3 3 0 0 1 1.824 -5.231h12.176v-.005'] };
const CUP: ArtMotif = { name: 'cup', paths: ['M5 11h14v-3h-14z', 'M17.5 11l-1.5 10h-8l-1.5 -10'] };

describe('placeholder art', () => {
  it('draws the site’s drawing large with two echoes, and no letters', () => {
    const svg = placeholderArt('hero-1', 'Baked fresh every morning', 'wide', [BREAD, CUP], { rank: 0 }).toString();
    expect(svg).toContain(`d="${BREAD.paths[0]}"`);
    expect(svg.match(/class="art-motif"/g)).toHaveLength(1);
    expect(svg.match(/class="art-motif art-echo"/g)).toHaveLength(2);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('aria-label="Baked fresh every morning"');
  });

  it('takes the n-th drawing for the n-th item of a list, so neighbours differ', () => {
    const first = placeholderArt('gallery-1_0', 'One', 'square', [BREAD, CUP]).toString();
    const second = placeholderArt('gallery-1_1', 'Two', 'square', [BREAD, CUP]).toString();
    expect(first).toMatch(/class="art-motif" [^>]*><path d="M18 4/);
    expect(second).toMatch(/class="art-motif" [^>]*><path d="M5 11h14/);
  });

  it('gives people a figure, and a site without drawings a pattern', () => {
    expect(placeholderArt('team-1_0', 'Ana Souza', 'square', [BREAD], { subject: 'person' }).toString()).toContain('M8 7a4 4 0 1 0 8 0');
    const pattern = placeholderArt('hero-1', 'Welcome', 'wide', []).toString();
    expect(pattern).toContain('<circle');
    expect(pattern).not.toContain('art-motif');
    expect(pattern).not.toContain('<text');
  });

  it('refuses drawings that are not path data, in the schema and again when drawing', () => {
    const hostile = { name: 'bread', paths: ['M0 0"/><script>alert(1)</script><path d="M0 0'] };
    expect(ArtMotif.safeParse(hostile).success).toBe(false);
    expect(ArtMotif.safeParse({ name: '<b>', paths: ['M0 0'] }).success).toBe(false);
    const svg = placeholderArt('hero-1', 'x', 'wide', [hostile as ArtMotif]).toString();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('art-motif');
  });
});
