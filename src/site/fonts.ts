/**
 * The curated font list. Every family is a system-font stack (after modern-font-stacks): sites make no request
 * to a font CDN and ship no font files, so text paints at once on every device. docs/decisions records why.
 */
export const FONTS = {
  'system-ui': { label: 'System UI', kind: 'sans', stack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif' },
  humanist: { label: 'Humanist', kind: 'sans', stack: 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", source-sans-pro, sans-serif' },
  geometric: { label: 'Geometric', kind: 'sans', stack: 'Avenir, Montserrat, Corbel, "URW Gothic", source-sans-pro, sans-serif' },
  'neo-grotesque': { label: 'Neo-Grotesque', kind: 'sans', stack: 'Inter, Roboto, "Helvetica Neue", "Arial Nova", "Nimbus Sans", Arial, sans-serif' },
  rounded: { label: 'Rounded', kind: 'sans', stack: 'ui-rounded, "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", "Arial Rounded MT Bold", Calibri, source-sans-pro, sans-serif' },
  industrial: { label: 'Industrial', kind: 'sans', stack: 'Bahnschrift, "DIN Alternate", "Franklin Gothic Medium", "Nimbus Sans Narrow", sans-serif-condensed, sans-serif' },
  transitional: { label: 'Transitional', kind: 'serif', stack: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, serif' },
  'old-style': { label: 'Old Style', kind: 'serif', stack: '"Iowan Old Style", "Palatino Linotype", "URW Palladio L", P052, serif' },
  didone: { label: 'Didone', kind: 'serif', stack: 'Didot, "Bodoni MT", "Noto Serif Display", "URW Palladio L", P052, Sylfaen, serif' },
  'slab-serif': { label: 'Slab Serif', kind: 'serif', stack: 'Rockwell, "Rockwell Nova", "Roboto Slab", "DejaVu Serif", "Sitka Small", serif' },
  antique: { label: 'Antique', kind: 'serif', stack: 'Superclarendon, "Bookman Old Style", "URW Bookman", "URW Bookman L", "Georgia Pro", Georgia, serif' },
  handwritten: { label: 'Handwritten', kind: 'script', stack: '"Segoe Print", "Bradley Hand", Chilanka, TSCu_Comic, casual, cursive' },
  monospace: { label: 'Monospace', kind: 'mono', stack: 'ui-monospace, "Cascadia Code", "Source Code Pro", Menlo, Consolas, "DejaVu Sans Mono", monospace' },
} as const;

export type FontFamilyId = keyof typeof FONTS;
export const FONT_IDS = Object.keys(FONTS) as [FontFamilyId, ...FontFamilyId[]];
