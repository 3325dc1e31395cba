import { describe, expect, it } from 'vitest';
import { standingAt } from './standing.ts';

const DAY = 86_400_000;
const periods = { graceDays: 7, pauseDays: 14 };
const failed = new Date('2026-03-01T00:00:00Z');
const at = (days: number) => new Date(failed.getTime() + days * DAY);

describe('dunning as a function of the clock', () => {
  it('is good while paid, trialing, or cancelled by choice', () => {
    for (const status of ['active', 'trialing', 'none', 'canceled']) expect(standingAt({ status, pastDueSince: null, readOnlySince: null }, periods, at(0)).standing).toBe('good');
  });

  it('past_due: full service through the grace period, read-only after it, paused after the next period', () => {
    const account = { status: 'past_due', pastDueSince: failed, readOnlySince: null };
    expect(standingAt(account, periods, at(0))).toEqual({ standing: 'grace', graceEndsAt: at(7), readOnlySince: null, pausesAt: null });
    expect(standingAt(account, periods, at(6.99)).standing).toBe('grace');
    expect(standingAt(account, periods, at(7))).toEqual({ standing: 'read-only', graceEndsAt: at(7), readOnlySince: at(7), pausesAt: at(21) });
    expect(standingAt(account, periods, at(21)).standing).toBe('paused');
  });

  it('unpaid or cancelled after a failed payment: read-only at once, from the recorded time', () => {
    expect(standingAt({ status: 'unpaid', pastDueSince: failed, readOnlySince: null }, periods, at(2)).standing).toBe('read-only');
    const recorded = { status: 'canceled', pastDueSince: failed, readOnlySince: at(2) };
    expect(standingAt(recorded, periods, at(15.99)).standing).toBe('read-only');
    expect(standingAt(recorded, periods, at(16)).standing).toBe('paused');
  });
});
