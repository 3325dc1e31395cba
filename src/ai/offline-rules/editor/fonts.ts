import { FONT_STYLE_WORDS, styleFonts } from '../../../composer/index.ts';
import { FONTS, type FontFamilyId } from '../../../site/index.ts';

// Font names people ask for → the curated family of that name, or the closest one ("Futura" → Poppins). The
// curated families are self-hosted web fonts (docs/decisions/2026-12-03-self-hosted-web-fonts.md).

const FAMILIES: readonly [string, FontFamilyId][] = [
  ...Object.entries(FONTS).map(([id, font]) => [font.label.toLowerCase(), id as FontFamilyId] as [string, FontFamilyId]),
  ['work sans', 'work-sans'], ['dm serif', 'dm-serif-display'], ['source serif', 'source-serif-4'], ['bebas neue', 'bebas-neue'],
  ['roboto slab', 'roboto-slab'], ['zilla slab', 'roboto-slab'], ['josefin slab', 'roboto-slab'], ['rockwell', 'roboto-slab'], ['arvo', 'roboto-slab'], ['slab', 'roboto-slab'],
  ['dancing script', 'dancing-script'], ['pacifico', 'dancing-script'], ['caveat', 'caveat'], ['comic sans', 'caveat'], ['handwriting', 'caveat'], ['handwritten', 'caveat'], ['script', 'dancing-script'], ['cursive', 'dancing-script'], ['calligraph', 'dancing-script'],
  ['source code', 'jetbrains-mono'], ['fira code', 'jetbrains-mono'], ['jetbrains', 'jetbrains-mono'], ['courier', 'jetbrains-mono'], ['monospace', 'jetbrains-mono'], ['mono', 'jetbrains-mono'], ['code', 'jetbrains-mono'], ['typewriter', 'jetbrains-mono'],
  ['poppins', 'poppins'], ['montserrat', 'montserrat'], ['avenir', 'montserrat'], ['futura', 'poppins'], ['century gothic', 'poppins'], ['gotham', 'montserrat'], ['raleway', 'raleway'], ['proxima nova', 'montserrat'], ['dm sans', 'dm-sans'], ['geometric', 'montserrat'],
  ['open sans', 'open-sans'], ['source sans', 'source-sans-3'], ['gill sans', 'source-sans-3'], ['fira sans', 'source-sans-3'], ['noto sans', 'source-sans-3'], ['lato', 'lato'], ['ubuntu', 'source-sans-3'], ['calibri', 'source-sans-3'], ['frutiger', 'source-sans-3'], ['myriad', 'source-sans-3'], ['segoe', 'source-sans-3'], ['verdana', 'open-sans'], ['humanist', 'source-sans-3'],
  ['inter', 'inter'], ['roboto', 'roboto'], ['helvetica', 'inter'], ['arial', 'inter'], ['sf pro', 'inter'], ['san francisco', 'inter'], ['neue haas', 'inter'], ['grotesque', 'inter'], ['grotesk', 'inter'],
  ['quicksand', 'quicksand'], ['nunito', 'nunito'], ['comfortaa', 'nunito'], ['varela round', 'nunito'], ['rounded', 'nunito'],
  ['bahnschrift', 'oswald'], ['franklin gothic', 'oswald'], ['oswald', 'oswald'], ['bebas', 'bebas-neue'], ['din', 'oswald'], ['condensed', 'oswald'], ['industrial', 'oswald'],
  ['playfair', 'playfair-display'], ['didot', 'playfair-display'], ['bodoni', 'playfair-display'], ['didone', 'playfair-display'],
  ['eb garamond', 'eb-garamond'], ['garamond', 'eb-garamond'], ['palatino', 'eb-garamond'], ['cormorant', 'cormorant-garamond'], ['minion', 'eb-garamond'], ['iowan', 'eb-garamond'], ['old style', 'eb-garamond'], ['old-style', 'eb-garamond'],
  ['bookman', 'merriweather'], ['clarendon', 'merriweather'], ['antique', 'merriweather'],
  ['georgia', 'merriweather'], ['merriweather', 'merriweather'], ['times new roman', 'source-serif-4'], ['times', 'source-serif-4'], ['baskerville', 'libre-baskerville'], ['charter', 'source-serif-4'], ['cambria', 'source-serif-4'], ['pt serif', 'source-serif-4'], ['lora', 'lora'], ['libre baskerville', 'libre-baskerville'], ['transitional', 'source-serif-4'],
  ['system ui', 'system-ui'], ['system-ui', 'system-ui'], ['system font', 'system-ui'],
  ['sans-serif', 'inter'], ['sans serif', 'inter'], ['serif', 'source-serif-4'], ['sans', 'inter'],
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
  const isOwnName = best.id === 'system-ui' || FONTS[best.id].label.toLowerCase().replace('-', ' ') === best.name.replace('-', ' ') || best.name === best.id;
  const original = text.slice(best.at, best.at + best.length);
  return { id: best.id, askedFor: isOwnName ? undefined : original.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase()) };
}

export function fontLabel(id: FontFamilyId): string {
  return FONTS[id].label;
}

const STYLE_PATTERN = new RegExp(`\\b(${FONT_STYLE_WORDS.join('|')})\\b`, 'i');

/** The pairing a style word in `text` asks for ("make the font more elegant" → Playfair Display over Lato), or undefined. */
export function fontStyleIn(text: string): ReturnType<typeof styleFonts> {
  const word = STYLE_PATTERN.exec(text)?.[1];
  return word === undefined ? undefined : styleFonts(word);
}
