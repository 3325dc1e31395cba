import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatPercent, formatUsd } from './admin-format.ts';

describe('admin figures in words', () => {
  it('writes money with cents, and fractions of a cent for cheap model calls', () => {
    expect(formatUsd(12.5)).toBe('$12.50');
    expect(formatUsd(0.0042)).toBe('$0.0042');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(null)).toBe('—');
  });
  it('writes ratios, durations and sizes', () => {
    expect(formatPercent(0.875)).toBe('87.5 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatMs(840)).toBe('840 ms');
    expect(formatMs(2300)).toBe('2.3 s');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
    expect(formatBytes(200 * 1024 ** 2)).toBe('200 MB');
  });
});
