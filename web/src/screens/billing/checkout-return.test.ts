import { describe, expect, it } from 'vitest';
import { isCheckoutConfirmed } from './checkout-return.ts';

const on = (id: string) => ({ plan: { id, name: id } }) as Parameters<typeof isCheckoutConfirmed>[0];

describe('isCheckoutConfirmed', () => {
  it('waits while the server still has the plan the person left', () => {
    expect(isCheckoutConfirmed(on('free'), { from: 'free', to: 'starter' })).toBe(false);
    expect(isCheckoutConfirmed(on('starter'), { from: 'starter', to: 'pro' })).toBe(false);
  });

  it('confirms once the server says the plan changed', () => {
    expect(isCheckoutConfirmed(on('starter'), { from: 'free', to: 'starter' })).toBe(true);
    expect(isCheckoutConfirmed(on('pro'), { from: 'starter', to: 'pro' })).toBe(true);
  });

  it('without a remembered checkout (another tab), confirms only a paid plan', () => {
    expect(isCheckoutConfirmed(on('free'), null)).toBe(false);
    expect(isCheckoutConfirmed(on('starter'), null)).toBe(true);
  });
});
