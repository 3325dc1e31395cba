import type { FontFamilyId, Theme } from '../site/index.ts';
import type { ExtractedFacts } from './facts.ts';
import type { IndustryProfile, Look } from './industries/index.ts';
import { pickMotifs } from './art/index.ts';
import { buildPalette } from './palette.ts';

// Style words → theme tokens, as SITE-DESIGN.md maps them: "minimal" → whitespace and a restrained scale,
// "bold" → larger scale and heavier weights, "elegant" → serif headings (Playfair Display over Lato), "playful" →
// rounder corners and rounded type (Quicksand over Nunito) …
// Each style sets only the tokens that define it; later words win where two disagree.

type Tokens = Pick<Look, 'heading' | 'body' | 'radius' | 'density' | 'typeScale' | 'headingWeight' | 'hero'>;

const STYLE_TOKENS: Readonly<Record<string, Partial<Tokens>>> = {
  minimal: { density: 'spacious', typeScale: 1.2, headingWeight: 600, hero: 'centered' },
  modern: { heading: 'montserrat', body: 'inter' },
  playful: { radius: 'full', heading: 'quicksand', body: 'nunito' },
  cheerful: { radius: 'lg', heading: 'nunito' },
  friendly: { radius: 'lg', body: 'nunito' },
  elegant: { heading: 'playfair-display', body: 'lato', headingWeight: 500 },
  bold: { typeScale: 1.333, headingWeight: 800, heading: 'oswald', hero: 'overlay' },
  serene: { density: 'spacious', heading: 'cormorant-garamond', headingWeight: 500, hero: 'centered' },
  calm: { density: 'spacious', typeScale: 1.2, radius: 'lg' },
  formal: { heading: 'libre-baskerville', radius: 'none', typeScale: 1.2 },
  warm: { heading: 'lora', radius: 'md' },
  techy: { heading: 'inter', body: 'inter', radius: 'sm', density: 'compact' },
  professional: { body: 'source-sans-3', radius: 'sm', typeScale: 1.2 },
  rustic: { heading: 'roboto-slab' },
};

/** Words people use for a style, beside the style's own name ("classy" → elegant). */
const STYLE_SYNONYMS: Readonly<Record<string, string>> = {
  classy: 'elegant', sophisticated: 'elegant', luxurious: 'elegant', luxury: 'elegant', fancy: 'elegant', refined: 'elegant', stylish: 'elegant',
  fun: 'playful', quirky: 'playful', cute: 'playful', contemporary: 'modern', clean: 'modern', sleek: 'modern', serious: 'formal', classic: 'formal',
  traditional: 'formal', cozy: 'warm', cosy: 'warm', inviting: 'warm', technical: 'techy', strong: 'bold', loud: 'bold', approachable: 'friendly',
};

/**
 * The fonts a style word brings, as the composer pairs them ("elegant" → Playfair Display headings over Lato), for
 * the chat's "make the font more elegant"; undefined for a word that says nothing about type.
 */
export function styleFonts(word: string): { style: string; heading?: FontFamilyId; body?: FontFamilyId } | undefined {
  const style = STYLE_SYNONYMS[word.toLowerCase()] ?? word.toLowerCase();
  const tokens = Object.hasOwn(STYLE_TOKENS, style) ? STYLE_TOKENS[style] : undefined;
  if (!tokens || (!tokens.heading && !tokens.body)) return undefined;
  return { style, ...(tokens.heading ? { heading: tokens.heading } : {}), ...(tokens.body ? { body: tokens.body } : {}) };
}

/** Every word styleFonts knows. */
export const FONT_STYLE_WORDS: readonly string[] = [...Object.keys(STYLE_TOKENS), ...Object.keys(STYLE_SYNONYMS)].filter((word) => styleFonts(word) !== undefined);

export interface ComposedTheme {
  theme: Theme;
  heroVariant: Look['hero'];
  hasDarkBands: boolean;
}

export function composeTheme(profile: IndustryProfile, facts: ExtractedFacts): ComposedTheme {
  const { look } = profile;
  let tokens: Tokens = { heading: look.heading, body: look.body, radius: look.radius, density: look.density, typeScale: look.typeScale, headingWeight: look.headingWeight, hero: look.hero };
  for (const style of facts.styles) tokens = { ...tokens, ...STYLE_TOKENS[style] };
  const palette = buildPalette(look.colors, { colors: facts.colors, colorMood: facts.colorMood, styles: facts.styles, wantsDarkMode: facts.wantsDarkMode });
  const theme: Theme = {
    colors: palette.colors,
    fonts: { heading: tokens.heading, body: tokens.body },
    radius: tokens.radius,
    density: tokens.density,
    typeScale: tokens.typeScale,
    headingWeight: tokens.headingWeight,
    logo: {},
    mode: palette.mode,
  };
  const motifs = pickMotifs(facts, profile.id);
  if (motifs.length > 0) theme.art = { motifs };
  return { theme, heroVariant: tokens.hero, hasDarkBands: palette.hasDarkBands };
}
