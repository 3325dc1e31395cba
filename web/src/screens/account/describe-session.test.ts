import { describe, expect, it } from 'vitest';
import { deviceName, sessionDetails, timeAgo } from './describe-session.ts';

describe('a signed-in device in words', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome on Linux'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36', 'Chrome on Linux'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1', 'Safari on iPhone'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge on Windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on macOS'],
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36', 'Chrome on Android'],
    ['curl/8.5.0', 'An unknown browser'],
    [null, 'An unknown browser'],
  ])('%s → %s', (userAgent, expected) => {
    expect(deviceName(userAgent)).toBe(expected);
  });

  it('says how long ago in the largest whole unit', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(timeAgo(new Date('2026-12-04T11:59:30Z'), now)).toBe('just now');
    expect(timeAgo(new Date('2026-12-04T11:59:00Z'), now)).toBe('1 minute ago');
    expect(timeAgo(new Date('2026-12-04T10:00:00Z'), now)).toBe('2 hours ago');
    expect(timeAgo(new Date('2026-12-01T12:00:00Z'), now)).toBe('3 days ago');
  });

  it('marks this device and says when it signed in', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const session = { id: 's', userAgent: null, ipAddress: null, createdAt: '2026-12-04T10:00:00Z', lastActiveAt: '2026-12-04T10:00:00Z', expiresAt: '2026-12-11T10:00:00Z', isCurrent: true };
    expect(sessionDetails(session, now)).toBe('this device · signed in 2 hours ago');
    expect(sessionDetails({ ...session, isCurrent: false, createdAt: '2026-12-01T12:00:00Z' }, now)).toBe('signed in 3 days ago · last active 2 hours ago');
  });
});
