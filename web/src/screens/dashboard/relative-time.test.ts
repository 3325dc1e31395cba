import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const before = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each([
    [5, 'just now'],
    [125, '2 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [26 * 3600, 'yesterday'],
    [9 * 24 * 3600, 'last week'],
  ])('%i s ago → %j', (seconds, expected) => expect(relativeTime(before(seconds), NOW)).toBe(expected));
});
