import { z } from 'zod';
import { ThemeArt } from './art.ts';
import { FONT_IDS } from './fonts.ts';
import { LEGACY_FONT_IDS } from './legacy-fonts.ts';
import { HexColor, ImageSrc } from './primitives.ts';
import { ShortText } from './text.ts';

export const ThemeColors = z.object({
  primary: HexColor,
  secondary: HexColor,
  accent: HexColor,
  background: HexColor,
  surface: HexColor,
  text: HexColor,
  muted: HexColor,
});
export type ThemeColors = z.infer<typeof ThemeColors>;

/** A curated family; the pre-web-font ids stay readable (legacy-fonts.ts) for documents stored before migration 2. */
export const FontId = z.enum([...FONT_IDS, ...LEGACY_FONT_IDS]);
export type FontId = z.infer<typeof FontId>;

export const Theme = z.object({
  colors: ThemeColors,
  fonts: z.object({ heading: FontId, body: FontId }),
  /** Corner radius used by every button, card, image and input. */
  radius: z.enum(['none', 'sm', 'md', 'lg', 'full']),
  /** Section padding and gaps. */
  density: z.enum(['compact', 'comfortable', 'spacious']),
  /** Ratio of the modular type scale: 1.2 restrained … 1.333 bold. */
  typeScale: z.number().min(1.125).max(1.5).default(1.25),
  headingWeight: z.union([z.literal(400), z.literal(500), z.literal(600), z.literal(700), z.literal(800)]).default(700),
  logo: z.object({ text: ShortText.optional(), src: ImageSrc.optional() }).default({}),
  mode: z.enum(['light', 'dark']),
  /** Drawings in the site's colours where a picture slot has no photo yet (absent: a pattern). */
  art: ThemeArt.optional(),
});
export type Theme = z.infer<typeof Theme>;
