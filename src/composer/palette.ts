import { contrast, ensureContrast, isDark, luminance, mix, saturate, type ThemeColors } from '../site/index.ts';

// Turning colour words into the theme's seven colours. The industry palette is the starting point; named colours
// replace its primary and secondary, moods ("earthy tones") replace it wholesale, and every text colour is checked
// against its background.

const COLOR_NAMES: Readonly<Record<string, string>> = {
  red: '#c8102e', crimson: '#b91c1c', scarlet: '#d62828', burgundy: '#7f1d2d', maroon: '#7a1f2b', orange: '#ea6a0c',
  terracotta: '#c0603f', rust: '#b7410e', coral: '#f26b5b', peach: '#f4a582', yellow: '#f5c518', mustard: '#d4a017',
  gold: '#c9a227', golden: '#c9a227', cream: '#fbf5e9', beige: '#efe4d0', sand: '#d8c3a5', tan: '#c29b6e', brown: '#7b4b2a',
  chocolate: '#4e2a1e', green: '#2f7d4f', olive: '#6b7436', sage: '#87a08a', emerald: '#0f8a5f', mint: '#7fd1b0',
  teal: '#0f766e', turquoise: '#14a3a3', aqua: '#1fb6d0', cyan: '#0891b2', blue: '#2563eb', navy: '#1e2a5a',
  indigo: '#4338ca', purple: '#7e22ce', violet: '#7c3aed', lavender: '#a994d8', lilac: '#b795c7', plum: '#6b2d5c',
  pink: '#e0457b', blush: '#e8a5b4', magenta: '#c026d3', black: '#111111', charcoal: '#2e3033', grey: '#6b7280',
  gray: '#6b7280', silver: '#a8adb4', white: '#ffffff', ivory: '#fffdf4',
};

const NAMED_SHADES: Readonly<Record<string, string>> = {
  'forest green': '#1f5135', 'sky blue': '#3aa0d8', 'royal blue': '#1d4ed8', 'navy blue': '#1e2a5a', 'hot pink': '#e11d74',
  'burnt orange': '#c4520f', 'olive green': '#5f6b2f', 'sage green': '#7d9b80', 'lime green': '#5f9e1a', 'midnight blue': '#1b2340',
  'baby blue': '#8ec5ea', 'baby pink': '#f4b6c8', 'dusty rose': '#c0848a', 'dusty pink': '#d19aa6', 'electric blue': '#1f6bff',
};

const LIGHT_NEUTRALS = new Set(['white', 'ivory', 'cream', 'beige']);
const DARK_NEUTRALS = new Set(['black', 'charcoal']);

/** Whole palettes for colour moods. */
const MOODS: Readonly<Record<string, ThemeColors>> = {
  earthy: { primary: '#9a4f2e', secondary: '#5f6b3c', accent: '#c89b3c', background: '#faf6ef', surface: '#efe6d8', text: '#2d2620', muted: '#675b50' },
  bright: { primary: '#e4572e', secondary: '#1b9aaa', accent: '#ffc914', background: '#ffffff', surface: '#fff4e6', text: '#1d1d1f', muted: '#55555c' },
  pastel: { primary: '#7a6bb0', secondary: '#5f9ea0', accent: '#f6b8c8', background: '#fffdfb', surface: '#f3eefa', text: '#2a2733', muted: '#5f5b6b' },
  monochrome: { primary: '#111111', secondary: '#444444', accent: '#8a8a8a', background: '#ffffff', surface: '#f4f4f4', text: '#111111', muted: '#555555' },
  neutral: { primary: '#5b5147', secondary: '#8a7e72', accent: '#c8b8a6', background: '#fbfaf8', surface: '#f1eee9', text: '#24211e', muted: '#625a52' },
  muted: { primary: '#5d6d7e', secondary: '#8a7f8d', accent: '#b9a58f', background: '#fafafa', surface: '#eff1f3', text: '#22272d', muted: '#5b636c' },
};

