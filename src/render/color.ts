// Color arithmetic for the theme: WCAG relative luminance and contrast, and shade adjustment that keeps a hue
// while reaching a contrast target. Pure functions on #rrggbb strings.

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex([red, green, blue]: Rgb): string {
  return `#${[red, green, blue].map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [red, green, blue] = parseHex(hex);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export function mix(first: string, second: string, weight: number): string {
  const a = parseHex(first);
  const b = parseHex(second);
  return toHex([a[0] + (b[0] - a[0]) * weight, a[1] + (b[1] - a[1]) * weight, a[2] + (b[2] - a[2]) * weight]);
}

export function isDark(hex: string): boolean {
  return luminance(hex) < 0.18;
}

/**
 * `color` itself when it reaches `ratio` against `background`; otherwise the closest shade of it (mixed towards
 * black or white, whichever direction gains contrast) that does. Falls back to black or white.
 */
export function ensureContrast(color: string, background: string, ratio: number): string {
  if (contrast(color, background) >= ratio) return color;
  const target = isDark(background) ? '#ffffff' : '#000000';
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mix(color, target, step / 20);
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
