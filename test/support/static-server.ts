import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headStyleSources, siteContentSecurityPolicy } from '../../src/publish/index.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Text the site server sends compressed (fonts and pictures are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.svg', '.xml', '.txt']);

/**
 * Serves a rendered site directory on loopback the way the site server does: clean URLs, its own 404 page, the sites'
 * strict CSP (a page's own head stylesheet allowed by its hash), and text compressed with brotli or gzip as the
 * browser accepts.
 */
export async function serveDirectory(directory: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(directory);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = resolve(root, `.${pathname}`);
    if (!file.startsWith(root)) file = resolve(root, '404.html');
    if (pathname.endsWith('/')) file = resolve(file, 'index.html');
    let body: Buffer;
    let status = 200;
    try {
      body = await readFile(file);
    } catch {
      status = 404;
      file = resolve(root, '404.html');
      body = await readFile(file);
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(extname(file)) ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    const sent = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : encoding === 'gzip' ? gzipSync(body) : body;
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': siteContentSecurityPolicy(extname(file) === '.html' ? headStyleSources(body.toString('utf8')) : []),
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(sent);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