/** The hex colour of a phrase such as "dark blue", "gold" or "forest green", or undefined. */
export function colorFromPhrase(phrase: string): string | undefined {
  const normalized = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const shade = NAMED_SHADES[normalized];
  if (shade !== undefined) return shade;
  const words = normalized.split(' ');
  const base = COLOR_NAMES[words[words.length - 1] ?? ''];
  if (base === undefined) return undefined;
  switch (words.length > 1 ? words[0] : '') {
    case 'light': case 'pale': case 'soft': case 'pastel': case 'baby': return mix(base, '#ffffff', 0.45);
    case 'dark': case 'deep': case 'midnight': return mix(base, '#000000', 0.38);
    case 'bright': case 'vivid': case 'electric': case 'neon': case 'hot': return saturate(base, 0.25);
    case 'muted': case 'dusty': return saturate(base, -0.35);
    default: return base;
  }
}

export interface PaletteRequest {
  colors: readonly string[];
  colorMood: string | undefined;
  styles: readonly string[];
  wantsDarkMode: boolean;
}

export interface Palette {
  colors: ThemeColors;
  mode: 'light' | 'dark';
  /** Black was asked for alongside other colours: paint the hero and call-to-action bands dark. */
  hasDarkBands: boolean;
}

export function buildPalette(base: ThemeColors, request: PaletteRequest): Palette {
  let colors: ThemeColors = { ...(request.colorMood !== undefined ? MOODS[request.colorMood] ?? base : base) };
  const named = request.colors.map((phrase) => ({ phrase, hex: colorFromPhrase(phrase) })).filter((color): color is { phrase: string; hex: string } => color.hex !== undefined);
  const lastWord = (phrase: string): string => phrase.split(' ').pop() ?? '';
  const chromatic = named.filter((color) => !LIGHT_NEUTRALS.has(lastWord(color.phrase)) && !DARK_NEUTRALS.has(lastWord(color.phrase)));
  const lightNeutral = named.find((color) => LIGHT_NEUTRALS.has(lastWord(color.phrase)));
  const darkNeutral = named.find((color) => DARK_NEUTRALS.has(lastWord(color.phrase)));

  if (lightNeutral !== undefined) colors.background = lightNeutral.hex;
  const [first, second, third] = chromatic;
  if (first !== undefined) {
    const isLight = luminance(first.hex) > 0.35;
    colors.primary = ensureContrast(first.hex, colors.background, isLight ? 4.5 : 3);
    colors.surface = mix(colors.background, first.hex, isLight ? 0.28 : 0.07);
    colors.secondary = second !== undefined ? second.hex : darkNeutral !== undefined ? darkNeutral.hex : mix(first.hex, '#000000', 0.45);
    colors.accent = third?.hex ?? second?.hex ?? (isLight ? first.hex : colors.accent);
    colors.text = mix('#15171a', colors.primary, 0.12);
  } else if (darkNeutral !== undefined) {
    colors = { ...MOODS.monochrome!, background: colors.background };
  }
  for (const style of request.styles) colors = adjustForStyle(colors, style);

  const mode = request.wantsDarkMode ? 'dark' : 'light';
  if (mode === 'dark') colors = darken(colors);
  colors.primary = ensureContrast(colors.primary, colors.background, 3);
  colors.text = ensureContrast(colors.text, colors.background, 7);
  colors.muted = ensureContrast(ensureContrast(colors.muted, colors.background, 4.6), colors.surface, 4.6);
  if (contrast(colors.surface, colors.text) < 7) colors.surface = mix(colors.background, colors.surface, 0.5);
  return { colors, mode, hasDarkBands: darkNeutral !== undefined && first !== undefined && mode === 'light' };
}

function adjustForStyle(colors: ThemeColors, style: string): ThemeColors {
  switch (style) {
    case 'elegant': return { ...colors, primary: saturate(colors.primary, -0.18), accent: saturate(colors.accent, -0.15) };
    case 'bold': return { ...colors, primary: saturate(colors.primary, 0.15) };
    case 'playful': case 'cheerful': return { ...colors, accent: saturate(colors.accent, 0.2) };
    case 'minimal': return { ...colors, surface: mix(colors.surface, colors.background, 0.4) };
    case 'formal': case 'professional': return { ...colors, accent: saturate(colors.accent, -0.12) };
    default: return colors;
  }
}

function darken(colors: ThemeColors): ThemeColors {
  const background = mix(colors.primary, '#0c0e12', 0.9);
  const surface = mix(colors.primary, '#171a20', 0.86);
  return {
    ...colors,
    background,
    surface,
    text: '#f2f4f7',
    muted: mix('#f2f4f7', background, 0.3),
    primary: isDark(colors.primary) ? ensureContrast(colors.primary, background, 4.5) : colors.primary,
  };
}
