import { describe, expect, it } from 'vitest';
import { formatMoney } from './money.ts';

describe('formatMoney', () => {
  it('formats cents in the currency, without decimals for whole amounts', () => {
    expect(formatMoney(900, 'usd', 'en-US')).toBe('$9');
    expect(formatMoney(2950, 'usd', 'en-US')).toBe('$29.50');
    expect(formatMoney(0, 'usd', 'en-US')).toBe('$0');
    expect(formatMoney(900, 'eur', 'de-DE').replace(/\s/g, ' ')).toBe('9 €');
  });
});
