// Colour arithmetic for palettes: WCAG contrast, mixing and saturation on #rrggbb strings. The renderer keeps
// its own copy (src/render/color.ts) and fixes contrast again; the composer starts from sane pairs.

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function format(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [red, green, blue] = parse(hex);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export function mix(first: string, second: string, weight: number): string {
  const a = parse(first);
  const b = parse(second);
  return format([a[0] + (b[0] - a[0]) * weight, a[1] + (b[1] - a[1]) * weight, a[2] + (b[2] - a[2]) * weight]);
}

export function isDark(hex: string): boolean {
  return luminance(hex) < 0.18;
}

/** `color`, or the nearest shade towards black or white that reaches `ratio` against `background`. */
export function ensureContrast(color: string, background: string, ratio: number): string {
  if (contrast(color, background) >= ratio) return color;
  const target = isDark(background) ? '#ffffff' : '#000000';
  for (let step = 1; step <= 40; step += 1) {
    const candidate = mix(color, target, step / 40);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return target;
}

/** Moves saturation by `amount` (-1 … 1), keeping hue and lightness. */
export function saturate(hex: string, amount: number): string {
  const [red, green, blue] = parse(hex).map((channel) => channel / 255) as Rgb;
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
  return format([channel(hue + 1 / 3) * 255, channel(hue) * 255, channel(hue - 1 / 3) * 255]);
}
