import { describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible, isFingerprinted } from './content-type.ts';

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', true],
    ['styles.0a1b2c3d4e.css', 'text/css; charset=utf-8', true],
    ['favicon.svg', 'image/svg+xml', true],
    ['sitemap.xml', 'application/xml; charset=utf-8', true],
    ['robots.txt', 'text/plain; charset=utf-8', true],
    ['assets/photo.WEBP', 'image/webp', false],
    ['fonts/inter.woff2', 'font/woff2', false],
    ['mystery', 'application/octet-stream', false],
  ])('%s is %s', (path, type, compressible) => {
    expect(contentTypeOf(path)).toBe(type);
    expect(isCompressible(type)).toBe(compressible);
  });

  it('treats only names carrying a hex fingerprint as immutable', () => {
    expect(isFingerprinted('styles.0a1b2c3d4e.css')).toBe(true);
    expect(isFingerprinted('assets/app.9f8e7d6c.js')).toBe(true);
    expect(isFingerprinted('styles.css')).toBe(false);
    expect(isFingerprinted('favicon.svg')).toBe(false);
    expect(isFingerprinted('jquery.min.js')).toBe(false);
    expect(isFingerprinted('index.html')).toBe(false);
    expect(isFingerprinted('page.0a1b2c3d4e.html')).toBe(false);
  });
});
