// The editor single-page app (web/, built by Vite into web/dist): served on the app's own hosts — localhost and
// the loopback addresses, `app.` + PLATFORM_DOMAIN and PUBLIC_URL's host — for every path outside /api. Hashed
// assets are cached for a year; index.html is revalidated on every load and answers every client-side route
// (SPA fallback). Files are read from disk once and kept in memory, gzipped when that pays; a rebuild (a new
// index.html) drops what was kept. Without a build, `/` answers a page that says how to build it; the API is
// unaffected.
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import { contentTypeOf, hostnameOf, isCompressible } from '../publish/index.ts';
import type { AppEnv } from './app-env.ts';

/** Where `npm run build:web` (and `npm start`) write the app. */
export const WEB_APP_DIRECTORY = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** No inline script; inline styles are allowed because the site previews (iframe srcdoc) inherit this policy. */
export const WEB_APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const INDEX_FILE = 'index.html';

interface KeptFile {
  body: Uint8Array;
  gzip: Uint8Array | null;
  type: string;
  etag: string;
}

export interface WebAppOptions {
  config: Config;
  /** The built app; default WEB_APP_DIRECTORY. */
  directory?: string;
}

/** The hostnames the app answers on (published sites and everything else keep theirs). */
export function webAppHostnames(config: Config): Set<string> {
  const hostnames = new Set(['localhost', '127.0.0.1', '[::1]', `app.${config.PLATFORM_DOMAIN}`]);
  hostnames.add(new URL(config.publicUrl).hostname.toLowerCase());
  return hostnames;
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': WEB_APP_CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };
}

/** The answer when web/dist has no index.html: what happened and what to do. */
function notBuiltPage(): Response {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PageHub — the editor is not built</title>
<style>body{font:16px/1.6 system-ui,sans-serif;color:#1f2937;background:#f8fafc;margin:0;padding:3rem 1.25rem}main{max-width:36rem;margin:auto}code{background:#e2e8f0;padding:.1rem .3rem;border-radius:.25rem}</style>
</head><body><main>
<h1>The PageHub editor is not built</h1>
<p>This server found no built editor in <code>web/dist</code>, so it cannot show the app. The API under <code>/api</code> works as usual.</p>
<p>Build it with <code>npm run build:web</code> (or start the server with <code>npm start</code>, which builds it when needed), then reload this page. If the build fails, its output says why.</p>
</main></body></html>
`;
  return new Response(body, { status: 503, headers: { ...securityHeaders(), 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' } });
}

/** `/assets/x.js` → `assets/x.js` inside the build, or null for anything that could step outside it. */
function relativeFile(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded.replace(/^\/+/, ''));
  if (relative.startsWith('..') || relative.startsWith(sep)) return null;
  return relative === '.' ? '' : relative;
}

/** The middleware: answers the app's hosts outside /api, hands everything else on. */
export function webApp({ config, directory = WEB_APP_DIRECTORY }: WebAppOptions): MiddlewareHandler<AppEnv> {
  const hostnames = webAppHostnames(config);
  const kept = new Map<string, KeptFile | null>();
  let buildStamp = '';

  /** Drops what was kept when index.html changed (a rebuild); answers whether a build is there at all. */
  async function checkBuild(): Promise<boolean> {
    const index = await stat(join(directory, INDEX_FILE)).catch(() => null);
    const stamp = index ? `${index.mtimeMs}-${index.size}` : '';
    if (stamp !== buildStamp) {
      kept.clear();
      buildStamp = stamp;
    }
    return index !== null;
  }

  async function load(relative: string): Promise<KeptFile | null> {
    if (kept.has(relative)) return kept.get(relative) ?? null;
    const path = join(directory, relative);
    const info = await stat(path).catch(() => null);
    let file: KeptFile | null = null;
    if (info?.isFile()) {
      const body = new Uint8Array(await readFile(path));
      const type = contentTypeOf(relative);
      const compressed = isCompressible(type) && body.length > 1024 ? gzipSync(body) : null;
      file = { body, type, gzip: compressed && compressed.length < body.length * 0.9 ? compressed : null, etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"` };
    }
    kept.set(relative, file);
    return file;
  }

  function send(file: KeptFile, cacheControl: string, request: Request): Response {
    const headers: Record<string, string> = { ...securityHeaders(), 'cache-control': cacheControl, etag: file.etag };
    if (request.headers.get('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
    const isGzip = file.gzip !== null && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
    const body = isGzip ? file.gzip : file.body;
    headers['content-type'] = file.type;
    if (file.gzip) headers.vary = 'Accept-Encoding';
    if (isGzip) headers['content-encoding'] = 'gzip';
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  }

  return async (c, next) => {
    const path = c.req.path;
    const isApi = path === '/api' || path.startsWith('/api/');
    const isRead = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (isApi || !isRead || !hostnames.has(hostnameOf(c.req.header('host')))) return next();
    if (!(await checkBuild())) return notBuiltPage();
    const relative = relativeFile(path);
    if (relative === null) return next();
    const file = relative === '' || relative === INDEX_FILE ? null : await load(relative);
    if (file) return send(file, relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE, c.req.raw);
    // A missing file (a name with an extension) is a 404; any other path is a client-side route.
    if (/\.[a-z0-9]+$/i.test(relative)) return next();
    const index = await load(INDEX_FILE);
    return index ? send(index, REVALIDATE, c.req.raw) : notBuiltPage();
  };
}
