/** Names no site may take: they are the platform's own hosts or easily mistaken for them. */
export const RESERVED_SUBDOMAINS = new Set([
  'www', 'api', 'app', 'admin', 'mail', 'smtp', 'imap', 'pop', 'ftp', 'ns1', 'ns2', 'dns', 'mx', 'cdn', 'static', 'assets', 'status',
  'help', 'support', 'docs', 'blog', 'dashboard', 'billing', 'auth', 'login', 'signin', 'signup', 'account', 'accounts', 'security',
  'pagehub', 'root', 'system', 'test', 'localhost', 'internal', 'webmail', 'email', 'autodiscover', 'autoconfig', 'preview',
]);

/**
 * Why `subdomain` cannot name a site, or null when it can: 3–63 characters of a–z, 0–9 and hyphens, no
 * leading, trailing or doubled hyphen (`branch--site` is how branch previews are addressed), not reserved.
 */
export function subdomainProblem(subdomain: string): string | null {
  if (subdomain.length < 3 || subdomain.length > 63) return 'Use 3 to 63 characters.';
  if (!/^[a-z0-9-]+$/.test(subdomain)) return 'Use only lowercase letters a–z, digits and hyphens.';
  if (subdomain.startsWith('-') || subdomain.endsWith('-')) return 'A subdomain cannot start or end with a hyphen.';
  if (subdomain.includes('--')) return 'Two hyphens in a row are kept for branch previews (branch--site); use one.';
  if (RESERVED_SUBDOMAINS.has(subdomain)) return `"${subdomain}" is reserved by the platform; choose another name.`;
  return null;
}
