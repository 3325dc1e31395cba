// Font words: well-known font families with the curated family (src/site/fonts.ts) closest to each, generic kinds
// ("a serif", "handwritten"), and the words that say which text a font is for (headings or body).
import { FONTS, type FontFamilyId } from '../../../site/index.ts';
import { phrasePattern } from './phrases.ts';

/** Well-known families, lower case, mapped to the curated system-font stack that looks most like them. */
export const FONT_FAMILIES: Readonly<Record<string, FontFamilyId>> = {
  poppins: 'geometric', montserrat: 'geometric', futura: 'geometric', avenir: 'geometric', raleway: 'geometric',
  'josefin sans': 'geometric', 'century gothic': 'geometric', gotham: 'geometric', 'dm sans': 'geometric', outfit: 'geometric',
  'work sans': 'neo-grotesque', inter: 'neo-grotesque', roboto: 'neo-grotesque', helvetica: 'neo-grotesque', arial: 'neo-grotesque',
  manrope: 'neo-grotesque', 'ibm plex sans': 'neo-grotesque', 'sf pro': 'neo-grotesque', 'san francisco': 'system-ui',
  lato: 'humanist', 'open sans': 'humanist', 'source sans': 'humanist', 'source sans pro': 'humanist', 'fira sans': 'humanist',
  'noto sans': 'humanist', 'gill sans': 'humanist', calibri: 'humanist', ubuntu: 'humanist', verdana: 'humanist', tahoma: 'humanist',
  'trebuchet ms': 'humanist', 'pt sans': 'humanist', frutiger: 'humanist', myriad: 'humanist', 'segoe ui': 'system-ui',
  nunito: 'rounded', quicksand: 'rounded', comfortaa: 'rounded', 'varela round': 'rounded', 'arial rounded': 'rounded',
  oswald: 'industrial', 'bebas neue': 'industrial', bebas: 'industrial', din: 'industrial', 'barlow condensed': 'industrial',
  'roboto condensed': 'industrial', 'franklin gothic': 'industrial', anton: 'industrial', impact: 'industrial', barlow: 'industrial',
  merriweather: 'transitional', georgia: 'transitional', 'times new roman': 'transitional',
  baskerville: 'transitional', 'libre baskerville': 'transitional', charter: 'transitional', 'source serif': 'transitional',
  'pt serif': 'transitional', lora: 'transitional', cambria: 'transitional', 'noto serif': 'transitional',
  garamond: 'old-style', 'eb garamond': 'old-style', palatino: 'old-style', 'crimson text': 'old-style', caslon: 'old-style',
  minion: 'old-style', sabon: 'old-style', bembo: 'old-style', cormorant: 'old-style', 'cormorant garamond': 'old-style',
  'playfair display': 'didone', playfair: 'didone', bodoni: 'didone', didot: 'didone', 'abril fatface': 'didone',
  'dm serif display': 'didone', prata: 'didone', 'roboto slab': 'slab-serif', rockwell: 'slab-serif', arvo: 'slab-serif',
  'zilla slab': 'slab-serif', bitter: 'slab-serif', 'josefin slab': 'slab-serif', 'museo slab': 'slab-serif',
  bookman: 'antique', clarendon: 'antique', cooper: 'antique', 'cooper black': 'antique',
  pacifico: 'handwritten', 'dancing script': 'handwritten', caveat: 'handwritten', lobster: 'handwritten',
  'great vibes': 'handwritten', satisfy: 'handwritten', 'comic sans': 'handwritten', 'indie flower': 'handwritten',
  sacramento: 'handwritten', 'amatic sc': 'handwritten', kalam: 'handwritten', 'shadows into light': 'handwritten',
  courier: 'monospace', 'courier new': 'monospace', 'fira code': 'monospace', 'jetbrains mono': 'monospace',
  'source code pro': 'monospace', 'roboto mono': 'monospace', 'space mono': 'monospace', 'ibm plex mono': 'monospace',
  consolas: 'monospace', menlo: 'monospace', monaco: 'monospace',
};

/** Generic kinds of type, as people write them. */
export const FONT_KINDS: Readonly<Record<string, FontFamilyId>> = {
  serif: 'transitional', 'classic serif': 'old-style', 'sans serif': 'neo-grotesque', sans: 'neo-grotesque', 'sans-serif': 'neo-grotesque',
  script: 'handwritten', cursive: 'handwritten', handwriting: 'handwritten', handwritten: 'handwritten', 'hand-written': 'handwritten',
  monospace: 'monospace', mono: 'monospace', typewriter: 'monospace', rounded: 'rounded', condensed: 'industrial',
  geometric: 'geometric', slab: 'slab-serif', 'slab serif': 'slab-serif', system: 'system-ui', 'system font': 'system-ui',
  ...Object.fromEntries(Object.entries(FONTS).map(([id, font]) => [font.label.toLowerCase(), id as FontFamilyId])),
};

/** Words that make a prompt about type: "font", "typeface", "typography". */
export const FONT_WORD_PATTERN = /\b(?:fonts?|typefaces?|typography|font famil(?:y|ies)|lettering|type ?style)\b/i;
/** The text a font is for: headings ("for headings", "titles", "heading font"). */
export const HEADING_TEXT_PATTERN = /\b(?:headings?|headers?|headlines?|titles?|display)\b/i;
/** The text a font is for: body ("body font", "text font", "paragraphs"). */
export const BODY_TEXT_PATTERN = /\b(?:body|paragraphs?|text|copy|running text|everything else)\b/i;

export const FONT_FAMILY_PATTERN = phrasePattern(Object.keys(FONT_FAMILIES));
const fontKindPattern = phrasePattern(Object.keys(FONT_KINDS));
/** Kinds that name type even without the word "font" ("use sans-serif everywhere"); "rounded" may mean corners. */
export const CLEAR_FONT_KIND_PATTERN = phrasePattern(['serif', 'sans serif', 'sans-serif', 'monospace', 'handwritten', 'handwriting', 'cursive', 'typewriter', 'slab serif']);

/** The curated family closest to a named family or kind ("Poppins" → geometric, "a serif" → transitional). */
export function fontIdFor(name: string): FontFamilyId | undefined {
  const key = name.trim().toLowerCase();
  return FONT_FAMILIES[key] ?? FONT_KINDS[key] ?? FONT_FAMILIES[key.replace(/s$/, '')];
}

/** The first known family or kind named in `text`, as written. */
export function findFontName(text: string): string | undefined {
  return FONT_FAMILY_PATTERN.exec(text)?.[0] ?? fontKindPattern.exec(text)?.[0];
}
