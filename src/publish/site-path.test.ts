import { describe, expect, it } from 'vitest';
import { parseSitePath, resolveSitePath } from './site-path.ts';

describe('parseSitePath', () => {
  it.each([
    ['/', ''],
    ['/about/', 'about/'],
    ['/styles.0a1b2c3d4e.css', 'styles.0a1b2c3d4e.css'],
    ['/caf%C3%A9/', 'café/'],
    ['/about/?utm_source=mail', 'about/'],
    ['/a..b/', 'a..b/'],
    ['/.well-known/security.txt', '.well-known/security.txt'],
  ])('%s → %j', (url, path) => {
    const parsed = parseSitePath(url);
    expect(parsed.ok && parsed.path).toBe(path);
  });

  it.each([
    '/../etc/passwd',
    '/about/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/about/%2e%2e',
    '/./index.html',
    '/..%5c..%5cwindows',
    '/a\\b',
    '/%00',
    '/index.html%00.css',
    '/%zz',
    '/%E0%A4%A',
    '/%C0%AE%C0%AE/',
    'about',
    '*',
    '',
  ])('refuses %j', (url) => {
    expect(parseSitePath(url).ok).toBe(false);
  });

  it('keeps the query and the raw path for redirects', () => {
    expect(parseSitePath('/caf%C3%A9?x=1')).toEqual({ ok: true, path: 'café', rawPath: '/caf%C3%A9', query: '?x=1' });
  });
});

describe('resolveSitePath', () => {
  const files = new Map([['index.html', 1], ['about/index.html', 1], ['styles.0a1b2c3d4e.css', 1], ['404.html', 1]]);
  const resolve = (url: string) => {
    const parsed = parseSitePath(url);
    if (!parsed.ok) throw new Error(parsed.reason);
    return resolveSitePath(files, parsed);
  };

  it('serves index.html for directories and files by name', () => {
    expect(resolve('/')).toEqual({ kind: 'file', path: 'index.html' });
    expect(resolve('/about/')).toEqual({ kind: 'file', path: 'about/index.html' });
    expect(resolve('/about/index.html')).toEqual({ kind: 'file', path: 'about/index.html' });
    expect(resolve('/styles.0a1b2c3d4e.css')).toEqual({ kind: 'file', path: 'styles.0a1b2c3d4e.css' });
  });

  it('redirects a directory without its slash, keeping the query', () => {
    expect(resolve('/about')).toEqual({ kind: 'directory', location: '/about/' });
    expect(resolve('/about?ref=nav')).toEqual({ kind: 'directory', location: '/about/?ref=nav' });
  });

  it('finds nothing for unknown paths, double slashes and directories without an index', () => {
    for (const url of ['/contact/', '/contact', '//about/', '/about//', '//evil.example/', '/styles.0a1b2c3d4e.css/']) expect(resolve(url)).toEqual({ kind: 'missing' });
  });
});
