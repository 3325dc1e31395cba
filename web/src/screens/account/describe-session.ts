// A signed-in device in words a person recognises: "Chrome on Linux", "signed in 2 hours ago".
import type { AccountSession } from '../../api/index.ts';

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/(Headless)?Chrome\/|CriOS\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

const first = (rules: [RegExp, string][], text: string) => rules.find(([pattern]) => pattern.test(text))?.[1] ?? null;

/** "Chrome on Linux", "Safari on iPhone", or "An unknown browser" when the browser did not say. */
export function deviceName(userAgent: string | null): string {
  const text = userAgent ?? '';
  const browser = first(BROWSERS, text);
  const system = first(SYSTEMS, text);
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return 'An unknown browser';
}

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago". */
export function timeAgo(then: Date, now: Date): string {
  const seconds = Math.max(0, (now.getTime() - then.getTime()) / 1000);
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'} ago`;
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return plural(Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return plural(Math.floor(seconds / 3600), 'hour');
  return plural(Math.floor(seconds / 86_400), 'day');
}

/** The line under a device's name: "this device · signed in 2 hours ago · last used just now". */
export function sessionDetails(session: AccountSession, now: Date): string {
  const signedIn = `signed in ${timeAgo(new Date(session.createdAt), now)}`;
  const lastUsed = `last active ${timeAgo(new Date(session.lastActiveAt), now)}`;
  const parts = [session.isCurrent ? 'this device' : null, signedIn, session.lastActiveAt !== session.createdAt && !session.isCurrent ? lastUsed : null];
  return parts.filter(Boolean).join(' · ');
}
