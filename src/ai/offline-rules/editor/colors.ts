import { mix } from '../../../site/index.ts';

// Colour words → hex. Mid-tone, saturated-but-calm shades chosen to read well as buttons and links on white
// (the renderer still checks every pair); "light"/"dark" variants are mixed from them.

const COLORS: Readonly<Record<string, string>> = {
  red: '#c62828', crimson: '#b71c1c', scarlet: '#d32f2f', burgundy: '#800020', maroon: '#7b1e2b', wine: '#722f37',
  orange: '#e65100', coral: '#e5533d', terracotta: '#b85c38', rust: '#a0461e', peach: '#f4a27b', salmon: '#e9806e',
  yellow: '#f9c80e', mustard: '#c99a06', gold: '#b8860b', golden: '#b8860b', amber: '#ff8f00',
  cream: '#fdf6e3', beige: '#f1e6d2', sand: '#d8c3a5', tan: '#b08d57', brown: '#6d4c41', chocolate: '#4e342e', coffee: '#6f4e37',
  green: '#2e7d32', forest: '#1b5e20', olive: '#556b2f', sage: '#7a9a7e', emerald: '#047857', mint: '#3eb489', lime: '#65a30d',
  teal: '#00796b', turquoise: '#0e9aa7', aqua: '#0fa3b1', cyan: '#0891b2',
  blue: '#1d4ed8', sky: '#0284c7', navy: '#1e3a5f', cobalt: '#0047ab', indigo: '#3949ab', slate: '#475569',
  purple: '#6a1b9a', violet: '#7c3aed', lavender: '#9575cd', lilac: '#b39ddb', plum: '#6b2d5c', magenta: '#c026d3',
  pink: '#d81b60', rose: '#e11d48', blush: '#e8a5b4', fuchsia: '#c026d3',
  black: '#111111', charcoal: '#333333', gray: '#616161', grey: '#616161', silver: '#9e9e9e', white: '#ffffff', ivory: '#fffff0',
};

const SHADES: Readonly<Record<string, string>> = {
  'forest green': '#1b5e20', 'navy blue': '#1e3a5f', 'royal blue': '#1d4ed8', 'sky blue': '#0284c7', 'baby blue': '#89c2e8',
  'midnight blue': '#191970', 'hot pink': '#e91e63', 'lime green': '#65a30d', 'olive green': '#556b2f', 'sage green': '#7a9a7e',
  'mint green': '#3eb489', 'burnt orange': '#cc5500', 'dusty rose': '#c0848a', 'slate gray': '#475569', 'slate grey': '#475569',
  'off white': '#faf9f6', 'off-white': '#faf9f6', 'bottle green': '#006a4e', 'brick red': '#a23b2a',
};

const LIGHTER = /^(light|pale|soft|pastel|baby)$/;
const DARKER = /^(dark|deep|rich)$/;

export interface NamedColor {
  /** How the person said it ("dark green", "#1e3a8a"). */
  name: string;
  hex: string;
}

/** The first colour named in `text`: a hex code (#1e3a8a, #abc), a shade ("forest green") or a colour word with an optional light/dark. */
export function colorIn(text: string): NamedColor | undefined {
  const hex = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return { name: `#${full.toLowerCase()}`, hex: `#${full.toLowerCase()}` };
  }
  const lower = text.toLowerCase();
  const shade = Object.keys(SHADES).find((name) => new RegExp(`\\b${name}\\b`).test(lower));
  if (shade !== undefined) return { name: shade, hex: SHADES[shade]! };
  for (const match of lower.matchAll(/\b(?:(light|pale|soft|pastel|baby|dark|deep|rich)[\s-]+)?([a-z]+)\b/g)) {
    const base = COLORS[match[2]!];
    if (base === undefined) continue;
    const modifier = match[1] ?? '';
    if (LIGHTER.test(modifier)) return { name: `${modifier} ${match[2]}`, hex: mix(base, '#ffffff', 0.45) };
    if (DARKER.test(modifier)) return { name: `${modifier} ${match[2]}`, hex: mix(base, '#000000', 0.35) };
    return { name: match[2]!, hex: base };
  }
  return undefined;
}

/** The word a prompt uses as a colour when it is not one we know ("make the primary colour blurple" → blurple). */
export function unknownColorWord(text: string): string | undefined {
  const lower = text.toLowerCase().replace(/[.!?]+$/, '');
  const word = (/\b(?:to|into|as|be)\s+(?:a |an |the )?([a-z-]+)(?:\s+(?:colou?r|one|shade|tone))?$/.exec(lower) ?? /([a-z-]+)$/.exec(lower))?.[1];
  return word === undefined || /^(colou?rs?|theme|one|it|please|primary|accent|secondary|background|text|instead|now)$/.test(word) ? undefined : word;
}
