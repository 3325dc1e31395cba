import { FONTS, type FontFamilyId } from '../../../site/index.ts';

// Font names people ask for → the closest curated family. PageHub ships no web fonts (every family is a system
// font stack, docs/decisions/2026-11-22-system-font-stacks.md), so "Poppins" becomes the stack of its kind.

const FAMILIES: readonly [string, FontFamilyId][] = [
  ['roboto slab', 'slab-serif'], ['zilla slab', 'slab-serif'], ['josefin slab', 'slab-serif'], ['rockwell', 'slab-serif'], ['arvo', 'slab-serif'], ['slab', 'slab-serif'],
  ['dancing script', 'handwritten'], ['pacifico', 'handwritten'], ['caveat', 'handwritten'], ['comic sans', 'handwritten'], ['handwriting', 'handwritten'], ['handwritten', 'handwritten'], ['script', 'handwritten'], ['cursive', 'handwritten'], ['calligraph', 'handwritten'],
  ['source code', 'monospace'], ['fira code', 'monospace'], ['jetbrains', 'monospace'], ['courier', 'monospace'], ['monospace', 'monospace'], ['mono', 'monospace'], ['code', 'monospace'], ['typewriter', 'monospace'],
  ['poppins', 'geometric'], ['montserrat', 'geometric'], ['avenir', 'geometric'], ['futura', 'geometric'], ['century gothic', 'geometric'], ['gotham', 'geometric'], ['raleway', 'geometric'], ['proxima nova', 'geometric'], ['dm sans', 'geometric'], ['geometric', 'geometric'],
  ['open sans', 'humanist'], ['source sans', 'humanist'], ['gill sans', 'humanist'], ['fira sans', 'humanist'], ['noto sans', 'humanist'], ['lato', 'humanist'], ['ubuntu', 'humanist'], ['calibri', 'humanist'], ['frutiger', 'humanist'], ['myriad', 'humanist'], ['segoe', 'humanist'], ['verdana', 'humanist'], ['humanist', 'humanist'],
  ['inter', 'neo-grotesque'], ['roboto', 'neo-grotesque'], ['helvetica', 'neo-grotesque'], ['arial', 'neo-grotesque'], ['sf pro', 'neo-grotesque'], ['san francisco', 'neo-grotesque'], ['neue haas', 'neo-grotesque'], ['grotesque', 'neo-grotesque'], ['grotesk', 'neo-grotesque'],
  ['quicksand', 'rounded'], ['nunito', 'rounded'], ['comfortaa', 'rounded'], ['varela round', 'rounded'], ['rounded', 'rounded'],
  ['bahnschrift', 'industrial'], ['franklin gothic', 'industrial'], ['oswald', 'industrial'], ['bebas', 'industrial'], ['din', 'industrial'], ['condensed', 'industrial'], ['industrial', 'industrial'],
  ['playfair', 'didone'], ['didot', 'didone'], ['bodoni', 'didone'], ['didone', 'didone'],
  ['eb garamond', 'old-style'], ['garamond', 'old-style'], ['palatino', 'old-style'], ['cormorant', 'old-style'], ['minion', 'old-style'], ['iowan', 'old-style'], ['old style', 'old-style'], ['old-style', 'old-style'],
  ['bookman', 'antique'], ['clarendon', 'antique'], ['antique', 'antique'],
  ['georgia', 'transitional'], ['merriweather', 'transitional'], ['times new roman', 'transitional'], ['times', 'transitional'], ['baskerville', 'transitional'], ['charter', 'transitional'], ['cambria', 'transitional'], ['pt serif', 'transitional'], ['lora', 'transitional'], ['libre baskerville', 'transitional'], ['transitional', 'transitional'],
  ['system ui', 'system-ui'], ['system-ui', 'system-ui'], ['system font', 'system-ui'],
  ['sans-serif', 'neo-grotesque'], ['sans serif', 'neo-grotesque'], ['serif', 'transitional'], ['sans', 'neo-grotesque'],
];

const FAMILY_PATTERNS = FAMILIES.map(([name, id]) => [name, id, new RegExp(`(?<![a-z])${name.replace(/ /g, '[ -]?')}(?![a-z])`)] as const);

export interface FontChoice {
  id: FontFamilyId;
  /** The name the person used, when it is not the family's own label (for "closest to Poppins"). */
  askedFor: string | undefined;
}

/** The curated family closest to the first font named in `text`, or undefined. */
export function fontIn(text: string): FontChoice | undefined {
  const lower = text.toLowerCase();
  let best: { at: number; length: number; name: string; id: FontFamilyId } | undefined;
  for (const [name, id, pattern] of FAMILY_PATTERNS) {
    const at = pattern.exec(lower)?.index;
    if (at === undefined) continue;
    if (best === undefined || at < best.at || (at === best.at && name.length > best.length)) best = { at, length: name.length, name, id };
  }
  if (best === undefined) return undefined;
  const isOwnName = FONTS[best.id].label.toLowerCase().replace('-', ' ') === best.name.replace('-', ' ') || best.name === best.id;
  const original = text.slice(best.at, best.at + best.length);
  return { id: best.id, askedFor: isOwnName ? undefined : original.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase()) };
}

export function fontLabel(id: FontFamilyId): string {
  return FONTS[id].label;
}
