// Colour arithmetic on #rrggbb strings, the one home for it: WCAG relative luminance and contrast, mixing,
// saturation, and the shade search that keeps a hue while reaching a contrast target. The composer picks a
// palette with it, the renderer checks every pair again with it, and the offline editor mixes shades with it —
// the same routine everywhere, so one theme always comes out one way.

type Rgb = readonly [number, number, number];

/** How finely ensureContrast searches from a colour towards black or white: 1/40 of the way a step. */
const CONTRAST_SEARCH_STEPS = 40;

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function luminance(hex: string): number {
  const [red, green, blue] = parseHex(hex);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio of two colours, 1 … 21, in either order. */
export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `first` moved `weight` (0 … 1) of the way to `second`, channel by channel. */
export function mix(first: string, second: string, weight: number): string {
  const a = parseHex(first);
  const b = parseHex(second);
  return toHex([a[0] + (b[0] - a[0]) * weight, a[1] + (b[1] - a[1]) * weight, a[2] + (b[2] - a[2]) * weight]);
}

/** Dark enough that white reads on it better than black does. */
export function isDark(hex: string): boolean {
  return luminance(hex) < 0.18;
}

/**
 * `color` itself when it reaches `ratio` against `background`; otherwise the closest shade of it (mixed towards
 * white on a dark background, towards black on a light one, in steps of 1/40) that does. Falls back to white or
 * black, which reach 4.5:1 on any background, so a ratio up to 4.5 is always met.
 */
export function ensureContrast(color: string, background: string, ratio: number): string {
  if (contrast(color, background) >= ratio) return color;
  const target = isDark(background) ? '#ffffff' : '#000000';
  for (let step = 1; step <= CONTRAST_SEARCH_STEPS; step += 1) {
    const candidate = mix(color, target, step / CONTRAST_SEARCH_STEPS);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return target;
}

/** White or near-black (pure black when needed), whichever reads better on `background`; reaches 4.5:1 on any fill. */
export function readableOn(background: string): string {
  const white = contrast('#ffffff', background);
  const ink = contrast('#111111', background);
  if (white >= ink && white >= 4.5) return '#ffffff';
  if (ink >= 4.5) return '#111111';
  return contrast('#000000', background) > white ? '#000000' : '#ffffff';
}

/** Moves saturation by `amount` (-1 … 1), keeping hue and lightness. */
export function saturate(hex: string, amount: number): string {
  const [red, green, blue] = parseHex(hex).map((channel) => channel / 255) as [number, number, number];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  if (max === min) return hex;
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  let hue = max === red ? (green - blue) / delta + (green < blue ? 6 : 0) : max === green ? (blue - red) / delta + 2 : (red - green) / delta + 4;
  hue /= 6;
  const next = Math.min(1, Math.max(0, saturation + amount));
  const q = lightness < 0.5 ? lightness * (1 + next) : lightness + next - lightness * next;
  const p = 2 * lightness - q;
  const channel = (t: number): number => {
    const wrapped = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (wrapped < 1 / 6) return p + (q - p) * 6 * wrapped;
    if (wrapped < 1 / 2) return q;
    if (wrapped < 2 / 3) return p + (q - p) * (2 / 3 - wrapped) * 6;
    return p;
  };
  return toHex([channel(hue + 1 / 3) * 255, channel(hue) * 255, channel(hue - 1 / 3) * 255]);
}
