// What a published file is, from its path alone: its Content-Type, whether compressing it pays, and whether its
// name carries a fingerprint of its content (so browsers may keep it for a year).

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/(svg\+xml|x-icon))/;

/** `name.<8 or more hex digits>.ext`, as render() names the stylesheet (`styles.1a2b3c4d5e.css`). */
const FINGERPRINTED = /[^/]\.[0-9a-f]{8,}\.[a-z0-9]+$/;

export function contentTypeOf(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return TYPES[extension] ?? 'application/octet-stream';
}

export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

/** Whether the file's name changes whenever its content does (then it can be cached as immutable). */
export function isFingerprinted(path: string): boolean {
  return FINGERPRINTED.test(path) && !path.endsWith('.html');
}
