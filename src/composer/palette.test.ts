import { describe, expect, it } from 'vitest';
import { contrast } from '../site/index.ts';
import { INDUSTRIES } from './industries/index.ts';
import { buildPalette, colorFromPhrase } from './palette.ts';

const request = { colors: [] as string[], colorMood: undefined as string | undefined, styles: [] as string[], wantsDarkMode: false };

describe('colorFromPhrase', () => {
  it('knows names, shades and modifiers', () => {
    expect(colorFromPhrase('gold')).toBe('#c9a227');
    expect(colorFromPhrase('forest green')).toBe('#1f5135');
    expect(colorFromPhrase('dark blue')).not.toBe(colorFromPhrase('blue'));
    expect(colorFromPhrase('sparkly')).toBeUndefined();
  });
});

describe('buildPalette', () => {
  it.each(INDUSTRIES.map((profile) => [profile.id, profile.look.colors] as const))('%s: text and muted colours are readable', (_id, colors) => {
    const { colors: result } = buildPalette(colors, request);
    expect(contrast(result.text, result.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(result.muted, result.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(result.muted, result.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(result.primary, result.background)).toBeGreaterThanOrEqual(3);
  });

  it('uses named colours and keeps a light colour usable as the primary', () => {
    const base = INDUSTRIES[0]!.look.colors;
    const result = buildPalette(base, { ...request, colors: ['light blue', 'white'] });
    expect(result.colors.background).toBe('#ffffff');
    expect(contrast(result.colors.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(result.mode).toBe('light');
  });

  it('paints dark bands for black beside another colour, and a dark theme only when asked', () => {
    const base = INDUSTRIES[0]!.look.colors;
    expect(buildPalette(base, { ...request, colors: ['black', 'orange'] })).toMatchObject({ hasDarkBands: true, mode: 'light' });
    const dark = buildPalette(base, { ...request, wantsDarkMode: true });
    expect(dark.mode).toBe('dark');
    expect(contrast(dark.colors.text, dark.colors.background)).toBeGreaterThanOrEqual(7);
  });
});
