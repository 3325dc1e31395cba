import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrast, ensureContrast, readableOn } from './color.ts';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`);

describe('color', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('always reaches the requested contrast', () => {
    fc.assert(fc.property(hex, hex, (color, background) => contrast(ensureContrast(color, background, 4.5), background) >= 4.5));
  });

  it('keeps colors that already pass', () => {
    expect(ensureContrast('#1d4ed8', '#ffffff', 4.5)).toBe('#1d4ed8');
  });

  it('picks readable text for any fill', () => {
    fc.assert(fc.property(hex, (fill) => contrast(readableOn(fill), fill) >= 4.5));
  });
});
