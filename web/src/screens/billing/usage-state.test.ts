import { describe, expect, it } from 'vitest';
import { usageState } from './usage-state.ts';

describe('usageState', () => {
  it('is ok below 80 %, warning from 80 %, full at the ceiling and past it', () => {
    expect(usageState(0, 5)).toBe('ok');
    expect(usageState(3, 5)).toBe('ok');
    expect(usageState(4, 5)).toBe('warning');
    expect(usageState(5, 5)).toBe('full');
    expect(usageState(7, 5)).toBe('full');
    expect(usageState(399, 500)).toBe('ok');
    expect(usageState(400, 500)).toBe('warning');
  });

  it('is full from the start where the plan includes none, and unlimited without a ceiling', () => {
    expect(usageState(0, 0)).toBe('full');
    expect(usageState(0, null)).toBe('unlimited');
    expect(usageState(1_000_000, null)).toBe('unlimited');
  });
});
