// Reads the metrics a fallback face needs from a font file (TrueType/OpenType, or WOFF 1 with its zlib-compressed
// tables): units per em, the hhea ascender, descender and line gap, and the average advance of English text.
import { inflateSync } from 'node:zlib';

export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** The average advance width of English running text (letters by their frequency, and spaces), in font units. */
  averageWidth: number;
}

/** How often each character appears in English prose, in percent (letters after Lewand, spaces about one in six). */
const FREQUENCIES: Record<string, number> = {
  ' ': 18, a: 8.2, b: 1.5, c: 2.8, d: 4.3, e: 12.7, f: 2.2, g: 2.0, h: 6.1, i: 7.0, j: 0.15, k: 0.77, l: 4.0, m: 2.4, n: 6.7,
  o: 7.5, p: 1.9, q: 0.095, r: 6.0, s: 6.3, t: 9.1, u: 2.8, v: 0.98, w: 2.4, x: 0.15, y: 2.0, z: 0.074,
};

function tablesOf(bytes: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const isWoff = bytes.toString('latin1', 0, 4) === 'wOFF';
  const count = bytes.readUInt16BE(isWoff ? 12 : 4);
  for (let index = 0; index < count; index += 1) {
    const entry = isWoff ? 44 + index * 20 : 12 + index * 16;
    const tag = bytes.toString('latin1', entry, entry + 4);
    const offset = bytes.readUInt32BE(entry + 8 - (isWoff ? 4 : 0));
    if (isWoff) {
      const compressed = bytes.readUInt32BE(entry + 8);
      const original = bytes.readUInt32BE(entry + 12);
      const data = bytes.subarray(offset, offset + compressed);
      tables.set(tag, compressed < original ? inflateSync(data) : data);
    } else {
      tables.set(tag, bytes.subarray(offset, offset + bytes.readUInt32BE(entry + 12)));
    }
  }
  return tables;
}

/** The glyph of each character, from the cmap's Unicode BMP subtable (format 4). */
function glyphOf(cmap: Buffer, code: number): number {
  const count = cmap.readUInt16BE(2);
  for (let index = 0; index < count; index += 1) {
    const platform = cmap.readUInt16BE(4 + index * 8);
    const encoding = cmap.readUInt16BE(6 + index * 8);
    const table = cmap.subarray(cmap.readUInt32BE(8 + index * 8));
    if (!((platform === 3 && encoding === 1) || platform === 0) || table.readUInt16BE(0) !== 4) continue;
    const segments = table.readUInt16BE(6) / 2;
    const ends = 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let segment = 0; segment < segments; segment += 1) {
      if (table.readUInt16BE(ends + segment * 2) < code) continue;
      const start = table.readUInt16BE(starts + segment * 2);
      if (start > code) return 0;
      const delta = table.readInt16BE(deltas + segment * 2);
      const rangeOffset = table.readUInt16BE(ranges + segment * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = table.readUInt16BE(ranges + segment * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
  }
  return 0;
}

export function readFontMetrics(bytes: Buffer): FontMetrics {
  const tables = tablesOf(bytes);
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`The font has no ${tag} table`);
    return found;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  const longMetrics = hhea.readUInt16BE(34);
  const advance = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, longMetrics - 1) * 4);
  let total = 0;
  let weight = 0;
  for (const [character, frequency] of Object.entries(FREQUENCIES)) {
    total += advance(glyphOf(cmap, character.charCodeAt(0))) * frequency;
    weight += frequency;
  }
  return {
    unitsPerEm: head.readUInt16BE(18),
    ascent: hhea.readInt16BE(4),
    descent: hhea.readInt16BE(6),
    lineGap: hhea.readInt16BE(8),
    averageWidth: Math.round(total / weight),
  };
}
