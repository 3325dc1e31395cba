import type { FontFamilyId } from './fonts.ts';

/**
 * The system-font stacks PageHub offered before web fonts (docs/decisions/2026-11-22-system-font-stacks.md, now
 * superseded), each with the real family nearest in character. Migration 1 → 2 rewrites them; documents already
 * stored in a history are not migrated on read, so the schema still accepts these ids and everything that shows a
 * font reads it through `resolveFontId`. The picker never offers them.
 */
export const LEGACY_FONTS = {
  humanist: 'source-sans-3',
  geometric: 'montserrat',
  'neo-grotesque': 'inter',
  rounded: 'nunito',
  industrial: 'oswald',
  transitional: 'source-serif-4',
  'old-style': 'eb-garamond',
  didone: 'playfair-display',
  'slab-serif': 'roboto-slab',
  antique: 'merriweather',
  handwritten: 'caveat',
  monospace: 'jetbrains-mono',
} as const satisfies Record<string, FontFamilyId>;

export type LegacyFontId = keyof typeof LEGACY_FONTS;
export const LEGACY_FONT_IDS = Object.keys(LEGACY_FONTS) as [LegacyFontId, ...LegacyFontId[]];

/** The curated family a theme's font id means: itself, or the family a legacy id became. */
export function resolveFontId(id: FontFamilyId | LegacyFontId): FontFamilyId {
  return id in LEGACY_FONTS ? LEGACY_FONTS[id as LegacyFontId] : (id as FontFamilyId);
}
