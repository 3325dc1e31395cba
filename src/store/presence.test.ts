import { describe, expect, it } from 'vitest';
import { presenceColor } from './presence.ts';

/** WCAG contrast of white on an `hsl(h s% l%)` colour. */
function whiteContrast(color: string): number {
  const [h, s, l] = color.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  const chroma = (1 - Math.abs((2 * l) / 100 - 1)) * (s / 100);
  const x = chroma * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l / 100 - chroma / 2;
  const [r, g, b] = h < 60 ? [chroma, x, 0] : h < 120 ? [x, chroma, 0] : h < 180 ? [0, chroma, x] : h < 240 ? [0, x, chroma] : h < 300 ? [x, 0, chroma] : [chroma, 0, x];
  const linear = (value: number) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(r + m) + 0.7152 * linear(g + m) + 0.0722 * linear(b + m);
  return 1.05 / (luminance + 0.05);
}

describe('presence colours', () => {
  it('are the same for a person every time, and spread over the hues', () => {
    expect(presenceColor('user-1')).toBe(presenceColor('user-1'));
    const hues = new Set(Array.from({ length: 50 }, (_, index) => presenceColor(`user-${index}`)));
    expect(hues.size).toBeGreaterThan(40);
  });

  it('keep white initials readable (4.5:1) whatever the hue', () => {
    for (let index = 0; index < 2_000; index += 1) expect(whiteContrast(presenceColor(`account-${index}`))).toBeGreaterThanOrEqual(4.5);
  });
});
