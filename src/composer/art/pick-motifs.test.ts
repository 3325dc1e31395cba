// The drawings a composed site shows before it has photos: the trade's, the listed things', the layout's — never a
// trade the description doesn't support — and a committed art index that is never stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ART_INDEX_FILE, buildArtIndex } from '../../../scripts/build-art-index.ts';
import { ArtMotif } from '../../site/index.ts';
import { composeSite } from '../compose-site.ts';

const motifsOf = (description: string) => composeSite(description).site.theme.art?.motifs.map((motif) => motif.name) ?? [];

describe('the drawings a composed site shows where photos will go', () => {
  it('draws what the trade works with, in the taxonomy’s terms', () => {
    expect(motifsOf('Harbour Veterinary Clinic in Cork: vaccinations and surgery for cats and dogs')).toContain('dog');
    expect(motifsOf('A bicycle shop in Utrecht selling and repairing city bikes')).toContain('bike');
    expect(motifsOf('Family law firm in Leeds, divorce and custody')).toContain('gavel');
  });

  it('draws the things a description lists when it has no drawings of its own trade', () => {
    expect(motifsOf('We sell handmade candles and pottery at the Saturday market in Bath')).toContain('candle');
  });

  it('finds the trade’s drawings from descriptions in other languages too', () => {
    expect(motifsOf('Padaria Pão Quente em Lisboa: pão de fermentação natural e bolos')).toEqual(expect.arrayContaining(['bread']));
  });

  it('gives none when the description names nothing drawable, so the renderer paints a pattern', () => {
    expect(motifsOf('Nimbus Partners')).toEqual([]);
  });

  it('keeps at most four, each a drawing the schema accepts', () => {
    const motifs = composeSite('A vegan bakery in Austin: sourdough bread, croissants, cookies and birthday cakes').site.theme.art?.motifs ?? [];
    expect(motifs.length).toBeGreaterThan(0);
    expect(motifs.length).toBeLessThanOrEqual(4);
    for (const motif of motifs) expect(ArtMotif.safeParse(motif).success).toBe(true);
  });

  it('reads from a committed index that is what scripts/build-art-index.ts builds from @tabler/icons and the trade index', () => {
    expect(readFileSync(ART_INDEX_FILE, 'utf8') === buildArtIndex()).toBe(true);
  });
});
