import { FALLBACK_METRICS } from './font-metrics.ts';

/**
 * The curated font list: 26 families self-hosted from @fontsource packages (their woff2 files are published with
 * the site; docs/decisions/2026-12-03-self-hosted-web-fonts.md), and "System UI" for people who want no download at
 * all. Each web family names the weights it offers (of the 400–800 a theme can ask for), its licence, and which
 * metric-matched local font stands in while it loads (`FALLBACK_METRICS`, measured from the font files by
 * scripts/font-metrics). Where the files live is the server's business, not this list's.
 */
type Weight = 400 | 500 | 600 | 700 | 800;
type Family = { label: string; kind: 'sans' | 'serif' | 'display' | 'script' | 'mono'; weights: readonly Weight[]; fallback: FallbackFace; license: 'OFL-1.1' | 'Apache-2.0' };
/** The local face a web family's fallback is sized from: Arial, Times New Roman or Courier New (or their metric twins). */
export type FallbackFace = 'arial' | 'times' | 'courier';

/**
 * The local fonts a web family's fallback faces are sized from, in the order a page tries them: the metric twins of
 * Arial, Times New Roman and Courier New (Windows, macOS, most Linux desktops), then the phone's own face (Roboto and
 * Noto Serif on Android), then DejaVu (Linux without the twins). `names` are what `local()` matches: full and
 * PostScript names. FALLBACK_METRICS holds each web family's sizes against each (scripts/font-metrics).
 */
export const LOCAL_STAND_INS = {
  arial: [
    { id: 'arial', names: ['Arial', 'Liberation Sans', 'Arimo'] },
    { id: 'roboto', names: ['Roboto', 'Roboto-Regular'] },
    { id: 'dejavu-sans', names: ['DejaVu Sans', 'DejaVuSans'] },
  ],
  times: [
    { id: 'times', names: ['Times New Roman', 'Liberation Serif', 'Tinos'] },
    { id: 'noto-serif', names: ['Noto Serif', 'NotoSerif-Regular'] },
    { id: 'dejavu-serif', names: ['DejaVu Serif', 'DejaVuSerif'] },
  ],
  courier: [
    { id: 'courier', names: ['Courier New', 'Liberation Mono', 'Cousine'] },
    { id: 'dejavu-sans-mono', names: ['DejaVu Sans Mono', 'DejaVuSansMono'] },
  ],
} as const satisfies Record<FallbackFace, readonly { id: string; names: readonly string[] }[]>;
export type StandInId = (typeof LOCAL_STAND_INS)[FallbackFace][number]['id'];

const ALL: readonly Weight[] = [400, 500, 600, 700, 800];
const UP_TO_700: readonly Weight[] = [400, 500, 600, 700];

