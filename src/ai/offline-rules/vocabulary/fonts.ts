// Font words: well-known font families with the curated family (src/site/fonts.ts) closest to each, generic kinds
// ("a serif", "handwritten"), and the words that say which text a font is for (headings or body).
import { FONTS, type FontFamilyId } from '../../../site/index.ts';
import { phrasePattern } from './phrases.ts';

/** Well-known families, lower case, mapped to the curated family of that name or the one that looks most like them. */
export const FONT_FAMILIES: Readonly<Record<string, FontFamilyId>> = {
  poppins: 'poppins', montserrat: 'montserrat', futura: 'poppins', avenir: 'montserrat', raleway: 'raleway',
  'josefin sans': 'poppins', 'century gothic': 'poppins', gotham: 'montserrat', 'dm sans': 'dm-sans', outfit: 'poppins',
  'work sans': 'work-sans', inter: 'inter', roboto: 'roboto', helvetica: 'inter', arial: 'inter',
  manrope: 'inter', 'ibm plex sans': 'inter', 'sf pro': 'inter', 'san francisco': 'system-ui',
  lato: 'lato', 'open sans': 'open-sans', 'source sans': 'source-sans-3', 'source sans pro': 'source-sans-3', 'fira sans': 'source-sans-3',
  'noto sans': 'source-sans-3', 'gill sans': 'source-sans-3', calibri: 'source-sans-3', ubuntu: 'source-sans-3', verdana: 'open-sans', tahoma: 'open-sans',
  'trebuchet ms': 'source-sans-3', 'pt sans': 'source-sans-3', frutiger: 'source-sans-3', myriad: 'source-sans-3', 'segoe ui': 'system-ui',
  nunito: 'nunito', quicksand: 'quicksand', comfortaa: 'nunito', 'varela round': 'nunito', 'arial rounded': 'nunito',
  oswald: 'oswald', 'bebas neue': 'bebas-neue', bebas: 'bebas-neue', din: 'oswald', 'barlow condensed': 'oswald',
  'roboto condensed': 'oswald', 'franklin gothic': 'oswald', anton: 'oswald', impact: 'oswald', barlow: 'oswald',
  merriweather: 'merriweather', georgia: 'merriweather', 'times new roman': 'source-serif-4',
  baskerville: 'libre-baskerville', 'libre baskerville': 'libre-baskerville', charter: 'source-serif-4', 'source serif': 'source-serif-4',
  'pt serif': 'source-serif-4', lora: 'lora', cambria: 'source-serif-4', 'noto serif': 'source-serif-4',
  garamond: 'eb-garamond', 'eb garamond': 'eb-garamond', palatino: 'eb-garamond', 'crimson text': 'eb-garamond', caslon: 'eb-garamond',
  minion: 'eb-garamond', sabon: 'eb-garamond', bembo: 'eb-garamond', cormorant: 'cormorant-garamond', 'cormorant garamond': 'cormorant-garamond',
  'playfair display': 'playfair-display', playfair: 'playfair-display', bodoni: 'playfair-display', didot: 'playfair-display', 'abril fatface': 'playfair-display',
  'dm serif display': 'dm-serif-display', prata: 'playfair-display', 'roboto slab': 'roboto-slab', rockwell: 'roboto-slab', arvo: 'roboto-slab',
  'zilla slab': 'roboto-slab', bitter: 'roboto-slab', 'josefin slab': 'roboto-slab', 'museo slab': 'roboto-slab',
  bookman: 'merriweather', clarendon: 'merriweather', cooper: 'merriweather', 'cooper black': 'merriweather',
  pacifico: 'dancing-script', 'dancing script': 'dancing-script', caveat: 'caveat', lobster: 'dancing-script',
  'great vibes': 'dancing-script', satisfy: 'dancing-script', 'comic sans': 'caveat', 'indie flower': 'caveat',
  sacramento: 'dancing-script', 'amatic sc': 'caveat', kalam: 'caveat', 'shadows into light': 'caveat',
  courier: 'jetbrains-mono', 'courier new': 'jetbrains-mono', 'fira code': 'jetbrains-mono', 'jetbrains mono': 'jetbrains-mono',
  'source code pro': 'jetbrains-mono', 'roboto mono': 'jetbrains-mono', 'space mono': 'jetbrains-mono', 'ibm plex mono': 'jetbrains-mono',
  consolas: 'jetbrains-mono', menlo: 'jetbrains-mono', monaco: 'jetbrains-mono',
};

/** Generic kinds of type, as people write them. */
export const FONT_KINDS: Readonly<Record<string, FontFamilyId>> = {
  serif: 'source-serif-4', 'classic serif': 'eb-garamond', 'sans serif': 'inter', sans: 'inter', 'sans-serif': 'inter',
  script: 'dancing-script', cursive: 'dancing-script', handwriting: 'caveat', handwritten: 'caveat', 'hand-written': 'caveat',
  monospace: 'jetbrains-mono', mono: 'jetbrains-mono', typewriter: 'jetbrains-mono', rounded: 'nunito', condensed: 'oswald',
  geometric: 'montserrat', slab: 'roboto-slab', 'slab serif': 'roboto-slab', system: 'system-ui', 'system font': 'system-ui',
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

/** The curated family closest to a named family or kind ("Futura" → Poppins, "a serif" → Source Serif 4). */
export function fontIdFor(name: string): FontFamilyId | undefined {
  const key = name.trim().toLowerCase();
  return FONT_FAMILIES[key] ?? FONT_KINDS[key] ?? FONT_FAMILIES[key.replace(/s$/, '')];
}

/** The first known family or kind named in `text`, as written. */
export function findFontName(text: string): string | undefined {
  return FONT_FAMILY_PATTERN.exec(text)?.[0] ?? fontKindPattern.exec(text)?.[0];
}
