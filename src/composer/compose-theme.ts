import type { Theme } from '../site/index.ts';
import type { ExtractedFacts } from './facts.ts';
import type { IndustryProfile, Look } from './industries/index.ts';
import { pickMotifs } from './art/index.ts';
import { buildPalette } from './palette.ts';

// Style words → theme tokens, as SITE-DESIGN.md maps them: "minimal" → whitespace and a restrained scale,
// "bold" → larger scale and heavier weights, "elegant" → serif headings, "playful" → rounder corners …
// Each style sets only the tokens that define it; later words win where two disagree.

type Tokens = Pick<Look, 'heading' | 'body' | 'radius' | 'density' | 'typeScale' | 'headingWeight' | 'hero'>;

const STYLE_TOKENS: Readonly<Record<string, Partial<Tokens>>> = {
  minimal: { density: 'spacious', typeScale: 1.2, headingWeight: 600, hero: 'centered' },
  modern: { heading: 'geometric', body: 'neo-grotesque' },
  playful: { radius: 'full', heading: 'rounded' },
  cheerful: { radius: 'lg', heading: 'rounded' },
  friendly: { radius: 'lg', body: 'humanist' },
  elegant: { heading: 'didone', headingWeight: 500 },
  bold: { typeScale: 1.333, headingWeight: 800, heading: 'industrial', hero: 'overlay' },
  serene: { density: 'spacious', heading: 'old-style', headingWeight: 500, hero: 'centered' },
  calm: { density: 'spacious', typeScale: 1.2, radius: 'lg' },
  formal: { heading: 'transitional', radius: 'none', typeScale: 1.2 },
  warm: { heading: 'old-style', radius: 'md' },
  techy: { heading: 'neo-grotesque', body: 'system-ui', radius: 'sm', density: 'compact' },
  professional: { body: 'system-ui', radius: 'sm', typeScale: 1.2 },
  rustic: { heading: 'slab-serif' },
};

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
