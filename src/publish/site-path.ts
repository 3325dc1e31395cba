// The path part of a request to a published site, checked before anything is looked up: a path that tries to
// climb (`..`, `%2e%2e`), hides a backslash or a NUL, or is not valid percent-encoding is refused outright.
// (Files are looked up in the deployment's manifest, never on a filesystem, so nothing could escape anyway;
// refusing such requests keeps logs and caches clean and makes probes obvious.)

export type SitePath =
  | {
      ok: true;
      /** Decoded, without the leading slash: '' for the root, 'about/' or 'styles.abc.css'. */
      path: string;
      /** As the client sent it, with its leading slash (for redirects). */
      rawPath: string;
      /** '' or '?…' as sent. */
      query: string;
    }
  | { ok: false; reason: string };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function parseSitePath(url: string | undefined): SitePath {
  if (!url || url.charCodeAt(0) !== 47 /* / */) return { ok: false, reason: 'The request target must be a path starting with "/".' };
  const mark = url.indexOf('?');
  const rawPath = mark === -1 ? url : url.slice(0, mark);
  const query = mark === -1 ? '' : url.slice(mark);
  if (rawPath.includes('\\')) return { ok: false, reason: 'Backslashes are not allowed in paths.' };
  let decoded = rawPath;
  if (rawPath.includes('%')) {
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return { ok: false, reason: 'The path is not valid percent-encoding.' };
    }
    if (decoded.includes('\\')) return { ok: false, reason: 'Backslashes are not allowed in paths.' };
  }
  if (CONTROL.test(decoded)) return { ok: false, reason: 'Control characters are not allowed in paths.' };
  if (decoded.includes('/.')) {
    for (const segment of decoded.split('/')) if (segment === '..' || segment === '.') return { ok: false, reason: 'Dot segments are not allowed in paths.' };
  }
  return { ok: true, path: decoded.slice(1), rawPath, query };
}

export type Resolved =
  | { kind: 'file'; path: string }
  /** `/about` when `about/index.html` exists: redirect to `/about/`. */
  | { kind: 'directory'; location: string }
  | { kind: 'missing' };

/** Clean URLs: `/` → index.html, `/about/` → about/index.html, `/about` → redirect to `/about/`. */
export function resolveSitePath(files: ReadonlyMap<string, unknown>, parsed: { path: string; rawPath: string; query: string }): Resolved {
  const { path } = parsed;
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? { kind: 'file', path: index } : { kind: 'missing' };
  }
  if (files.has(path)) return { kind: 'file', path };
  if (files.has(`${path}/index.html`)) return { kind: 'directory', location: `${parsed.rawPath}/${parsed.query}` };
  return { kind: 'missing' };
}
