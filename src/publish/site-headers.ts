// Headers every response of a published site carries. The CSP allows nothing inline but the stylesheet in a page's
// head, by its hash (head-styles.ts); images may come from https: (and data: URIs).

/** The sites' CSP; `styles`, the hash sources of a page's inline style elements, join style-src. */
export function siteContentSecurityPolicy(styles: readonly string[] = []): string {
  return `default-src 'self'; img-src 'self' data: https:; style-src ${["'self'", ...styles].join(' ')}; script-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'`;
}

export const SITE_CONTENT_SECURITY_POLICY = siteContentSecurityPolicy();

/**
 * What an SVG file is answered with — the uploaded logos' sanitized drawings and the monogram favicon: a page that
 * opens one directly (not through an <img>, which never runs scripts) may run and load nothing.
 */
export const SVG_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Only over TLS (a browser ignores it over plain HTTP). No includeSubDomains: a custom domain's other hosts are its owner's. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

export const REVALIDATE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function securityHeaders(isTls: boolean, contentSecurityPolicy = SITE_CONTENT_SECURITY_POLICY): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };
  if (isTls) headers['strict-transport-security'] = STRICT_TRANSPORT_SECURITY;
  return headers;
}