export const WEB_FONTS = {
  inter: { label: 'Inter', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  roboto: { label: 'Roboto', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  'open-sans': { label: 'Open Sans', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  lato: { label: 'Lato', kind: 'sans', weights: [400, 700], fallback: 'arial', license: 'OFL-1.1' },
  poppins: { label: 'Poppins', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  'source-sans-3': { label: 'Source Sans 3', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  montserrat: { label: 'Montserrat', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  nunito: { label: 'Nunito', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  'work-sans': { label: 'Work Sans', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  'dm-sans': { label: 'DM Sans', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  raleway: { label: 'Raleway', kind: 'sans', weights: ALL, fallback: 'arial', license: 'OFL-1.1' },
  quicksand: { label: 'Quicksand', kind: 'sans', weights: UP_TO_700, fallback: 'arial', license: 'OFL-1.1' },
  'playfair-display': { label: 'Playfair Display', kind: 'serif', weights: ALL, fallback: 'times', license: 'OFL-1.1' },
  merriweather: { label: 'Merriweather', kind: 'serif', weights: ALL, fallback: 'times', license: 'OFL-1.1' },
  lora: { label: 'Lora', kind: 'serif', weights: UP_TO_700, fallback: 'times', license: 'OFL-1.1' },
  'libre-baskerville': { label: 'Libre Baskerville', kind: 'serif', weights: UP_TO_700, fallback: 'times', license: 'OFL-1.1' },
  'eb-garamond': { label: 'EB Garamond', kind: 'serif', weights: ALL, fallback: 'times', license: 'OFL-1.1' },
  'cormorant-garamond': { label: 'Cormorant Garamond', kind: 'serif', weights: UP_TO_700, fallback: 'times', license: 'OFL-1.1' },
  'source-serif-4': { label: 'Source Serif 4', kind: 'serif', weights: ALL, fallback: 'times', license: 'OFL-1.1' },
  'roboto-slab': { label: 'Roboto Slab', kind: 'serif', weights: ALL, fallback: 'times', license: 'Apache-2.0' },
  'dm-serif-display': { label: 'DM Serif Display', kind: 'display', weights: [400], fallback: 'times', license: 'OFL-1.1' },
  oswald: { label: 'Oswald', kind: 'display', weights: UP_TO_700, fallback: 'arial', license: 'OFL-1.1' },
  'bebas-neue': { label: 'Bebas Neue', kind: 'display', weights: [400], fallback: 'arial', license: 'OFL-1.1' },
  'dancing-script': { label: 'Dancing Script', kind: 'script', weights: UP_TO_700, fallback: 'arial', license: 'OFL-1.1' },
  caveat: { label: 'Caveat', kind: 'script', weights: UP_TO_700, fallback: 'arial', license: 'OFL-1.1' },
  'jetbrains-mono': { label: 'JetBrains Mono', kind: 'mono', weights: ALL, fallback: 'courier', license: 'OFL-1.1' },
} as const satisfies Record<string, Family>;

export type WebFontId = keyof typeof WEB_FONTS;

const SYSTEM_UI = { label: 'System UI', kind: 'sans', weights: ALL, stack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif' } as const;

export const FONTS = { 'system-ui': SYSTEM_UI, ...WEB_FONTS } as const;

export type FontFamilyId = keyof typeof FONTS;
export const FONT_IDS = Object.keys(FONTS) as [FontFamilyId, ...FontFamilyId[]];

export function isWebFont(id: FontFamilyId): id is WebFontId {
  return id !== 'system-ui';
}

/** The subsets published: latin always, latin-ext only downloaded by a page that shows one of its letters. */
export const FONT_SUBSETS = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;
export type FontSubset = keyof typeof FONT_SUBSETS;

/** The offered weight closest to `weight` (a heavier one on a tie), so a display face with one weight is never faked bold. */
export function nearestWeight(id: FontFamilyId, weight: number): Weight {
  const weights: readonly Weight[] = FONTS[id].weights;
  return weights.reduce((best, candidate) => (Math.abs(candidate - weight) < Math.abs(best - weight) || (Math.abs(candidate - weight) === Math.abs(best - weight) && candidate > best) ? candidate : best));
}

/** The @fontsource file of one face: `playfair-display-latin-700-normal.woff2`. */
export function fontFileName(id: WebFontId, subset: FontSubset, weight: number): string {
  return `${id}-${subset}-${weight}-normal.woff2`;
}

const GENERIC = { sans: 'sans-serif', serif: 'serif', display: 'sans-serif', script: 'cursive', mono: 'monospace' } as const;

/**
 * The names of a web family's metric-matched fallback faces, one per local stand-in (`"Inter Fallback"`,
 * `"Inter Fallback 2"`, `"Inter Fallback 3"`).
 */
export function fallbackFamilies(id: WebFontId): { family: string; standIn: (typeof LOCAL_STAND_INS)[FallbackFace][number] }[] {
  const font = WEB_FONTS[id];
  return LOCAL_STAND_INS[font.fallback].map((standIn, index) => ({ family: `${font.label} Fallback${index === 0 ? '' : ` ${index + 1}`}`, standIn }));
}

/** The CSS `font-family` value for a family: the web face, its sized fallbacks, then the generic family. */
export function fontStack(id: FontFamilyId): string {
  if (!isWebFont(id)) return FONTS[id].stack;
  const font = WEB_FONTS[id];
  const generic = font.kind === 'display' && font.fallback === 'times' ? 'serif' : GENERIC[font.kind];
  return [`"${font.label}"`, ...fallbackFamilies(id).map(({ family }) => `"${family}"`), generic].join(', ');
}

export { FALLBACK_METRICS };
export type { FallbackMetrics } from './font-metrics.ts';
