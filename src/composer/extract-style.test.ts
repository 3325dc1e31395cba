import { describe, expect, it } from 'vitest';
import { extractStyle } from './extract-style.ts';

describe('extractStyle', () => {
  it('reads style words in order and colours from style sentences', () => {
    expect(extractStyle('Our brand is modern, minimalist, and professional.')).toMatchObject({ styles: ['modern', 'minimal', 'professional'], colors: [] });
    expect(extractStyle('Bold, energetic, black and orange.')).toMatchObject({ styles: ['bold'], colors: ['black', 'orange'] });
    expect(extractStyle('Calm and trustworthy, light blue and white.')).toMatchObject({ colors: ['light blue', 'white'] });
  });

  it('reads colour moods and does not take "dark blue" as a dark theme', () => {
    expect(extractStyle('Serene, earthy tones.').colorMood).toBe('earthy');
    expect(extractStyle('Cheerful, bright colors.').colorMood).toBe('bright');
    expect(extractStyle('Clean, techy, dark blue.').wantsDarkMode).toBe(false);
    expect(extractStyle('A sleek dark theme please.').wantsDarkMode).toBe(true);
  });

  it('ignores colour words that describe products, not looks', () => {
    expect(extractStyle('We sell white bread and ice cream.').colors).toEqual([]);
  });
});
